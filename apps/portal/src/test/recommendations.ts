/** A recommendation as the API answers RecommendationDetailFields, with __typename as the server sends (overrides on top). */
export function recommendationDetail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Recommendation',
    id: 'rec-1',
    number: 2,
    text: { __typename: 'LocalizedText', ar: 'تدريب موظفي الإقراض على المعايير الموحدة', en: 'Train lending staff on the shared standards' },
    status: 'IN_PROGRESS',
    overdue: false,
    dueOn: '2018-03-31',
    percent: 40,
    version: 3,
    statusReason: null,
    createdAt: '2018-01-02T09:00:00.000Z',
    updatedAt: '2018-02-02T09:00:00.000Z',
    closedAt: null,
    canManage: false,
    canReport: true,
    owners: [{ __typename: 'Organization', id: 'org-mff', name: { __typename: 'LocalizedText', ar: 'صندوق تنمية المهارات', en: 'Skills Fund' } }],
    meeting: {
      __typename: 'Meeting',
      id: 'meeting-1',
      heldOn: '2017-12-31',
      title: { __typename: 'LocalizedText', ar: 'اجتماع الشركاء في المكلا', en: "Partners' meeting in Mukalla" },
    },
    consortium: {
      __typename: 'Consortium',
      id: 'cons-1',
      name: { __typename: 'LocalizedText', ar: 'شركاء حضرموت', en: 'Hadramout partners' },
      members: [],
    },
    aboutQuestionnaire: null,
    aboutMeeting: null,
    aboutCommittee: null,
    aboutService: null,
    progress: [],
    ...overrides,
  };
}
