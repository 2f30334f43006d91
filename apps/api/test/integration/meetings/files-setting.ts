import { operation, type TestApp } from '../../support/test-app';
import { questionnaireSetting, type QuestionnaireSetting } from '../questionnaires/setting';

export const CREATE_MEETING = operation<{ createMeeting: { id: string } }>('mutation M($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }');
export const ADD_RECOMMENDATION = operation<{ addRecommendation: { id: string; number: number } }>(
  'mutation R($input: AddRecommendationInput!) { addRecommendation(input: $input) { id number } }',
);
export const UPDATE_RECOMMENDATION = operation<{ updateRecommendation: { id: string; status: string; version: number } }>(
  'mutation U($id: ID!, $input: UpdateRecommendationInput!) { updateRecommendation(id: $id, input: $input) { id status version } }',
);

export interface RecommendationSpec {
  owners: Array<'partnerA' | 'partnerB'>;
  dueOn?: string | null;
  text?: { ar: string | null; en: string | null };
}

/**
 * The questionnaire tests' consortium (lead, partners A and B, an outsider, a user per role) with one meeting of the
 * lead's staff, on `heldOn` from 10:00 to 12:30 (Asia/Aden), and its recommendations numbered 1, 2 … in the order given.
 */
export async function meetingSetting(api: TestApp, recommendations: RecommendationSpec[], meeting: Record<string, unknown> = {}) {
  const setting = await questionnaireSetting(api);
  const created = await api.gql(
    CREATE_MEETING,
    {
      input: {
        consortiumId: setting.consortium.id,
        kind: 'PARTNERS_MEETING',
        title: { ar: 'اجتماع الشركاء، المكلا', en: 'Partners meeting, Mukalla' },
        heldOn: '2031-01-15',
        startsAt: '10:00',
        endsAt: '12:30',
        location: 'المكلا، فندق الشرق',
        ...meeting,
      },
    },
    setting.leadStaff.token,
  );
  if (!created.data) throw new Error(`createMeeting failed: ${JSON.stringify(created.errors)}`);
  const meetingId = created.data.createMeeting.id;
  const ids: string[] = [];
  for (const [index, spec] of recommendations.entries()) {
    const added = await api.gql(
      ADD_RECOMMENDATION,
      {
        input: {
          meetingId,
          text: spec.text ?? { ar: `التوصية ${index + 1}، للمتابعة`, en: `Recommendation ${index + 1}` },
          ownerOrganizationIds: spec.owners.map((owner) => setting[owner].id),
          dueOn: spec.dueOn ?? null,
        },
      },
      setting.leadStaff.token,
    );
    if (!added.data) throw new Error(`addRecommendation failed: ${JSON.stringify(added.errors)}`);
    ids.push(added.data.addRecommendation.id);
  }
  return { ...setting, meetingId, recommendationIds: ids };
}

export type MeetingSetting = QuestionnaireSetting & { meetingId: string; recommendationIds: string[] };
