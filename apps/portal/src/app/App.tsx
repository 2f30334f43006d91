import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AuthGate } from '../modules/auth/components/AuthGate';
import { appRoutes } from './routes';
import { DemoBanner } from './shell/DemoBanner';

export function App() {
  const router = useMemo(() => createBrowserRouter(appRoutes), []);
  return (
    <>
      <AuthGate>
        <RouterProvider router={router} />
      </AuthGate>
      <DemoBanner />
    </>
  );
}
