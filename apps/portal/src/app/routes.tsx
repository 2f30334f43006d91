import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { useCurrentUser } from '../modules/auth/hooks/use-current-user';
import { homePathFor } from '../modules/auth/utils/permissions';
import { NotFoundPage } from '../shared/components/NotFoundPage';
import { PageLoader } from '../shared/components/states';
import { PRINT_PAGES, SHELL_PAGES } from './pages';
import { RouteErrorPage } from './shell/RouteErrorPage';
import { AppLayout } from './shell/AppLayout';

// Every page loads on demand, keeping each download small on weak connections: the sign-in page loads none of them
// (App loads this file with the signed-in app), and a page brings only what it uses. The pages are listed in
// pages.ts, which App also uses to ask for the current page's chunk early.
const lazyRoutes = (pages: typeof SHELL_PAGES): RouteObject[] =>
  pages.map(([path, load]) => {
    const Page = lazy(() => load().then((component) => ({ default: component })));
    return { path, element: onDemand(Page) };
  });

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
  ...lazyRoutes(PRINT_PAGES).map((route) => ({ ...route, errorElement: <RouteErrorPage /> })),
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [{ index: true, element: <HomeRedirect /> }, ...lazyRoutes(SHELL_PAGES), { path: '*', element: <NotFoundPage /> }],
  },
];
