import type { ComponentType } from 'react';

/** Loads a page's module and picks the page out of it. */
export type PageLoader = () => Promise<ComponentType>;

const page =
  <Name extends string>(name: Name, load: () => Promise<Record<Name, ComponentType>>): PageLoader =>
  () =>
    load().then((module) => module[name]);

/**
 * Every page behind the sign-in, by its path in the shell (routes.tsx makes them lazy routes). Kept apart from the
 * router so that the first page can ask for the current page's chunk at the same time as the signed-in app's
 * (`preloadPage`), instead of after it: one round trip less on a slow connection.
 */
export const SHELL_PAGES: ReadonlyArray<readonly [path: string, load: PageLoader]> = [
  ['applicants', page('ApplicantsPage', () => import('../modules/applicants/components/ApplicantsPage'))],
  ['applicants/new', page('RegisterApplicantPage', () => import('../modules/applicants/components/RegisterApplicantPage'))],
  ['applicants/:id', page('ApplicantPage', () => import('../modules/applicants/components/ApplicantPage'))],
  ['applicants/:id/edit', page('EditApplicantPage', () => import('../modules/applicants/components/EditApplicantPage'))],
  ['allocation', page('AllocationPage', () => import('../modules/allocation/components/AllocationPage'))],
  ['referrals', page('ReferralsPage', () => import('../modules/referrals/components/ReferralsPage'))],
  ['referrals/:id', page('ReferralPage', () => import('../modules/referrals/components/ReferralPage'))],
  ['organizations', page('OrganizationsPage', () => import('../modules/organizations/components/OrganizationsPage'))],
  ['organizations/new', page('CreateOrganizationPage', () => import('../modules/organizations/components/OrganizationFormPages'))],
  ['organizations/:id', page('OrganizationPage', () => import('../modules/organizations/components/OrganizationPage'))],
  ['organizations/:id/edit', page('EditOrganizationPage', () => import('../modules/organizations/components/OrganizationFormPages'))],
  ['organizations/:id/services/new', page('CreateServicePage', () => import('../modules/services/components/ServiceFormPages'))],
  ['organizations/:id/services/:serviceId/edit', page('EditServicePage', () => import('../modules/services/components/ServiceFormPages'))],
  ['consortia', page('ConsortiaPage', () => import('../modules/consortia/components/ConsortiaPage'))],
  ['consortia/new', page('CreateConsortiumPage', () => import('../modules/consortia/components/ConsortiumFormPages'))],
  ['consortia/:id', page('ConsortiumPage', () => import('../modules/consortia/components/ConsortiumPage'))],
  ['consortia/:id/edit', page('EditConsortiumPage', () => import('../modules/consortia/components/ConsortiumFormPages'))],
  ['services', page('ServicesPage', () => import('../modules/services/components/ServicesPage'))],
  ['questionnaires', page('QuestionnairesPage', () => import('../modules/questionnaires/list/components/QuestionnairesPage'))],
  ['questionnaires/new', page('NewQuestionnairePage', () => import('../modules/questionnaires/editor/components/QuestionnairePages'))],
  ['questionnaires/:id', page('QuestionnairePage', () => import('../modules/questionnaires/editor/components/QuestionnairePages'))],
  ['questionnaires/:id/completion', page('CompletionBoardPage', () => import('../modules/questionnaires/completion/CompletionBoardPage'))],
  ['assignments/:id', page('AssignmentPage', () => import('../modules/questionnaires/form/AssignmentPage'))],
  ['assignments/:id/capabilities', page('CapabilityReviewPage', () => import('../modules/questionnaires/capabilities/components/CapabilityReviewPage'))],
  ['notifications', page('NotificationsPage', () => import('../modules/notifications/components/NotificationsPage'))],
  ['meetings', page('MeetingsPage', () => import('../modules/meetings/components/MeetingsPage'))],
  ['meetings/new', page('CreateMeetingPage', () => import('../modules/meetings/components/MeetingFormPages'))],
  ['meetings/:id', page('MeetingPage', () => import('../modules/meetings/components/MeetingPage'))],
  ['meetings/:id/edit', page('EditMeetingPage', () => import('../modules/meetings/components/MeetingFormPages'))],
  ['committees', page('CommitteesPage', () => import('../modules/meetings/components/CommitteesPage'))],
  ['committees/new', page('CreateCommitteePage', () => import('../modules/meetings/components/CommitteeFormPages'))],
  ['committees/:id', page('CommitteePage', () => import('../modules/meetings/components/CommitteePage'))],
  ['committees/:id/edit', page('EditCommitteePage', () => import('../modules/meetings/components/CommitteeFormPages'))],
  ['calendar', page('CalendarFeedPage', () => import('../modules/meetings/components/CalendarFeedPage'))],
  ['recommendations', page('RecommendationsBoard', () => import('../modules/recommendations/components/RecommendationsBoard'))],
  ['recommendations/:id', page('RecommendationPage', () => import('../modules/recommendations/components/RecommendationPage'))],
  // The dashboard's charts are plain elements and CSS (no charting library).
  ['dashboard', page('DashboardPage', () => import('../modules/dashboard/components/DashboardPage'))],
];

/** Printed documents stand alone, outside the shell. */
export const PRINT_PAGES: ReadonlyArray<readonly [path: string, load: PageLoader]> = [
  ['meetings/:id/print', page('MeetingPrintPage', () => import('../modules/meetings/components/MeetingPrintPage'))],
];

/** The page a path shows (react-router's matching for these plain paths: static segments before `:params`). */
export function pageFor(pathname: string): PageLoader | undefined {
  const segments = pathname.split('/').filter(Boolean);
  const matches = (path: string) => {
    const pattern = path.split('/');
    return pattern.length === segments.length && pattern.every((part, index) => part.startsWith(':') || part === segments[index]);
  };
  const candidates = [...PRINT_PAGES, ...SHELL_PAGES].filter(([path]) => matches(path));
  // `applicants/new` wins over `applicants/:id`: the route with fewer parameters.
  const params = (path: string) => path.split('/').filter((part) => part.startsWith(':')).length;
  return candidates.sort(([a], [b]) => params(a) - params(b))[0]?.[1];
}

/** Starts loading the page of this path (and the chunks it imports); the router's lazy page then finds it loaded. */
export function preloadPage(pathname: string): void {
  // A failed preload is retried by the router's own import, which shows the error page if it fails again.
  pageFor(pathname)?.().catch(() => undefined);
}
