import { Role } from '@shuraka/domain';
import { signedIn } from '../../factories';
import type { TestApp } from '../../support/test-app';
import { addRecommendation, createMeeting, meetingSetting } from './setting';

export interface RecommendationSpec {
  owners: Array<'partnerA' | 'partnerB'>;
  dueOn?: string | null;
  text?: { ar: string | null; en: string | null };
}

/**
 * The meeting tests' consortium (setting.ts) with a second partner staff of A, and one meeting of the lead's staff
 * on 15 January 2031 from 10:00 to 12:30 (Asia/Aden) whose recommendations are numbered 1, 2 … in the order given.
 */
export async function meetingWithRecommendations(api: TestApp, recommendations: RecommendationSpec[], meeting: Record<string, unknown> = {}) {
  const setting = await meetingSetting(api);
  const staffA2 = await signedIn(api, Role.PARTNER_STAFF, setting.partnerA.id);
  const created = await createMeeting(api, setting, {
    title: { ar: 'اجتماع الشركاء، المكلا', en: 'Partners meeting, Mukalla' },
    heldOn: '2031-01-15',
    startsAt: '10:00',
    endsAt: '12:30',
    location: 'المكلا، فندق الشرق',
    ...meeting,
  });
  const recommendationIds: string[] = [];
  for (const [index, spec] of recommendations.entries()) {
    const added = await addRecommendation(api, setting, created.id, {
      text: spec.text ?? { ar: `التوصية ${index + 1}، للمتابعة`, en: `Recommendation ${index + 1}` },
      ownerOrganizationIds: spec.owners.map((owner) => setting[owner].id),
      dueOn: spec.dueOn ?? null,
    });
    recommendationIds.push(added.id);
  }
  return { ...setting, staffA2, meetingId: created.id, recommendationIds };
}

export type FilesSetting = Awaited<ReturnType<typeof meetingWithRecommendations>>;
