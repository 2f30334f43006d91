/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SystemInfo {\n    systemInfo {\n      demo\n      version\n    }\n  }\n": typeof types.SystemInfoDocument,
    "\n  fragment AllocationPlanFields on AllocationPlan {\n    id\n    committed\n    totalScore\n    assignments {\n      score\n      applicant {\n        id\n        fullName\n        category\n        governorate\n      }\n      service {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        capacity\n        capacityUsed\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n    unassignedReasons {\n      reason\n      message\n      applicant {\n        id\n        fullName\n        category\n        governorate\n      }\n    }\n  }\n": typeof types.AllocationPlanFieldsFragmentDoc,
    "\n  mutation PlanAllocation($input: PlanAllocationInput!) {\n    planAllocation(input: $input) {\n      ...AllocationPlanFields\n    }\n  }\n": typeof types.PlanAllocationDocument,
    "\n  query AllocationPlan($id: ID!) {\n    allocationPlan(id: $id) {\n      ...AllocationPlanFields\n    }\n  }\n": typeof types.AllocationPlanDocument,
    "\n  mutation CommitAllocation($planId: ID!) {\n    commitAllocation(planId: $planId) {\n      ...ReferralSummaryFields\n      applicant {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.CommitAllocationDocument,
    "\n  query ServiceOptions($first: Int) {\n    services(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ar\n            en\n          }\n          kind\n          organization {\n            id\n            name {\n              ar\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServiceOptionsDocument,
    "\n  query AllocationApplicants($filter: ApplicantFilter, $first: Int, $after: String) {\n    applicants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicantSummaryFields\n          openReferrals {\n            id\n            status\n            service {\n              id\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AllocationApplicantsDocument,
    "\n  fragment ApplicantSummaryFields on Applicant {\n    id\n    fullName\n    category\n    gender\n    governorate\n    district\n    needs\n    createdAt\n  }\n": typeof types.ApplicantSummaryFieldsFragmentDoc,
    "\n  fragment ApplicantProfileFields on Applicant {\n    id\n    fullName\n    category\n    gender\n    birthDate\n    governorate\n    district\n    phone\n    projectSize\n    sector\n    requestedAmount {\n      amount\n      currency\n    }\n    needs\n    guaranteeOffered\n  }\n": typeof types.ApplicantProfileFieldsFragmentDoc,
    "\n  query Applicants($filter: ApplicantFilter, $first: Int, $after: String) {\n    applicants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicantSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ApplicantsDocument,
    "\n  query Applicant($id: ID!) {\n    applicant(id: $id) {\n      ...ApplicantProfileFields\n      nationalIdLastDigits\n      consentGivenAt\n      consentWithdrawnAt\n      consentWithdrawalReason\n      consortiumId\n      version\n      createdAt\n      referrals {\n        ...ReferralSummaryFields\n      }\n    }\n  }\n": typeof types.ApplicantDocument,
    "\n  query ApplicantAudit($applicantId: ID!, $first: Int) {\n    applicantAudit(applicantId: $applicantId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          action\n          recordType\n          user {\n            id\n            displayName\n            role\n          }\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplicantAuditDocument,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      ...ApplicantSummaryFields\n    }\n  }\n": typeof types.RegisterApplicantDocument,
    "\n  mutation UpdateApplicant($input: UpdateApplicantInput!) {\n    updateApplicant(input: $input) {\n      ...ApplicantProfileFields\n      nationalIdLastDigits\n      version\n    }\n  }\n": typeof types.UpdateApplicantDocument,
    "\n  mutation WithdrawApplicantConsent($input: WithdrawApplicantConsentInput!) {\n    withdrawApplicantConsent(input: $input) {\n      id\n      consentWithdrawnAt\n      consentWithdrawalReason\n      version\n    }\n  }\n": typeof types.WithdrawApplicantConsentDocument,
    "\n  query ApplicantDuplicates($input: ApplicantDuplicatesInput!) {\n    applicantDuplicates(input: $input) {\n      reasons\n      applicant {\n        id\n        fullName\n        birthDate\n        district\n        phone\n      }\n    }\n  }\n": typeof types.ApplicantDuplicatesDocument,
    "\n  query MatchServices($applicantId: ID!, $first: Int, $includeIneligible: Boolean) {\n    matchServices(applicantId: $applicantId, first: $first, includeIneligible: $includeIneligible) {\n      score\n      eligible\n      meetsNeeds\n      reasons {\n        code\n        message\n        contribution\n      }\n      service {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        capacity\n        capacityUsed\n        decisionDays\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.MatchServicesDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ConsortiumFields on Consortium {\n    id\n    name {\n      ar\n      en\n    }\n    country\n    purpose {\n      ar\n      en\n    }\n    members {\n      role\n      organization {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        governorates\n      }\n    }\n  }\n": typeof types.ConsortiumFieldsFragmentDoc,
    "\n  query Consortia($first: Int, $after: String) {\n    consortia(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConsortiumFields\n          defaultCallingCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsortiaDocument,
    "\n  query Consortium($id: ID!) {\n    consortium(id: $id) {\n      ...ConsortiumFields\n    }\n  }\n": typeof types.ConsortiumDocument,
    "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n": typeof types.CreateConsortiumDocument,
    "\n  mutation UpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, input: $input) {\n      ...ConsortiumFields\n    }\n  }\n": typeof types.UpdateConsortiumDocument,
    "\n  mutation AddConsortiumMember($input: AddConsortiumMemberInput!) {\n    addConsortiumMember(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n": typeof types.AddConsortiumMemberDocument,
    "\n  mutation RemoveConsortiumMember($input: RemoveConsortiumMemberInput!) {\n    removeConsortiumMember(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n": typeof types.RemoveConsortiumMemberDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title {\n      ar\n      en\n    }\n    body {\n      ar\n      en\n    }\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment OrganizationSummaryFields on Organization {\n    id\n    name {\n      ar\n      en\n    }\n    kind\n    governorates\n    branches {\n      governorate\n    }\n  }\n": typeof types.OrganizationSummaryFieldsFragmentDoc,
    "\n  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganizationSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query OrganizationOptions($filter: OrganizationFilter, $first: Int) {\n    organizations(filter: $filter, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationOptionsDocument,
    "\n  fragment OrganizationDetailFields on Organization {\n    id\n    name {\n      ar\n      en\n    }\n    kind\n    governorates\n    branches {\n      name {\n        ar\n        en\n      }\n      governorate\n      district\n    }\n  }\n": typeof types.OrganizationDetailFieldsFragmentDoc,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationDetailFields\n      services {\n        ...ServiceFields\n      }\n      consortia {\n        id\n        name {\n          ar\n          en\n        }\n        country\n      }\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationDetailFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationDetailFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query BoardCompletion($questionnaireId: ID!) {\n    questionnaire(id: $questionnaireId) {\n      id\n      version\n      published\n      title {\n        ar\n        en\n      }\n    }\n    questionnaireCompletion(questionnaireId: $questionnaireId) {\n      assigned\n      submitted\n      drafts\n      pending {\n        id\n        name {\n          ar\n          en\n        }\n      }\n      overdue {\n        id\n        name {\n          ar\n          en\n        }\n      }\n      assignments {\n        id\n        status\n        dueOn\n        overdue\n        submittedAt\n        lastSavedAt\n        reopenedAt\n        appliedAt\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardCompletionDocument,
    "\n  mutation BoardRemind($questionnaireId: ID!) {\n    remindQuestionnaireAssignees(questionnaireId: $questionnaireId)\n  }\n": typeof types.BoardRemindDocument,
    "\n  fragment FillQuestionFields on Question {\n    name\n    type\n    parent\n    label {\n      ar\n      en\n    }\n    hint {\n      ar\n      en\n    }\n    required\n    requiredIf\n    requiredMessage {\n      ar\n      en\n    }\n    constraint\n    constraintMessage {\n      ar\n      en\n    }\n    relevant\n    calculation\n    default\n    readOnly\n    choiceFilter\n    repeatCount\n    maxRepeats\n    capability\n    listName\n    choices {\n      name\n      label {\n        ar\n        en\n      }\n      filters\n    }\n  }\n": typeof types.FillQuestionFieldsFragmentDoc,
    "\n  fragment FillAssignmentFields on QuestionnaireAssignment {\n    id\n    status\n    revision\n    dueOn\n    overdue\n    submittedAt\n    lastSavedAt\n    reopenedAt\n    reopenReason\n    appliedAt\n    answers {\n      question\n      value\n    }\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n": typeof types.FillAssignmentFieldsFragmentDoc,
    "\n  query FillAssignment($id: ID!) {\n    questionnaireAssignment(id: $id) {\n      ...FillAssignmentFields\n      questionnaire {\n        id\n        version\n        published\n        formId\n        defaultLanguage\n        title {\n          ar\n          en\n        }\n        consortium {\n          id\n          timeZone\n        }\n        questions {\n          ...FillQuestionFields\n        }\n      }\n    }\n  }\n": typeof types.FillAssignmentDocument,
    "\n  mutation FillSaveAnswers($input: SaveQuestionnaireAnswersInput!) {\n    saveQuestionnaireAnswers(input: $input) {\n      ...FillAssignmentFields\n    }\n  }\n": typeof types.FillSaveAnswersDocument,
    "\n  mutation FillSubmit($assignmentId: ID!) {\n    submitQuestionnaireResponse(assignmentId: $assignmentId) {\n      ...FillAssignmentFields\n    }\n  }\n": typeof types.FillSubmitDocument,
    "\n  query FillMyAssignments($first: Int) {\n    questionnaireAssignments(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          dueOn\n          overdue\n          reopenedAt\n          questionnaire {\n            id\n            version\n            title {\n              ar\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FillMyAssignmentsDocument,
    "\n  fragment ReferralSummaryFields on Referral {\n    id\n    status\n    version\n    createdAt\n    updatedAt\n    declineReason\n    history {\n      to\n      reason\n    }\n    service {\n      id\n      name {\n        ar\n        en\n      }\n      kind\n    }\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n": typeof types.ReferralSummaryFieldsFragmentDoc,
    "\n  query Referrals($filter: ReferralFilter, $first: Int, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ReferralSummaryFields\n          applicant {\n            id\n            fullName\n            category\n            governorate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query ReferralStatusCounts($filter: ReferralFilter) {\n    referralStatusCounts(filter: $filter) {\n      key\n      count\n    }\n  }\n": typeof types.ReferralStatusCountsDocument,
    "\n  fragment ReferralDetailFields on Referral {\n    ...ReferralSummaryFields\n    note\n    decidedAt\n    declineReason\n    amountDisbursed {\n      amount\n      currency\n    }\n    jobsCreated\n    trainingCompleted\n    referredBy {\n      id\n      displayName\n    }\n    history {\n      from\n      to\n      at\n      reason\n      declineReason\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReferralDetailFieldsFragmentDoc,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralDetailFields\n      applicant {\n        ...ApplicantProfileFields\n      }\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      ...ReferralSummaryFields\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  mutation TransitionReferral($input: TransitionReferralInput!) {\n    transitionReferral(input: $input) {\n      ...ReferralDetailFields\n    }\n  }\n": typeof types.TransitionReferralDocument,
    "\n  mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) {\n    recordReferralOutcome(input: $input) {\n      ...ReferralDetailFields\n    }\n  }\n": typeof types.RecordReferralOutcomeDocument,
    "\n  query ReferralDecisionsUnread {\n    referralDecisionsUnread\n  }\n": typeof types.ReferralDecisionsUnreadDocument,
    "\n  mutation MarkReferralDecisionsSeen {\n    markReferralDecisionsSeen\n  }\n": typeof types.MarkReferralDecisionsSeenDocument,
    "\n  fragment ServiceFields on Service {\n    id\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n    kind\n    categories\n    governorates\n    projectSizes\n    gender\n    minAge\n    maxAge\n    minAmount {\n      amount\n      currency\n    }\n    maxAmount {\n      amount\n      currency\n    }\n    guaranteeRequired\n    capacity\n    capacityUsed\n    decisionDays\n  }\n": typeof types.ServiceFieldsFragmentDoc,
    "\n  query Services($filter: ServiceFilter, $first: Int, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceFields\n          organization {\n            id\n            name {\n              ar\n              en\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.CreateServiceDocument,
    "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...ServiceFields\n    }\n  }\n": typeof types.UpdateServiceDocument,
};
const documents: Documents = {
    "\n  query SystemInfo {\n    systemInfo {\n      demo\n      version\n    }\n  }\n": types.SystemInfoDocument,
    "\n  fragment AllocationPlanFields on AllocationPlan {\n    id\n    committed\n    totalScore\n    assignments {\n      score\n      applicant {\n        id\n        fullName\n        category\n        governorate\n      }\n      service {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        capacity\n        capacityUsed\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n    unassignedReasons {\n      reason\n      message\n      applicant {\n        id\n        fullName\n        category\n        governorate\n      }\n    }\n  }\n": types.AllocationPlanFieldsFragmentDoc,
    "\n  mutation PlanAllocation($input: PlanAllocationInput!) {\n    planAllocation(input: $input) {\n      ...AllocationPlanFields\n    }\n  }\n": types.PlanAllocationDocument,
    "\n  query AllocationPlan($id: ID!) {\n    allocationPlan(id: $id) {\n      ...AllocationPlanFields\n    }\n  }\n": types.AllocationPlanDocument,
    "\n  mutation CommitAllocation($planId: ID!) {\n    commitAllocation(planId: $planId) {\n      ...ReferralSummaryFields\n      applicant {\n        id\n        fullName\n      }\n    }\n  }\n": types.CommitAllocationDocument,
    "\n  query ServiceOptions($first: Int) {\n    services(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ar\n            en\n          }\n          kind\n          organization {\n            id\n            name {\n              ar\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ServiceOptionsDocument,
    "\n  query AllocationApplicants($filter: ApplicantFilter, $first: Int, $after: String) {\n    applicants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicantSummaryFields\n          openReferrals {\n            id\n            status\n            service {\n              id\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AllocationApplicantsDocument,
    "\n  fragment ApplicantSummaryFields on Applicant {\n    id\n    fullName\n    category\n    gender\n    governorate\n    district\n    needs\n    createdAt\n  }\n": types.ApplicantSummaryFieldsFragmentDoc,
    "\n  fragment ApplicantProfileFields on Applicant {\n    id\n    fullName\n    category\n    gender\n    birthDate\n    governorate\n    district\n    phone\n    projectSize\n    sector\n    requestedAmount {\n      amount\n      currency\n    }\n    needs\n    guaranteeOffered\n  }\n": types.ApplicantProfileFieldsFragmentDoc,
    "\n  query Applicants($filter: ApplicantFilter, $first: Int, $after: String) {\n    applicants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicantSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ApplicantsDocument,
    "\n  query Applicant($id: ID!) {\n    applicant(id: $id) {\n      ...ApplicantProfileFields\n      nationalIdLastDigits\n      consentGivenAt\n      consentWithdrawnAt\n      consentWithdrawalReason\n      consortiumId\n      version\n      createdAt\n      referrals {\n        ...ReferralSummaryFields\n      }\n    }\n  }\n": types.ApplicantDocument,
    "\n  query ApplicantAudit($applicantId: ID!, $first: Int) {\n    applicantAudit(applicantId: $applicantId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          action\n          recordType\n          user {\n            id\n            displayName\n            role\n          }\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": types.ApplicantAuditDocument,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      ...ApplicantSummaryFields\n    }\n  }\n": types.RegisterApplicantDocument,
    "\n  mutation UpdateApplicant($input: UpdateApplicantInput!) {\n    updateApplicant(input: $input) {\n      ...ApplicantProfileFields\n      nationalIdLastDigits\n      version\n    }\n  }\n": types.UpdateApplicantDocument,
    "\n  mutation WithdrawApplicantConsent($input: WithdrawApplicantConsentInput!) {\n    withdrawApplicantConsent(input: $input) {\n      id\n      consentWithdrawnAt\n      consentWithdrawalReason\n      version\n    }\n  }\n": types.WithdrawApplicantConsentDocument,
    "\n  query ApplicantDuplicates($input: ApplicantDuplicatesInput!) {\n    applicantDuplicates(input: $input) {\n      reasons\n      applicant {\n        id\n        fullName\n        birthDate\n        district\n        phone\n      }\n    }\n  }\n": types.ApplicantDuplicatesDocument,
    "\n  query MatchServices($applicantId: ID!, $first: Int, $includeIneligible: Boolean) {\n    matchServices(applicantId: $applicantId, first: $first, includeIneligible: $includeIneligible) {\n      score\n      eligible\n      meetsNeeds\n      reasons {\n        code\n        message\n        contribution\n      }\n      service {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        capacity\n        capacityUsed\n        decisionDays\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n  }\n": types.MatchServicesDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment ConsortiumFields on Consortium {\n    id\n    name {\n      ar\n      en\n    }\n    country\n    purpose {\n      ar\n      en\n    }\n    members {\n      role\n      organization {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        governorates\n      }\n    }\n  }\n": types.ConsortiumFieldsFragmentDoc,
    "\n  query Consortia($first: Int, $after: String) {\n    consortia(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConsortiumFields\n          defaultCallingCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsortiaDocument,
    "\n  query Consortium($id: ID!) {\n    consortium(id: $id) {\n      ...ConsortiumFields\n    }\n  }\n": types.ConsortiumDocument,
    "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n": types.CreateConsortiumDocument,
    "\n  mutation UpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, input: $input) {\n      ...ConsortiumFields\n    }\n  }\n": types.UpdateConsortiumDocument,
    "\n  mutation AddConsortiumMember($input: AddConsortiumMemberInput!) {\n    addConsortiumMember(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n": types.AddConsortiumMemberDocument,
    "\n  mutation RemoveConsortiumMember($input: RemoveConsortiumMemberInput!) {\n    removeConsortiumMember(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n": types.RemoveConsortiumMemberDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title {\n      ar\n      en\n    }\n    body {\n      ar\n      en\n    }\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment OrganizationSummaryFields on Organization {\n    id\n    name {\n      ar\n      en\n    }\n    kind\n    governorates\n    branches {\n      governorate\n    }\n  }\n": types.OrganizationSummaryFieldsFragmentDoc,
    "\n  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganizationSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query OrganizationOptions($filter: OrganizationFilter, $first: Int) {\n    organizations(filter: $filter, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationOptionsDocument,
    "\n  fragment OrganizationDetailFields on Organization {\n    id\n    name {\n      ar\n      en\n    }\n    kind\n    governorates\n    branches {\n      name {\n        ar\n        en\n      }\n      governorate\n      district\n    }\n  }\n": types.OrganizationDetailFieldsFragmentDoc,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationDetailFields\n      services {\n        ...ServiceFields\n      }\n      consortia {\n        id\n        name {\n          ar\n          en\n        }\n        country\n      }\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationDetailFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationDetailFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query BoardCompletion($questionnaireId: ID!) {\n    questionnaire(id: $questionnaireId) {\n      id\n      version\n      published\n      title {\n        ar\n        en\n      }\n    }\n    questionnaireCompletion(questionnaireId: $questionnaireId) {\n      assigned\n      submitted\n      drafts\n      pending {\n        id\n        name {\n          ar\n          en\n        }\n      }\n      overdue {\n        id\n        name {\n          ar\n          en\n        }\n      }\n      assignments {\n        id\n        status\n        dueOn\n        overdue\n        submittedAt\n        lastSavedAt\n        reopenedAt\n        appliedAt\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n  }\n": types.BoardCompletionDocument,
    "\n  mutation BoardRemind($questionnaireId: ID!) {\n    remindQuestionnaireAssignees(questionnaireId: $questionnaireId)\n  }\n": types.BoardRemindDocument,
    "\n  fragment FillQuestionFields on Question {\n    name\n    type\n    parent\n    label {\n      ar\n      en\n    }\n    hint {\n      ar\n      en\n    }\n    required\n    requiredIf\n    requiredMessage {\n      ar\n      en\n    }\n    constraint\n    constraintMessage {\n      ar\n      en\n    }\n    relevant\n    calculation\n    default\n    readOnly\n    choiceFilter\n    repeatCount\n    maxRepeats\n    capability\n    listName\n    choices {\n      name\n      label {\n        ar\n        en\n      }\n      filters\n    }\n  }\n": types.FillQuestionFieldsFragmentDoc,
    "\n  fragment FillAssignmentFields on QuestionnaireAssignment {\n    id\n    status\n    revision\n    dueOn\n    overdue\n    submittedAt\n    lastSavedAt\n    reopenedAt\n    reopenReason\n    appliedAt\n    answers {\n      question\n      value\n    }\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n": types.FillAssignmentFieldsFragmentDoc,
    "\n  query FillAssignment($id: ID!) {\n    questionnaireAssignment(id: $id) {\n      ...FillAssignmentFields\n      questionnaire {\n        id\n        version\n        published\n        formId\n        defaultLanguage\n        title {\n          ar\n          en\n        }\n        consortium {\n          id\n          timeZone\n        }\n        questions {\n          ...FillQuestionFields\n        }\n      }\n    }\n  }\n": types.FillAssignmentDocument,
    "\n  mutation FillSaveAnswers($input: SaveQuestionnaireAnswersInput!) {\n    saveQuestionnaireAnswers(input: $input) {\n      ...FillAssignmentFields\n    }\n  }\n": types.FillSaveAnswersDocument,
    "\n  mutation FillSubmit($assignmentId: ID!) {\n    submitQuestionnaireResponse(assignmentId: $assignmentId) {\n      ...FillAssignmentFields\n    }\n  }\n": types.FillSubmitDocument,
    "\n  query FillMyAssignments($first: Int) {\n    questionnaireAssignments(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          dueOn\n          overdue\n          reopenedAt\n          questionnaire {\n            id\n            version\n            title {\n              ar\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FillMyAssignmentsDocument,
    "\n  fragment ReferralSummaryFields on Referral {\n    id\n    status\n    version\n    createdAt\n    updatedAt\n    declineReason\n    history {\n      to\n      reason\n    }\n    service {\n      id\n      name {\n        ar\n        en\n      }\n      kind\n    }\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n": types.ReferralSummaryFieldsFragmentDoc,
    "\n  query Referrals($filter: ReferralFilter, $first: Int, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ReferralSummaryFields\n          applicant {\n            id\n            fullName\n            category\n            governorate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  query ReferralStatusCounts($filter: ReferralFilter) {\n    referralStatusCounts(filter: $filter) {\n      key\n      count\n    }\n  }\n": types.ReferralStatusCountsDocument,
    "\n  fragment ReferralDetailFields on Referral {\n    ...ReferralSummaryFields\n    note\n    decidedAt\n    declineReason\n    amountDisbursed {\n      amount\n      currency\n    }\n    jobsCreated\n    trainingCompleted\n    referredBy {\n      id\n      displayName\n    }\n    history {\n      from\n      to\n      at\n      reason\n      declineReason\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReferralDetailFieldsFragmentDoc,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralDetailFields\n      applicant {\n        ...ApplicantProfileFields\n      }\n    }\n  }\n": types.ReferralDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      ...ReferralSummaryFields\n    }\n  }\n": types.CreateReferralDocument,
    "\n  mutation TransitionReferral($input: TransitionReferralInput!) {\n    transitionReferral(input: $input) {\n      ...ReferralDetailFields\n    }\n  }\n": types.TransitionReferralDocument,
    "\n  mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) {\n    recordReferralOutcome(input: $input) {\n      ...ReferralDetailFields\n    }\n  }\n": types.RecordReferralOutcomeDocument,
    "\n  query ReferralDecisionsUnread {\n    referralDecisionsUnread\n  }\n": types.ReferralDecisionsUnreadDocument,
    "\n  mutation MarkReferralDecisionsSeen {\n    markReferralDecisionsSeen\n  }\n": types.MarkReferralDecisionsSeenDocument,
    "\n  fragment ServiceFields on Service {\n    id\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n    kind\n    categories\n    governorates\n    projectSizes\n    gender\n    minAge\n    maxAge\n    minAmount {\n      amount\n      currency\n    }\n    maxAmount {\n      amount\n      currency\n    }\n    guaranteeRequired\n    capacity\n    capacityUsed\n    decisionDays\n  }\n": types.ServiceFieldsFragmentDoc,
    "\n  query Services($filter: ServiceFilter, $first: Int, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceFields\n          organization {\n            id\n            name {\n              ar\n              en\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ServicesDocument,
    "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n      organization {\n        id\n      }\n    }\n  }\n": types.CreateServiceDocument,
    "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...ServiceFields\n    }\n  }\n": types.UpdateServiceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemInfo {\n    systemInfo {\n      demo\n      version\n    }\n  }\n"): (typeof documents)["\n  query SystemInfo {\n    systemInfo {\n      demo\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationPlanFields on AllocationPlan {\n    id\n    committed\n    totalScore\n    assignments {\n      score\n      applicant {\n        id\n        fullName\n        category\n        governorate\n      }\n      service {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        capacity\n        capacityUsed\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n    unassignedReasons {\n      reason\n      message\n      applicant {\n        id\n        fullName\n        category\n        governorate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AllocationPlanFields on AllocationPlan {\n    id\n    committed\n    totalScore\n    assignments {\n      score\n      applicant {\n        id\n        fullName\n        category\n        governorate\n      }\n      service {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        capacity\n        capacityUsed\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n    unassignedReasons {\n      reason\n      message\n      applicant {\n        id\n        fullName\n        category\n        governorate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanAllocation($input: PlanAllocationInput!) {\n    planAllocation(input: $input) {\n      ...AllocationPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlanAllocation($input: PlanAllocationInput!) {\n    planAllocation(input: $input) {\n      ...AllocationPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationPlan($id: ID!) {\n    allocationPlan(id: $id) {\n      ...AllocationPlanFields\n    }\n  }\n"): (typeof documents)["\n  query AllocationPlan($id: ID!) {\n    allocationPlan(id: $id) {\n      ...AllocationPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitAllocation($planId: ID!) {\n    commitAllocation(planId: $planId) {\n      ...ReferralSummaryFields\n      applicant {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommitAllocation($planId: ID!) {\n    commitAllocation(planId: $planId) {\n      ...ReferralSummaryFields\n      applicant {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceOptions($first: Int) {\n    services(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ar\n            en\n          }\n          kind\n          organization {\n            id\n            name {\n              ar\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceOptions($first: Int) {\n    services(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ar\n            en\n          }\n          kind\n          organization {\n            id\n            name {\n              ar\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationApplicants($filter: ApplicantFilter, $first: Int, $after: String) {\n    applicants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicantSummaryFields\n          openReferrals {\n            id\n            status\n            service {\n              id\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllocationApplicants($filter: ApplicantFilter, $first: Int, $after: String) {\n    applicants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicantSummaryFields\n          openReferrals {\n            id\n            status\n            service {\n              id\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicantSummaryFields on Applicant {\n    id\n    fullName\n    category\n    gender\n    governorate\n    district\n    needs\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApplicantSummaryFields on Applicant {\n    id\n    fullName\n    category\n    gender\n    governorate\n    district\n    needs\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicantProfileFields on Applicant {\n    id\n    fullName\n    category\n    gender\n    birthDate\n    governorate\n    district\n    phone\n    projectSize\n    sector\n    requestedAmount {\n      amount\n      currency\n    }\n    needs\n    guaranteeOffered\n  }\n"): (typeof documents)["\n  fragment ApplicantProfileFields on Applicant {\n    id\n    fullName\n    category\n    gender\n    birthDate\n    governorate\n    district\n    phone\n    projectSize\n    sector\n    requestedAmount {\n      amount\n      currency\n    }\n    needs\n    guaranteeOffered\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applicants($filter: ApplicantFilter, $first: Int, $after: String) {\n    applicants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicantSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Applicants($filter: ApplicantFilter, $first: Int, $after: String) {\n    applicants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicantSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applicant($id: ID!) {\n    applicant(id: $id) {\n      ...ApplicantProfileFields\n      nationalIdLastDigits\n      consentGivenAt\n      consentWithdrawnAt\n      consentWithdrawalReason\n      consortiumId\n      version\n      createdAt\n      referrals {\n        ...ReferralSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Applicant($id: ID!) {\n    applicant(id: $id) {\n      ...ApplicantProfileFields\n      nationalIdLastDigits\n      consentGivenAt\n      consentWithdrawnAt\n      consentWithdrawalReason\n      consortiumId\n      version\n      createdAt\n      referrals {\n        ...ReferralSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantAudit($applicantId: ID!, $first: Int) {\n    applicantAudit(applicantId: $applicantId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          action\n          recordType\n          user {\n            id\n            displayName\n            role\n          }\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantAudit($applicantId: ID!, $first: Int) {\n    applicantAudit(applicantId: $applicantId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          action\n          recordType\n          user {\n            id\n            displayName\n            role\n          }\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      ...ApplicantSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      ...ApplicantSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplicant($input: UpdateApplicantInput!) {\n    updateApplicant(input: $input) {\n      ...ApplicantProfileFields\n      nationalIdLastDigits\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplicant($input: UpdateApplicantInput!) {\n    updateApplicant(input: $input) {\n      ...ApplicantProfileFields\n      nationalIdLastDigits\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplicantConsent($input: WithdrawApplicantConsentInput!) {\n    withdrawApplicantConsent(input: $input) {\n      id\n      consentWithdrawnAt\n      consentWithdrawalReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplicantConsent($input: WithdrawApplicantConsentInput!) {\n    withdrawApplicantConsent(input: $input) {\n      id\n      consentWithdrawnAt\n      consentWithdrawalReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantDuplicates($input: ApplicantDuplicatesInput!) {\n    applicantDuplicates(input: $input) {\n      reasons\n      applicant {\n        id\n        fullName\n        birthDate\n        district\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantDuplicates($input: ApplicantDuplicatesInput!) {\n    applicantDuplicates(input: $input) {\n      reasons\n      applicant {\n        id\n        fullName\n        birthDate\n        district\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchServices($applicantId: ID!, $first: Int, $includeIneligible: Boolean) {\n    matchServices(applicantId: $applicantId, first: $first, includeIneligible: $includeIneligible) {\n      score\n      eligible\n      meetsNeeds\n      reasons {\n        code\n        message\n        contribution\n      }\n      service {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        capacity\n        capacityUsed\n        decisionDays\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchServices($applicantId: ID!, $first: Int, $includeIneligible: Boolean) {\n    matchServices(applicantId: $applicantId, first: $first, includeIneligible: $includeIneligible) {\n      score\n      eligible\n      meetsNeeds\n      reasons {\n        code\n        message\n        contribution\n      }\n      service {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        capacity\n        capacityUsed\n        decisionDays\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsortiumFields on Consortium {\n    id\n    name {\n      ar\n      en\n    }\n    country\n    purpose {\n      ar\n      en\n    }\n    members {\n      role\n      organization {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        governorates\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsortiumFields on Consortium {\n    id\n    name {\n      ar\n      en\n    }\n    country\n    purpose {\n      ar\n      en\n    }\n    members {\n      role\n      organization {\n        id\n        name {\n          ar\n          en\n        }\n        kind\n        governorates\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consortia($first: Int, $after: String) {\n    consortia(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConsortiumFields\n          defaultCallingCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consortia($first: Int, $after: String) {\n    consortia(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConsortiumFields\n          defaultCallingCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consortium($id: ID!) {\n    consortium(id: $id) {\n      ...ConsortiumFields\n    }\n  }\n"): (typeof documents)["\n  query Consortium($id: ID!) {\n    consortium(id: $id) {\n      ...ConsortiumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, input: $input) {\n      ...ConsortiumFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, input: $input) {\n      ...ConsortiumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConsortiumMember($input: AddConsortiumMemberInput!) {\n    addConsortiumMember(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddConsortiumMember($input: AddConsortiumMemberInput!) {\n    addConsortiumMember(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConsortiumMember($input: RemoveConsortiumMemberInput!) {\n    removeConsortiumMember(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveConsortiumMember($input: RemoveConsortiumMemberInput!) {\n    removeConsortiumMember(input: $input) {\n      ...ConsortiumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title {\n      ar\n      en\n    }\n    body {\n      ar\n      en\n    }\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title {\n      ar\n      en\n    }\n    body {\n      ar\n      en\n    }\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationSummaryFields on Organization {\n    id\n    name {\n      ar\n      en\n    }\n    kind\n    governorates\n    branches {\n      governorate\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationSummaryFields on Organization {\n    id\n    name {\n      ar\n      en\n    }\n    kind\n    governorates\n    branches {\n      governorate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganizationSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganizationSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationOptions($filter: OrganizationFilter, $first: Int) {\n    organizations(filter: $filter, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationOptions($filter: OrganizationFilter, $first: Int) {\n    organizations(filter: $filter, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationDetailFields on Organization {\n    id\n    name {\n      ar\n      en\n    }\n    kind\n    governorates\n    branches {\n      name {\n        ar\n        en\n      }\n      governorate\n      district\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationDetailFields on Organization {\n    id\n    name {\n      ar\n      en\n    }\n    kind\n    governorates\n    branches {\n      name {\n        ar\n        en\n      }\n      governorate\n      district\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationDetailFields\n      services {\n        ...ServiceFields\n      }\n      consortia {\n        id\n        name {\n          ar\n          en\n        }\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationDetailFields\n      services {\n        ...ServiceFields\n      }\n      consortia {\n        id\n        name {\n          ar\n          en\n        }\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCompletion($questionnaireId: ID!) {\n    questionnaire(id: $questionnaireId) {\n      id\n      version\n      published\n      title {\n        ar\n        en\n      }\n    }\n    questionnaireCompletion(questionnaireId: $questionnaireId) {\n      assigned\n      submitted\n      drafts\n      pending {\n        id\n        name {\n          ar\n          en\n        }\n      }\n      overdue {\n        id\n        name {\n          ar\n          en\n        }\n      }\n      assignments {\n        id\n        status\n        dueOn\n        overdue\n        submittedAt\n        lastSavedAt\n        reopenedAt\n        appliedAt\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardCompletion($questionnaireId: ID!) {\n    questionnaire(id: $questionnaireId) {\n      id\n      version\n      published\n      title {\n        ar\n        en\n      }\n    }\n    questionnaireCompletion(questionnaireId: $questionnaireId) {\n      assigned\n      submitted\n      drafts\n      pending {\n        id\n        name {\n          ar\n          en\n        }\n      }\n      overdue {\n        id\n        name {\n          ar\n          en\n        }\n      }\n      assignments {\n        id\n        status\n        dueOn\n        overdue\n        submittedAt\n        lastSavedAt\n        reopenedAt\n        appliedAt\n        organization {\n          id\n          name {\n            ar\n            en\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardRemind($questionnaireId: ID!) {\n    remindQuestionnaireAssignees(questionnaireId: $questionnaireId)\n  }\n"): (typeof documents)["\n  mutation BoardRemind($questionnaireId: ID!) {\n    remindQuestionnaireAssignees(questionnaireId: $questionnaireId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FillQuestionFields on Question {\n    name\n    type\n    parent\n    label {\n      ar\n      en\n    }\n    hint {\n      ar\n      en\n    }\n    required\n    requiredIf\n    requiredMessage {\n      ar\n      en\n    }\n    constraint\n    constraintMessage {\n      ar\n      en\n    }\n    relevant\n    calculation\n    default\n    readOnly\n    choiceFilter\n    repeatCount\n    maxRepeats\n    capability\n    listName\n    choices {\n      name\n      label {\n        ar\n        en\n      }\n      filters\n    }\n  }\n"): (typeof documents)["\n  fragment FillQuestionFields on Question {\n    name\n    type\n    parent\n    label {\n      ar\n      en\n    }\n    hint {\n      ar\n      en\n    }\n    required\n    requiredIf\n    requiredMessage {\n      ar\n      en\n    }\n    constraint\n    constraintMessage {\n      ar\n      en\n    }\n    relevant\n    calculation\n    default\n    readOnly\n    choiceFilter\n    repeatCount\n    maxRepeats\n    capability\n    listName\n    choices {\n      name\n      label {\n        ar\n        en\n      }\n      filters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FillAssignmentFields on QuestionnaireAssignment {\n    id\n    status\n    revision\n    dueOn\n    overdue\n    submittedAt\n    lastSavedAt\n    reopenedAt\n    reopenReason\n    appliedAt\n    answers {\n      question\n      value\n    }\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FillAssignmentFields on QuestionnaireAssignment {\n    id\n    status\n    revision\n    dueOn\n    overdue\n    submittedAt\n    lastSavedAt\n    reopenedAt\n    reopenReason\n    appliedAt\n    answers {\n      question\n      value\n    }\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FillAssignment($id: ID!) {\n    questionnaireAssignment(id: $id) {\n      ...FillAssignmentFields\n      questionnaire {\n        id\n        version\n        published\n        formId\n        defaultLanguage\n        title {\n          ar\n          en\n        }\n        consortium {\n          id\n          timeZone\n        }\n        questions {\n          ...FillQuestionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FillAssignment($id: ID!) {\n    questionnaireAssignment(id: $id) {\n      ...FillAssignmentFields\n      questionnaire {\n        id\n        version\n        published\n        formId\n        defaultLanguage\n        title {\n          ar\n          en\n        }\n        consortium {\n          id\n          timeZone\n        }\n        questions {\n          ...FillQuestionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FillSaveAnswers($input: SaveQuestionnaireAnswersInput!) {\n    saveQuestionnaireAnswers(input: $input) {\n      ...FillAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation FillSaveAnswers($input: SaveQuestionnaireAnswersInput!) {\n    saveQuestionnaireAnswers(input: $input) {\n      ...FillAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FillSubmit($assignmentId: ID!) {\n    submitQuestionnaireResponse(assignmentId: $assignmentId) {\n      ...FillAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation FillSubmit($assignmentId: ID!) {\n    submitQuestionnaireResponse(assignmentId: $assignmentId) {\n      ...FillAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FillMyAssignments($first: Int) {\n    questionnaireAssignments(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          dueOn\n          overdue\n          reopenedAt\n          questionnaire {\n            id\n            version\n            title {\n              ar\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FillMyAssignments($first: Int) {\n    questionnaireAssignments(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          dueOn\n          overdue\n          reopenedAt\n          questionnaire {\n            id\n            version\n            title {\n              ar\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralSummaryFields on Referral {\n    id\n    status\n    version\n    createdAt\n    updatedAt\n    declineReason\n    history {\n      to\n      reason\n    }\n    service {\n      id\n      name {\n        ar\n        en\n      }\n      kind\n    }\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralSummaryFields on Referral {\n    id\n    status\n    version\n    createdAt\n    updatedAt\n    declineReason\n    history {\n      to\n      reason\n    }\n    service {\n      id\n      name {\n        ar\n        en\n      }\n      kind\n    }\n    organization {\n      id\n      name {\n        ar\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($filter: ReferralFilter, $first: Int, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ReferralSummaryFields\n          applicant {\n            id\n            fullName\n            category\n            governorate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referrals($filter: ReferralFilter, $first: Int, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ReferralSummaryFields\n          applicant {\n            id\n            fullName\n            category\n            governorate\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralStatusCounts($filter: ReferralFilter) {\n    referralStatusCounts(filter: $filter) {\n      key\n      count\n    }\n  }\n"): (typeof documents)["\n  query ReferralStatusCounts($filter: ReferralFilter) {\n    referralStatusCounts(filter: $filter) {\n      key\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralDetailFields on Referral {\n    ...ReferralSummaryFields\n    note\n    decidedAt\n    declineReason\n    amountDisbursed {\n      amount\n      currency\n    }\n    jobsCreated\n    trainingCompleted\n    referredBy {\n      id\n      displayName\n    }\n    history {\n      from\n      to\n      at\n      reason\n      declineReason\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralDetailFields on Referral {\n    ...ReferralSummaryFields\n    note\n    decidedAt\n    declineReason\n    amountDisbursed {\n      amount\n      currency\n    }\n    jobsCreated\n    trainingCompleted\n    referredBy {\n      id\n      displayName\n    }\n    history {\n      from\n      to\n      at\n      reason\n      declineReason\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralDetailFields\n      applicant {\n        ...ApplicantProfileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralDetailFields\n      applicant {\n        ...ApplicantProfileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      ...ReferralSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      ...ReferralSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionReferral($input: TransitionReferralInput!) {\n    transitionReferral(input: $input) {\n      ...ReferralDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionReferral($input: TransitionReferralInput!) {\n    transitionReferral(input: $input) {\n      ...ReferralDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) {\n    recordReferralOutcome(input: $input) {\n      ...ReferralDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) {\n    recordReferralOutcome(input: $input) {\n      ...ReferralDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDecisionsUnread {\n    referralDecisionsUnread\n  }\n"): (typeof documents)["\n  query ReferralDecisionsUnread {\n    referralDecisionsUnread\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkReferralDecisionsSeen {\n    markReferralDecisionsSeen\n  }\n"): (typeof documents)["\n  mutation MarkReferralDecisionsSeen {\n    markReferralDecisionsSeen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceFields on Service {\n    id\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n    kind\n    categories\n    governorates\n    projectSizes\n    gender\n    minAge\n    maxAge\n    minAmount {\n      amount\n      currency\n    }\n    maxAmount {\n      amount\n      currency\n    }\n    guaranteeRequired\n    capacity\n    capacityUsed\n    decisionDays\n  }\n"): (typeof documents)["\n  fragment ServiceFields on Service {\n    id\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n    kind\n    categories\n    governorates\n    projectSizes\n    gender\n    minAge\n    maxAge\n    minAmount {\n      amount\n      currency\n    }\n    maxAmount {\n      amount\n      currency\n    }\n    guaranteeRequired\n    capacity\n    capacityUsed\n    decisionDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services($filter: ServiceFilter, $first: Int, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceFields\n          organization {\n            id\n            name {\n              ar\n              en\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Services($filter: ServiceFilter, $first: Int, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceFields\n          organization {\n            id\n            name {\n              ar\n              en\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...ServiceFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;