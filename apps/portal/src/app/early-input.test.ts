import { describe, expect, it } from 'vitest';
import { holdEarlySubmit, takeHeldSubmit } from './early-input';

describe('a sign-in form sent before the page is live', () => {
  it('is held (not posted) until the page takes it, then submits go through', () => {
    document.body.innerHTML = '<form method="post"><input name="email"><button type="submit">go</button></form>';
    const form = document.querySelector('form')!;
    holdEarlySubmit();
    const early = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(early);
    expect(early.defaultPrevented).toBe(true);

    expect(takeHeldSubmit()).toBe(form);
    expect(takeHeldSubmit()).toBeNull();
    const later = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });
});
