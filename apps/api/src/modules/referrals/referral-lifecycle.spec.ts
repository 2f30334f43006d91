import { ReferralStatus as S } from '@shuraka/domain';
import { allowedMoves, checkTransition, type Actor } from './referral-lifecycle';

const ALL = Object.values(S);
const ACTORS: Actor[] = ['PARTNER', 'REFERRER', 'SYSTEM'];

describe('referral lifecycle', () => {
  it('moves forward only along the contract path, by the partner', () => {
    expect(checkTransition(S.SENT, S.ACKNOWLEDGED, 'PARTNER')).toMatchObject({ ok: true, takesPlace: false, decides: false });
    expect(checkTransition(S.ACKNOWLEDGED, S.ACCEPTED, 'PARTNER')).toMatchObject({ ok: true, takesPlace: true, decides: true });
    expect(checkTransition(S.ACCEPTED, S.IN_SERVICE, 'PARTNER')).toMatchObject({ ok: true, takesPlace: false, freesPlace: false });
    expect(checkTransition(S.IN_SERVICE, S.COMPLETED, 'PARTNER')).toMatchObject({ ok: true, freesPlace: true });
    expect(checkTransition(S.SENT, S.IN_SERVICE, 'PARTNER')).toEqual({ ok: false, problem: 'ILLEGAL' });
    expect(checkTransition(S.COMPLETED, S.IN_SERVICE, 'PARTNER')).toEqual({ ok: false, problem: 'ILLEGAL' });
  });

  it('declines only from SENT, ACKNOWLEDGED or ACCEPTED', () => {
    const from = ALL.filter((status) => checkTransition(status, S.DECLINED, 'PARTNER').ok);
    expect(from.sort()).toEqual([S.ACCEPTED, S.ACKNOWLEDGED, S.SENT].sort());
    expect(checkTransition(S.ACCEPTED, S.DECLINED, 'PARTNER')).toMatchObject({ ok: true, freesPlace: true });
  });

  it('lets only the referrer withdraw, and only before COMPLETED', () => {
    const from = ALL.filter((status) => checkTransition(status, S.WITHDRAWN, 'REFERRER').ok);
    expect(from.sort()).toEqual([S.ACCEPTED, S.ACKNOWLEDGED, S.IN_SERVICE, S.SENT].sort());
    expect(checkTransition(S.SENT, S.WITHDRAWN, 'PARTNER')).toEqual({ ok: false, problem: 'NOT_YOURS' });
    expect(checkTransition(S.COMPLETED, S.WITHDRAWN, 'REFERRER')).toEqual({ ok: false, problem: 'ILLEGAL' });
  });

  it('expires only unanswered referrals, and only by the system', () => {
    expect(ALL.filter((status) => checkTransition(status, S.EXPIRED, 'SYSTEM').ok).sort()).toEqual([S.ACKNOWLEDGED, S.SENT].sort());
    expect(checkTransition(S.SENT, S.EXPIRED, 'PARTNER')).toEqual({ ok: false, problem: 'NOT_YOURS' });
  });

  it('never leaves a final status and never re-enters SENT', () => {
    for (const actor of ACTORS) {
      for (const final of [S.COMPLETED, S.DECLINED, S.WITHDRAWN, S.EXPIRED]) expect(allowedMoves(final, actor)).toEqual([]);
      for (const from of ALL) expect(allowedMoves(from, actor)).not.toContain(S.SENT);
    }
  });

  it('keeps capacity balanced along every legal path', () => {
    const held = (path: S[]) => {
      let places = 0;
      for (let index = 1; index < path.length; index += 1) {
        const actor = ACTORS.find((candidate) => checkTransition(path[index - 1], path[index], candidate).ok)!;
        const check = checkTransition(path[index - 1], path[index], actor);
        if (!check.ok) throw new Error(`illegal ${path[index - 1]} → ${path[index]}`);
        places += (check.takesPlace ? 1 : 0) - (check.freesPlace ? 1 : 0);
      }
      return places;
    };
    expect(held([S.SENT, S.ACCEPTED, S.IN_SERVICE])).toBe(1);
    expect(held([S.SENT, S.ACKNOWLEDGED, S.ACCEPTED, S.IN_SERVICE, S.COMPLETED])).toBe(0);
    expect(held([S.SENT, S.ACCEPTED, S.DECLINED])).toBe(0);
    expect(held([S.SENT, S.ACCEPTED, S.IN_SERVICE, S.WITHDRAWN])).toBe(0);
    expect(held([S.SENT, S.ACKNOWLEDGED, S.EXPIRED])).toBe(0);
  });
});
