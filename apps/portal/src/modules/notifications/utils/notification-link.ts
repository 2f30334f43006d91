/**
 * A notification's link as a route inside the portal; anything else (never sent by the API) is dropped. Browsers read
 * `/\host` like `//host`, another site.
 */
export function portalPath(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}
