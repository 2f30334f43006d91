import { afterEach, describe, expect, it } from 'vitest';
import { BOOT_ELEMENT_ID, readBootData } from './boot';

const me = { __typename: 'User', id: 'u1', email: 'salem@awn.test', displayName: 'سالم', role: 'PARTNER_STAFF', organization: null };

function pageWith(json: string | null) {
  document.body.innerHTML = json === null ? '' : `<script type="application/json" id="${BOOT_ELEMENT_ID}"></script>`;
  if (json !== null) document.getElementById(BOOT_ELEMENT_ID)!.textContent = json;
}

describe('readBootData (what the server put into the page)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads the language and the inlined session, or that nobody is signed in', () => {
    pageWith(JSON.stringify({ language: 'en', session: { me } }));
    expect(readBootData()).toEqual({ language: 'en', session: { me } });
    pageWith(JSON.stringify({ language: 'ar', session: null }));
    expect(readBootData()).toEqual({ language: 'ar', session: null });
  });

  it('is undefined (the portal asks the API itself) without the element or with anything it cannot trust', () => {
    for (const json of [null, '', '{', JSON.stringify({ language: 'fr', session: null }), JSON.stringify({ language: 'ar' }), JSON.stringify({ language: 'ar', session: { me: {} } })]) {
      pageWith(json);
      expect(readBootData()).toBeUndefined();
    }
  });
});
