import { changesOf, REDACTED_VALUE } from './audit-changes';

describe('changesOf', () => {
  it('keeps only the fields that changed, with before and after', () => {
    expect(changesOf({ status: 'SENT', version: 1, note: 'x' }, { status: 'ACCEPTED', version: 2, note: 'x' })).toEqual({
      status: { before: 'SENT', after: 'ACCEPTED' },
      version: { before: 1, after: 2 },
    });
  });

  it('gives only `after` on creation and only `before` on deletion, and skips empty values', () => {
    expect(changesOf(null, { role: 'MEMBER', district: null })).toEqual({ role: { after: 'MEMBER' } });
    expect(changesOf({ role: 'MEMBER' }, null)).toEqual({ role: { before: 'MEMBER' } });
  });

  it('never writes a password hash or a national id hash, and drops derived text and timestamps', () => {
    const changes = changesOf(
      { passwordHash: '$argon2id$old', nationalIdHash: null },
      { passwordHash: '$argon2id$new', nationalIdHash: 'abc', searchText: 'name', updatedAt: new Date() },
    );
    expect(changes).toEqual({
      passwordHash: { before: REDACTED_VALUE, after: REDACTED_VALUE },
      nationalIdHash: { before: REDACTED_VALUE, after: REDACTED_VALUE },
    });
    expect(JSON.stringify(changes)).not.toContain('argon2');
  });

  it('compares arrays, objects and dates by value', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(changesOf({ needs: ['A'], weights: { a: 1 }, at }, { needs: ['A'], weights: { a: 1 }, at: new Date(at) })).toEqual({});
    expect(changesOf({ needs: ['A'] }, { needs: ['A', 'B'] })).toEqual({ needs: { before: ['A'], after: ['A', 'B'] } });
  });
});
