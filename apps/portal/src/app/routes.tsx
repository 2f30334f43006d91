import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { useCurrentUser } from '../modules/auth/hooks/use-current-user';
import { homePathFor } from '../modules/auth/utils/permissions';
import { NotFoundPage } from '../shared/components/NotFoundPage';
import { PageLoader } from '../shared/components/states';
import { RouteErrorPage } from './shell/RouteErrorPage';
import { AppLayout } from './shell/AppLayout';

// Every page loads on demand, keeping each download small on weak connections: the sign-in page loads none of them
// (App loads this file with the signed-in app), and a page brings only what it uses.
const lazyPage = <Name extends string>(name: Name, load: () => Promise<Record<Name, ComponentType>>) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const ApplicantsPage = lazyPage('ApplicantsPage', () => import('../modules/applicants/components/ApplicantsPage'));
const ApplicantPage = lazyPage('ApplicantPage', () => import('../modules/applicants/components/ApplicantPage'));
const ReferralsPage = lazyPage('ReferralsPage', () => import('../modules/referrals/components/ReferralsPage'));
const ReferralPage = lazyPage('ReferralPage', () => import('../modules/referrals/components/ReferralPage'));
const OrganizationsPage = lazyPage('OrganizationsPage', () => import('../modules/organizations/components/OrganizationsPage'));
const OrganizationPage = lazyPage('OrganizationPage', () => import('../modules/organizations/components/OrganizationPage'));
const ConsortiaPage = lazyPage('ConsortiaPage', () => import('../modules/consortia/components/ConsortiaPage'));
const ConsortiumPage = lazyPage('ConsortiumPage', () => import('../modules/consortia/components/ConsortiumPage'));
const ServicesPage = lazyPage('ServicesPage', () => import('../modules/services/components/ServicesPage'));

const CreateOrganizationPage = lazy(() =>
  import('../modules/organizations/components/OrganizationFormPages').then((m) => ({ default: m.CreateOrganizationPage })),
);
const EditOrganizationPage = lazy(() =>
  import('../modules/organizations/components/OrganizationFormPages').then((m) => ({ default: m.EditOrganizationPage })),
);
const CreateServicePage = lazy(() =>
  import('../modules/services/components/ServiceFormPages').then((m) => ({ default: m.CreateServicePage })),
);
const EditServicePage = lazy(() =>
  import('../modules/services/components/ServiceFormPages').then((m) => ({ default: m.EditServicePage })),
);
const CreateConsortiumPage = lazy(() =>
  import('../modules/consortia/components/ConsortiumFormPages').then((m) => ({ default: m.CreateConsortiumPage })),
);
const EditConsortiumPage = lazy(() =>
  import('../modules/consortia/components/ConsortiumFormPages').then((m) => ({ default: m.EditConsortiumPage })),
);

const RegisterApplicantPage = lazy(() =>
  import('../modules/applicants/components/RegisterApplicantPage').then((m) => ({ default: m.RegisterApplicantPage })),
);
const EditApplicantPage = lazy(() =>
  import('../modules/applicants/components/EditApplicantPage').then((m) => ({ default: m.EditApplicantPage })),
);
const AllocationPage = lazy(() =>
  import('../modules/allocation/components/AllocationPage').then((m) => ({ default: m.AllocationPage })),
);
const QuestionnairesPage = lazy(() =>
  import('../modules/questionnaires/list/components/QuestionnairesPage').then((m) => ({ default: m.QuestionnairesPage })),
);
const NewQuestionnairePage = lazy(() =>
  import('../modules/questionnaires/editor/components/QuestionnairePages').then((m) => ({ default: m.NewQuestionnairePage })),
);
const QuestionnairePage = lazy(() =>
  import('../modules/questionnaires/editor/components/QuestionnairePages').then((m) => ({ default: m.QuestionnairePage })),
);
const CapabilityReviewPage = lazy(() =>
  import('../modules/questionnaires/capabilities/components/CapabilityReviewPage').then((m) => ({ default: m.CapabilityReviewPage })),
);
const AssignmentPage = lazy(() =>
  import('../modules/questionnaires/form/AssignmentPage').then((m) => ({ default: m.AssignmentPage })),
);
const CompletionBoardPage = lazy(() =>
  import('../modules/questionnaires/completion/CompletionBoardPage').then((m) => ({ default: m.CompletionBoardPage })),
);
const RecommendationsBoard = lazy(() =>
  import('../modules/recommendations/components/RecommendationsBoard').then((m) => ({ default: m.RecommendationsBoard })),
);
const RecommendationPage = lazy(() =>
  import('../modules/recommendations/components/RecommendationPage').then((m) => ({ default: m.RecommendationPage })),
);
// The charts (recharts) load only with the dashboard.
const DashboardPage = lazy(() => import('../modules/dashboard/components/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const NotificationsPage = lazy(() =>
  import('../modules/notifications/components/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);

const MeetingsPage = lazyPage('MeetingsPage', () => import('../modules/meetings/components/MeetingsPage'));
const MeetingPage = lazyPage('MeetingPage', () => import('../modules/meetings/components/MeetingPage'));
const CreateMeetingPage = lazyPage('CreateMeetingPage', () => import('../modules/meetings/components/MeetingFormPages'));
const EditMeetingPage = lazyPage('EditMeetingPage', () => import('../modules/meetings/components/MeetingFormPages'));
const MeetingPrintPage = lazyPage('MeetingPrintPage', () => import('../modules/meetings/components/MeetingPrintPage'));
const CommitteesPage = lazyPage('CommitteesPage', () => import('../modules/meetings/components/CommitteesPage'));
const CommitteePage = lazyPage('CommitteePage', () => import('../modules/meetings/components/CommitteePage'));
const CreateCommitteePage = lazyPage('CreateCommitteePage', () => import('../modules/meetings/components/CommitteeFormPages'));
const EditCommitteePage = lazyPage('EditCommitteePage', () => import('../modules/meetings/components/CommitteeFormPages'));
const CalendarFeedPage = lazyPage('CalendarFeedPage', () => import('../modules/meetings/components/CalendarFeedPage'));

/** Each role starts where its daily work is. */
function HomeRedirect() {
  return <Navigate to={homePathFor(useCurrentUser())} replace />;
}

function onDemand(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoader />}>
      <Page />
    </Suspense>
  );
}

/** Every page sits inside the shell; permission checks live in the pages (the API has the last word). */
export const appRoutes: RouteObject[] = [
  // Printed documents stand alone: no header, no navigation.
  { path: '/meetings/:id/print', element: onDemand(MeetingPrintPage), errorElement: <RouteErrorPage /> },
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'applicants', element: onDemand(ApplicantsPage) },
      { path: 'applicants/new', element: onDemand(RegisterApplicantPage) },
      { path: 'applicants/:id', element: onDemand(ApplicantPage) },
      { path: 'applicants/:id/edit', element: onDemand(EditApplicantPage) },
      { path: 'allocation', element: onDemand(AllocationPage) },
      { path: 'referrals', element: onDemand(ReferralsPage) },
      { path: 'referrals/:id', element: onDemand(ReferralPage) },
      { path: 'organizations', element: onDemand(OrganizationsPage) },
      { path: 'organizations/new', element: onDemand(CreateOrganizationPage) },
      { path: 'organizations/:id', element: onDemand(OrganizationPage) },
      { path: 'organizations/:id/edit', element: onDemand(EditOrganizationPage) },
      { path: 'organizations/:id/services/new', element: onDemand(CreateServicePage) },
      { path: 'organizations/:id/services/:serviceId/edit', element: onDemand(EditServicePage) },
      { path: 'consortia', element: onDemand(ConsortiaPage) },
      { path: 'consortia/new', element: onDemand(CreateConsortiumPage) },
      { path: 'consortia/:id', element: onDemand(ConsortiumPage) },
      { path: 'consortia/:id/edit', element: onDemand(EditConsortiumPage) },
      { path: 'services', element: onDemand(ServicesPage) },
      { path: 'questionnaires', element: onDemand(QuestionnairesPage) },
      { path: 'questionnaires/new', element: onDemand(NewQuestionnairePage) },
      { path: 'questionnaires/:id', element: onDemand(QuestionnairePage) },
      { path: 'questionnaires/:id/completion', element: onDemand(CompletionBoardPage) },
      { path: 'assignments/:id', element: onDemand(AssignmentPage) },
      { path: 'assignments/:id/capabilities', element: onDemand(CapabilityReviewPage) },
      { path: 'notifications', element: onDemand(NotificationsPage) },
      { path: 'meetings', element: onDemand(MeetingsPage) },
      { path: 'meetings/new', element: onDemand(CreateMeetingPage) },
      { path: 'meetings/:id', element: onDemand(MeetingPage) },
      { path: 'meetings/:id/edit', element: onDemand(EditMeetingPage) },
      { path: 'committees', element: onDemand(CommitteesPage) },
      { path: 'committees/new', element: onDemand(CreateCommitteePage) },
      { path: 'committees/:id', element: onDemand(CommitteePage) },
      { path: 'committees/:id/edit', element: onDemand(EditCommitteePage) },
      { path: 'calendar', element: onDemand(CalendarFeedPage) },
      { path: 'recommendations', element: onDemand(RecommendationsBoard) },
      { path: 'recommendations/:id', element: onDemand(RecommendationPage) },
      { path: 'dashboard', element: onDemand(DashboardPage) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
