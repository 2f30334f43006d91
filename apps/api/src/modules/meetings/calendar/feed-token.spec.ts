import { feedTokenOf, feedUrl, hashFeedToken, newFeedToken } from './feed-token';

describe('calendar feed tokens', () => {
  it('are 32 random bytes in base64url, stored as their SHA-256', () => {
    const first = newFeedToken();
    const second = newFeedToken();
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    expect(first.token).not.toBe(second.token);
    expect(first.hash).toBe(hashFeedToken(first.token));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are read from a feed file name, and anything else is no token', () => {
    const { token } = newFeedToken();
    expect(feedTokenOf(`${token}.ics`)).toBe(token);
    expect(feedTokenOf(token)).toBe(token);
    expect(feedTokenOf('short.ics')).toBeNull();
    expect(feedTokenOf(`${token}x.ics`)).toBeNull();
    expect(feedTokenOf(`${token.slice(0, 42)}+.ics`)).toBeNull();
  });

  it('make a URL under the given origin', () => {
    expect(feedUrl('t', 'https://shuraka.example.org/')).toBe('https://shuraka.example.org/calendar/t.ics');
  });
});
