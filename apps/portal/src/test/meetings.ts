/** API answers for the meetings module, from seed 001 (the partners' meeting of 31 December 2017 in Mukalla). */
import { text } from './fixtures';

export const hadramoutConsortium = {
  __typename: 'Consortium',
  id: 'cons-hadramout',
  name: text('شركاء التمكين والإقراض', 'Empowerment and Lending Partners'),
  timeZone: 'Asia/Aden',
};

const organization = (id: string, ar: string, en: string) => ({ __typename: 'Organization', id, name: text(ar, en) });
export const awnOrganization = organization('org-awn', 'مؤسسة العون للتنمية', 'Al-Awn Foundation for Development');
export const smepsOrganization = organization('org-smeps', 'وكالة تنمية المنشآت الصغيرة والأصغر', 'SMEPS');

export const draftCommittee = {
  __typename: 'Committee',
  id: 'com-draft',
  name: text('لجنة دراسة مسودة الشراكة', 'Committee on the partnership draft'),
};

export function recommendation(number: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Recommendation',
    id: `rec-${number}`,
    number,
    status: 'OPEN',
    overdue: false,
    dueOn: null,
    text: text(`التوصية رقم ${number}`, `Recommendation ${number}`),
    owners: [],
    ...overrides,
  };
}

export function meeting(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting',
    id: 'meet-mukalla',
    kind: 'PARTNERS_MEETING',
    title: text('اجتماع الشركاء في المكلا', "Partners' meeting in Mukalla"),
    heldOn: '2017-12-31',
    startsAt: '09:00',
    endsAt: '12:30',
    location: 'المكلا — قاعة الغرفة التجارية',
    consortium: hadramoutConsortium,
    committee: null,
    recommendations: [recommendation(1, { status: 'DONE' }), recommendation(2, { overdue: true, status: 'IN_PROGRESS', dueOn: '2018-03-31' })],
    attendees: [
      { __typename: 'Attendee', name: 'سالم باوزير', title: 'مدير البرامج', organization: smepsOrganization, user: null },
      { __typename: 'Attendee', name: 'فاطمة العمودي', title: null, organization: null, user: null },
    ],
    agenda: '1. الافتتاح\n2. التوصيات',
    minutes: 'ناقش الشركاء **الاحتياجات الحقيقية** للشباب.',
    decisions: null,
    version: 3,
    canManage: true,
    createdAt: '2018-01-01T08:00:00Z',
    updatedAt: '2018-01-02T08:00:00Z',
    followUpOf: null,
    relatedRecommendations: [],
    ...overrides,
  };
}

export const consortiaAnswer = (members: Array<{ role: string; organizationId: string }>) => ({
  data: {
    consortia: {
      __typename: 'ConsortiumConnection',
      totalCount: 1,
      edges: [
        {
          __typename: 'ConsortiumEdge',
          cursor: 'c1',
          node: {
            ...hadramoutConsortium,
            country: 'YE',
            purpose: null,
            defaultCallingCode: '+967',
            members: members.map((member) => ({
              __typename: 'ConsortiumMember',
              role: member.role,
              organization: { ...organization(member.organizationId, member.organizationId, member.organizationId), kind: 'NGO', governorates: [] },
            })),
          },
        },
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

export const emptyConnection = (typename: string, field: string) => ({
  data: { [field]: { __typename: typename, totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
});
