import { describe, expect, it } from 'vitest';
import { clampScore, explainMatch, formatPoints, isKnownReasonCode, scoreColor } from './match-display';

const reasons = [
  { code: 'NEED', message: '«قرض متناهي الصغر» من احتياجات المتقدم', contribution: 35 },
  { code: 'DISTRICT_BRANCH', message: 'لا يوجد فرع للجهة في مديرية المتقدم', contribution: 0 },
  { code: 'AMOUNT_FIT', message: 'ملاءمة المبلغ المطلوب لنطاق الخدمة: 95٪', contribution: 14.21 },
  { code: 'GOVERNORATE_MATCH', message: 'متاحة في محافظة المتقدم (حضرموت)', contribution: 10 },
  { code: 'CAPACITY_HEADROOM', message: '80 من 80 أماكن متاحة', contribution: 10 },
  { code: 'TRACK_RECORD', message: 'لا يوجد سجل كافٍ', contribution: 0 },
];

describe('explainMatch', () => {
  it('lists the parts of the score biggest first, keeping the API order for equal parts, with signed points', () => {
    const { contributions, exclusions } = explainMatch(reasons, 'ar');
    expect(exclusions).toEqual([]);
    expect(contributions.map((row) => [row.code, row.points, row.earned])).toEqual([
      ['NEED', '+35', true],
      ['AMOUNT_FIT', '+14.21', true],
      ['GOVERNORATE_MATCH', '+10', true],
      ['CAPACITY_HEADROOM', '+10', true],
      ['DISTRICT_BRANCH', '0', false],
      ['TRACK_RECORD', '0', false],
    ]);
    // The points shown add up to the score the API sends.
    expect(contributions.reduce((sum, row) => sum + row.contribution, 0)).toBeCloseTo(69.21, 2);
  });

  it('puts the hard rules of an ineligible service apart', () => {
    const { contributions, exclusions } = explainMatch(
      [
        { code: 'CATEGORY', message: 'الخدمة لا تشمل فئة «خريج جامعة»', contribution: 0 },
        { code: 'GENDER', message: 'الخدمة مخصصة لفئة: أنثى', contribution: 0 },
      ],
      'en',
    );
    expect(contributions).toEqual([]);
    expect(exclusions.map((reason) => reason.code)).toEqual(['CATEGORY', 'GENDER']);
  });

  it('keeps a code it does not know as a part of the score', () => {
    const { contributions } = explainMatch([{ code: 'NEW_RULE', message: 'x', contribution: 5 }], 'en');
    expect(contributions[0]).toMatchObject({ code: 'NEW_RULE', points: '+5' });
    expect(isKnownReasonCode('NEW_RULE')).toBe(false);
    expect(isKnownReasonCode('AMOUNT_FIT')).toBe(true);
  });
});

describe('formatPoints, clampScore and scoreColor', () => {
  it('writes Latin digits with the sign first in both languages', () => {
    expect(formatPoints(14.21, 'ar')).toBe('+14.21');
    expect(formatPoints(1234.5, 'ar')).toBe('+1,234.5');
    expect(formatPoints(-5, 'en')).toBe('−5');
    expect(formatPoints(0, 'en')).toBe('0');
  });

  it('keeps the bar within 0–100 and colours by fit', () => {
    expect(clampScore(120)).toBe(100);
    expect(clampScore(-3)).toBe(0);
    expect(clampScore(Number.NaN)).toBe(0);
    expect(scoreColor(69.21)).toBe('teal');
    expect(scoreColor(40)).toBe('yellow');
    expect(scoreColor(10)).toBe('orange');
    expect(scoreColor(90, false)).toBe('gray');
  });
});
