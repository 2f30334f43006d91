import { createHmac } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';
import { Paginator, REMEMBERED_CURSORS, type KeysetOrder } from './keyset';

const SECRET = 'a-test-secret-a-test-secret-a-test-secret';
const ORDER: Pick<KeysetOrder, 'kind' | 'keys'> = { kind: 'referrals:created-desc', keys: [{ sql: 'r.created_at', type: 'timestamptz' }, { sql: 'r.id', type: 'uuid' }] };

/** The cursor as the MAC defines it, computed here from scratch. */
function expectedCursor(kind: string, values: string[]): string {
  const key = createHmac('sha256', SECRET).update('shuraka/page-cursor/v1').digest();
  const payload = Buffer.from(JSON.stringify([kind, values])).toString('base64url');
  return `${payload}.${createHmac('sha256', key).update(payload).digest().subarray(0, 16).toString('base64url')}`;
}

describe('page cursors remembered per process', () => {
  const paginator = new Paginator({ JWT_SECRET: SECRET } as AppConfig);

  it('gives the same cursor whether computed or remembered, and reads it back', () => {
    const values = ['2026-12-01 10:00:00.123456+00', '6f1c3c36-5a57-4d3c-9f2e-1b2a3c4d5e6f'];
    const first = paginator.encode(ORDER.kind, values);
    expect(paginator.encode(ORDER.kind, values)).toBe(first);
    expect(first).toBe(expectedCursor(ORDER.kind, values));
    expect(paginator.decode(first, ORDER)).toEqual(values);
  });

  it('keeps at most REMEMBERED_CURSORS, and stays exact past that', () => {
    const cursors = Array.from({ length: REMEMBERED_CURSORS + 10 }, (_, index) => paginator.encode(ORDER.kind, [`2026-01-01 00:00:00.${index}+00`, `id-${index}`]));
    expect((paginator as unknown as { cursors: Map<string, string> }).cursors.size).toBeLessThanOrEqual(REMEMBERED_CURSORS);
    expect(cursors[0]).toBe(expectedCursor(ORDER.kind, ['2026-01-01 00:00:00.0+00', 'id-0']));
    expect(paginator.encode(ORDER.kind, ['2026-01-01 00:00:00.0+00', 'id-0'])).toBe(cursors[0]);
    expect(paginator.decode(cursors[REMEMBERED_CURSORS + 9], ORDER)).toEqual([`2026-01-01 00:00:00.${REMEMBERED_CURSORS + 9}+00`, `id-${REMEMBERED_CURSORS + 9}`]);
  });
});
