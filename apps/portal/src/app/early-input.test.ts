import { describe, expect, it } from 'vitest';
import { holdEarlyInput, rememberEarlyInput, takeEarlyInput } from './early-input';

describe('a sign-in form typed into and sent before the page is live', () => {
  it('keeps what was typed (also once the form is replaced) and holds the submit until the page takes them', () => {
    document.body.innerHTML = '<form method="post"><input name="email"><input name="password" type="password"><button type="submit">go</button></form>';
    const form = document.querySelector('form')!;
    holdEarlyInput();
    const email = form.querySelector<HTMLInputElement>('input[name="email"]')!;
    email.value = 'salem@awn.test';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    form.querySelector<HTMLInputElement>('input[name="password"]')!.value = 'secret';
    const early = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(early);
    expect(early.defaultPrevented).toBe(true);

    rememberEarlyInput();
    document.body.innerHTML = '<form><input name="email"></form>'; // React renders the page anew
    expect(takeEarlyInput()).toEqual({ values: { email: 'salem@awn.test', password: 'secret' }, sent: true });
    expect(takeEarlyInput()).toEqual({ values: {}, sent: false });

    const later = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });
});
