import { MemberRole, Role } from '@shuraka/domain';
import { ConsortiumEntity } from '../../../src/modules/consortia/consortium.entity';
import { createConsortium, createOrganization, signedIn, uniqueTag } from '../../factories';
import { operation, type TestApp } from '../../support/test-app';

/**
 * One consortium as the meeting tests need it: a lead, partners A (the usual owner) and B, an organisation outside,
 * and a signed-in user for each place in the access matrix (docs/meetings.md).
 */
export async function meetingSetting(api: TestApp, timeZone = 'Asia/Aden') {
  const lead = await createOrganization(api.dataSource);
  const partnerA = await createOrganization(api.dataSource);
  const partnerB = await createOrganization(api.dataSource);
  const outsider = await createOrganization(api.dataSource);
  const consortium = await createConsortium(api.dataSource, lead.id, [
    { organizationId: partnerA.id, role: MemberRole.MEMBER },
    { organizationId: partnerB.id, role: MemberRole.MEMBER },
  ]);
  await api.dataSource.getRepository(ConsortiumEntity).update({ id: consortium.id }, { timeZone });
  const [admin, leadStaff, leadCoordinator, committeeB, staffA, viewerA, committeeA, staffB, coordinatorB, outsiderStaff, outsiderCommittee, outsiderCoordinator] =
    await Promise.all([
      signedIn(api, Role.ADMIN),
      signedIn(api, Role.PARTNER_STAFF, lead.id),
      signedIn(api, Role.COORDINATOR, lead.id),
      signedIn(api, Role.COMMITTEE_MEMBER, partnerB.id),
      signedIn(api, Role.PARTNER_STAFF, partnerA.id),
      signedIn(api, Role.VIEWER, partnerA.id),
      signedIn(api, Role.COMMITTEE_MEMBER, partnerA.id),
      signedIn(api, Role.PARTNER_STAFF, partnerB.id),
      signedIn(api, Role.COORDINATOR, partnerB.id),
      signedIn(api, Role.PARTNER_STAFF, outsider.id),
      signedIn(api, Role.COMMITTEE_MEMBER, outsider.id),
      signedIn(api, Role.COORDINATOR, outsider.id),
    ]);
  return {
    lead, partnerA, partnerB, outsider, consortium,
    admin, leadStaff, leadCoordinator, committeeB, staffA, viewerA, committeeA, staffB, coordinatorB, outsiderStaff, outsiderCommittee, outsiderCoordinator,
  };
}

export type MeetingSetting = Awaited<ReturnType<typeof meetingSetting>>;

export interface Recommendation {
  id: string;
  number: number;
  text: { ar: string | null; en: string | null };
  dueOn: string | null;
  status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
  statusReason: string | null;
  percent: number | null;
  overdue: boolean;
  version: number;
  closedAt: string | null;
  canManage: boolean;
  canReport: boolean;
  owners: Array<{ id: string }>;
  meeting: { id: string };
  progress: Array<{ id: string; note: string; percent: number | null; statusFrom: string | null; statusTo: string | null; by: { id: string } }>;
  aboutQuestionnaire: { id: string } | null;
  aboutMeeting: { id: string } | null;
  aboutCommittee: { id: string } | null;
  aboutService: { id: string } | null;
}

export const RECOMMENDATION_FIELDS = `id number text { ar en } dueOn status statusReason percent overdue version closedAt canManage canReport
  owners { id } meeting { id } progress { id note percent statusFrom statusTo by { id } }
  aboutQuestionnaire { id } aboutMeeting { id } aboutCommittee { id } aboutService { id }`;

export interface Meeting {
  id: string;
  kind: string;
  title: { ar: string | null; en: string | null };
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  minutes: string | null;
  version: number;
  canManage: boolean;
  committee: { id: string } | null;
  followUpOf: { id: string } | null;
  attendees: Array<{ name: string; title: string | null; organization: { id: string } | null; user: { id: string } | null }>;
  recommendations: Array<{ id: string; number: number }>;
  relatedRecommendations: Array<{ id: string }>;
}

export const MEETING_FIELDS = `id kind title { ar en } heldOn startsAt endsAt location minutes version canManage committee { id } followUpOf { id }
  attendees { name title organization { id } user { id } } recommendations { id number } relatedRecommendations { id }`;

export const CREATE_MEETING = operation<{ createMeeting: Meeting }>(
  `mutation M($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`,
);
export const UPDATE_MEETING = operation<{ updateMeeting: Meeting }>(
  `mutation U($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { ${MEETING_FIELDS} } }`,
);
export const GET_MEETING = operation<{ meeting: Meeting }>(`query G($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`);
export const ADD = operation<{ addRecommendation: Recommendation }>(
  `mutation A($input: AddRecommendationInput!) { addRecommendation(input: $input) { ${RECOMMENDATION_FIELDS} } }`,
);
export const UPDATE = operation<{ updateRecommendation: Recommendation }>(
  `mutation U($id: ID!, $input: UpdateRecommendationInput!) { updateRecommendation(id: $id, input: $input) { ${RECOMMENDATION_FIELDS} } }`,
);
export const GET = operation<{ recommendation: Recommendation }>(`query G($id: ID!) { recommendation(id: $id) { ${RECOMMENDATION_FIELDS} } }`);

export interface Page<T> {
  totalCount: number;
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const LIST_MEETINGS = operation<{ meetings: Page<{ id: string; heldOn: string }> }>(
  `query L($filter: MeetingFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) { totalCount edges { node { id heldOn } } pageInfo { hasNextPage endCursor } }
  }`,
);
export const LIST = operation<{ recommendations: Page<{ id: string; number: number; dueOn: string | null; overdue: boolean; status: string }> }>(
  `query L($filter: RecommendationFilter, $first: Int, $after: String) {
    recommendations(filter: $filter, first: $first, after: $after) { totalCount edges { node { id number dueOn overdue status } } pageInfo { hasNextPage endCursor } }
  }`,
);

/** A meeting of the setting's consortium, created through the API by its lead's staff. */
export async function createMeeting(api: TestApp, setting: MeetingSetting, input: Record<string, unknown> = {}): Promise<Meeting> {
  const response = await api.gql(
    CREATE_MEETING,
    {
      input: {
        consortiumId: setting.consortium.id,
        kind: 'PARTNERS_MEETING',
        title: { ar: `اجتماع الشركاء ${uniqueTag()}`, en: 'Partners meeting' },
        heldOn: '2017-12-31',
        ...input,
      },
    },
    setting.leadStaff.token,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createMeeting;
}

/** A recommendation of `meetingId` owned by partner A (unless `input` says otherwise). */
export async function addRecommendation(api: TestApp, setting: MeetingSetting, meetingId: string, input: Record<string, unknown> = {}): Promise<Recommendation> {
  const response = await api.gql(
    ADD,
    { input: { meetingId, text: { ar: `توصية ${uniqueTag()}`, en: 'A recommendation' }, ownerOrganizationIds: [setting.partnerA.id], ...input } },
    setting.leadStaff.token,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.addRecommendation;
}
