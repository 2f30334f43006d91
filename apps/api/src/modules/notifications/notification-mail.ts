import type { MailMessage } from '../../common/mail/mailer';

export interface MailableNotification {
  titleAr: string | null;
  titleEn: string | null;
  bodyAr: string | null;
  bodyEn: string | null;
  link: string | null;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const OPEN = { ar: 'افتحه في شركاء', en: 'Open it in Shuraka' };

/**
 * One e-mail for one notification, Arabic first then English (users have no language setting yet):
 * subject "<ar> | <en>", an HTML part whose Arabic half is `dir="rtl"`, and a plain text part.
 * Links are absolute only when the portal's public address is known.
 */
export function renderNotificationMail(to: string, notification: MailableNotification, publicUrl?: string): MailMessage {
  const href = notification.link ? (publicUrl ? `${publicUrl.replace(/\/+$/, '')}${notification.link}` : notification.link) : null;
  const halves = (['ar', 'en'] as const)
    .map((lang) => ({
      lang,
      title: lang === 'ar' ? notification.titleAr : notification.titleEn,
      body: lang === 'ar' ? notification.bodyAr : notification.bodyEn,
    }))
    .filter((half) => half.title);
  const subject = halves.map((half) => half.title!.replace(/\s+/g, ' ').trim()).join(' | ');
  const text = halves
    .map((half) => [half.title, half.body, href ? `${OPEN[half.lang]}: ${href}` : null].filter(Boolean).join('\n\n'))
    .join('\n\n----\n\n');
  const html = halves
    .map((half) => {
      const dir = half.lang === 'ar' ? 'rtl' : 'ltr';
      const body = half.body ? `<p style="white-space:pre-line">${escapeHtml(half.body)}</p>` : '';
      const link = href ? `<p><a href="${escapeHtml(href)}">${OPEN[half.lang]}</a></p>` : '';
      return `<div dir="${dir}" lang="${half.lang}" style="text-align:${dir === 'rtl' ? 'right' : 'left'}"><h2>${escapeHtml(half.title!)}</h2>${body}${link}</div>`;
    })
    .join('<hr>');
  return { to, subject, text, html: `<!doctype html><html><body>${html}</body></html>` };
}
