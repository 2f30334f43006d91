import { CommitteeKind } from '@shuraka/domain';
import { checkVersion, Problems, sent } from './meeting-rules';

describe('Problems', () => {
  it('accepts good values and returns them trimmed', () => {
    const problems = new Problems();
    expect(problems.time('startsAt', ' 09:30 ')).toBe('09:30');
    expect(problems.localized('title', { ar: ' اجتماع ', en: '' }, 300, true)).toEqual({ ar: 'اجتماع', en: null });
    expect(problems.percent('percent', 100)).toBe(100);
    problems.timesOrdered('09:00', '09:01');
    problems.committeeDates(CommitteeKind.TEMPORARY, '2017-12-31', '2017-12-31');
    expect(problems.list).toEqual([]);
    expect(() => problems.throwIfAny()).not.toThrow();
  });

  it('reports each problem on its field in both languages', () => {
    const problems = new Problems();
    problems.time('startsAt', '9:30');
    problems.time('endsAt', '24:00');
    problems.timesOrdered('10:00', '10:00');
    problems.percent('percent', 101);
    problems.percent('percent', -1);
    problems.committeeDates(CommitteeKind.TEMPORARY, null, null);
    problems.committeeDates(CommitteeKind.STANDING, '2018-01-02', '2018-01-01');
    problems.localized('title', { ar: ' ', en: null }, 300, true);
    problems.text('location', 'x'.repeat(301), 300);
    problems.date('heldOn', '2018-02-30');
    expect(problems.list.map((p) => `${p.field}:${p.constraint}`)).toEqual([
      'startsAt:isTime',
      'endsAt:isTime',
      'endsAt:isAfterStart',
      'percent:isPercent',
      'percent:isPercent',
      'endsOn:requiredForTemporary',
      'endsOn:notBeforeStart',
      'title:atLeastOneLanguage',
      'location:maxLength',
      'heldOn:isDate',
    ]);
    for (const problem of problems.list) {
      expect(problem.localized?.ar).toMatch(/[\u0600-\u06FF]/);
      expect(problem.localized?.en).toBe(problem.message);
    }
    expect(() => problems.throwIfAny()).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('numbers people from 1 and requires their names', () => {
    const problems = new Problems();
    expect(problems.people('attendees', [{ name: ' Ali ', title: ' Director ' }, { name: '' }])).toEqual([
      { position: 1, name: 'Ali', title: 'Director', organizationId: null, userId: null },
      { position: 2, name: '', title: null, organizationId: null, userId: null },
    ]);
    expect(problems.list.map((p) => p.field)).toEqual(['attendees.1.name']);
  });
});

describe('sent and checkVersion', () => {
  it('tells a field sent (even as null) from one left out', () => {
    const input: { a?: string | null; b?: string | null } = { a: null };
    expect(sent(input, 'a')).toBe(true);
    expect(sent(input, 'b')).toBe(false);
  });

  it('refuses only a different expected version', () => {
    expect(() => checkVersion('meeting', 3, 3)).not.toThrow();
    expect(() => checkVersion('meeting', 3, null)).not.toThrow();
    expect(() => checkVersion('meeting', 3, undefined)).not.toThrow();
    expect(() => checkVersion('meeting', 3, 2)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT', currentVersion: 3 }) }));
  });
});
