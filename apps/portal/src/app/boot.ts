import type { Locale } from '@shuraka/domain';
import type { CurrentUser } from '../modules/auth/hooks/use-current-user';
import { isLocale } from '../i18n/language';

/** Where the server puts what it knows at the start (a `<script type="application/json">`, never run). */
export const BOOT_ELEMENT_ID = 'shuraka-boot';
/** Set on `#root` when it holds the sign-in page rendered at build time, ready to hydrate. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * What the server found out before sending the page (apps/api common/http/portal.ts): the language it rendered the
 * page in and whether the request's session cookie is valid (then the `me` answer, so the portal asks no more).
 * Absent (a development server, or the server could not tell): the portal asks the API itself, as before.
 */
export interface BootData {
  language: Locale;
  /** `null`: no valid session (the sign-in page); otherwise `me` as the API answered it for this request. */
  session: { me: CurrentUser } | null;
}

export function readBootData(doc: Document = document): BootData | undefined {
  const text = doc.getElementById(BOOT_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<BootData>;
    if (!isLocale(data.language)) return undefined;
    const me = data.session?.me;
    if (data.session !== null && !(me && typeof me.id === 'string')) return undefined;
    return { language: data.language, session: data.session === null ? null : { me: me! } };
  } catch {
    return undefined;
  }
}
