import { containsPattern, likeEscape } from './like';

describe('likeEscape', () => {
  it('escapes %, _ and the backslash, and nothing else', () => {
    expect(likeEscape('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(likeEscape('سارة')).toBe('سارة');
  });

  it('wraps the escaped text for a contains search', () => {
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });
});
