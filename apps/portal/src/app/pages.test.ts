import { describe, expect, it } from 'vitest';
import { appRoutes } from './routes';
import { PRINT_PAGES, SHELL_PAGES, pageFor } from './pages';

describe('pageFor', () => {
  it('finds the page of a path as the router does: static segments first, then parameters', () => {
    const loader = (path: string) => [...SHELL_PAGES, ...PRINT_PAGES].find(([candidate]) => candidate === path)?.[1];
    expect(pageFor('/applicants/new')).toBe(loader('applicants/new'));
    expect(pageFor('/applicants/3f2a')).toBe(loader('applicants/:id'));
    expect(pageFor('/applicants/3f2a/edit')).toBe(loader('applicants/:id/edit'));
    expect(pageFor('/referrals')).toBe(loader('referrals'));
    expect(pageFor('/dashboard')).toBe(loader('dashboard'));
    expect(pageFor('/meetings/9/print')).toBe(loader('meetings/:id/print'));
    expect(pageFor('/organizations/1/services/2/edit')).toBe(loader('organizations/:id/services/:serviceId/edit'));
  });

  it('finds nothing where the router shows the home redirect or "not found"', () => {
    expect(pageFor('/')).toBeUndefined();
    expect(pageFor('/no/such/page')).toBeUndefined();
  });

  it('lists every lazy route of the router', () => {
    const paths = (routes: typeof appRoutes): string[] => routes.flatMap((route) => [...(route.path ? [route.path] : []), ...paths(route.children ?? [])]);
    expect(paths(appRoutes).filter((path) => path !== '*').sort()).toEqual([...SHELL_PAGES, ...PRINT_PAGES].map(([path]) => path).sort());
  });
});
