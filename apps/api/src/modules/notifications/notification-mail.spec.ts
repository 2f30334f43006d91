import { renderNotificationMail } from './notification-mail';

describe('renderNotificationMail', () => {
  const notification = { titleAr: 'أُعيد فتح الاستبيان', titleEn: 'Questionnaire reopened', bodyAr: 'السبب: <ناقص>', bodyEn: 'Reason: "missing" & late', link: '/assignments/a1' };

  it('puts Arabic first (rtl) and English second, escaping the text in HTML', () => {
    const mail = renderNotificationMail('p@example.org', notification, 'https://shuraka.example.org/');
    expect(mail.to).toBe('p@example.org');
    expect(mail.subject).toBe('أُعيد فتح الاستبيان | Questionnaire reopened');
    expect(mail.html.indexOf('dir="rtl"')).toBeLessThan(mail.html.indexOf('dir="ltr"'));
    expect(mail.html).toContain('السبب: &lt;ناقص&gt;');
    expect(mail.html).toContain('Reason: &quot;missing&quot; &amp; late');
    expect(mail.html).toContain('<a href="https://shuraka.example.org/assignments/a1">افتحه في شركاء</a>');
    expect(mail.text).toBe(
      'أُعيد فتح الاستبيان\n\nالسبب: <ناقص>\n\nافتحه في شركاء: https://shuraka.example.org/assignments/a1\n\n----\n\n' +
        'Questionnaire reopened\n\nReason: "missing" & late\n\nOpen it in Shuraka: https://shuraka.example.org/assignments/a1',
    );
  });

  it('leaves out a missing language and keeps the path when the public address is unknown', () => {
    const mail = renderNotificationMail('p@example.org', { ...notification, titleEn: null, bodyEn: null });
    expect(mail.subject).toBe('أُعيد فتح الاستبيان');
    expect(mail.html).not.toContain('dir="ltr"');
    expect(mail.text).toBe('أُعيد فتح الاستبيان\n\nالسبب: <ناقص>\n\nافتحه في شركاء: /assignments/a1');
  });
});
