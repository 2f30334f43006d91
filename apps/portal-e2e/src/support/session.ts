import type { Page } from 'playwright-core';

/** Signs in through the sign-in page and waits for the app shell. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('input[type="password"]').waitFor({ state: 'detached' });
}

export async function htmlDirection(page: Page): Promise<{ dir: string | null; lang: string | null }> {
  return page.evaluate(() => ({ dir: document.documentElement.getAttribute('dir'), lang: document.documentElement.getAttribute('lang') }));
}

/** A GraphQL request with the page's session cookie, as the portal sends it (set-up and checks around the UI). */
export async function sessionGql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'accept-language': 'ar' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
