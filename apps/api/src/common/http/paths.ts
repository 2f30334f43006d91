/**
 * Calendar feeds (`/calendar/<token>.ics`) are the API's, not the portal's pages (the portal's own `/calendar` page
 * stays a page); their path is a secret.
 */
export function isCalendarFeed(path: string): boolean {
  return /^\/calendar\/[^/]+\.ics$/.test(path);
}

/** A request's path as the log shows it: no query string (GraphQL variables), no calendar feed token. */
export function loggedPath(url: string): string {
  const path = url.split('?')[0];
  return isCalendarFeed(path) ? '/calendar/…redacted….ics' : path;
}
