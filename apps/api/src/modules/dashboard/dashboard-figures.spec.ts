import { monthLabel, referralFigures, type ReferralGroupRow } from './dashboard-figures';

const row = (dimension: ReferralGroupRow['dimension'], key: string, figures: Partial<ReferralGroupRow> = {}): ReferralGroupRow => ({
  dimension,
  key,
  referrals: 0,
  accepted: 0,
  declined: 0,
  completed: 0,
  jobsCreated: 0,
  medianDays: null,
  amountDisbursed: [],
  nameAr: null,
  nameEn: null,
  ...figures,
});

describe('monthLabel', () => {
  it('names the month in Arabic and English', () => {
    expect(monthLabel('2026-01')).toEqual({ ar: 'يناير 2026', en: 'January 2026' });
    expect(monthLabel('2017-12')).toEqual({ ar: 'ديسمبر 2017', en: 'December 2017' });
  });
});

describe('referralFigures', () => {
  it('gives nulls, zeros and every status and category when there is no referral', () => {
    const figures = referralFigures([]);
    expect(figures).toMatchObject({ referralsTotal: 0, acceptanceRate: null, medianDaysToDecision: null, amountDisbursed: [], jobsCreated: 0 });
    expect(figures.referralsByStatus.map((status) => status.key)).toEqual([
      'SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED', 'WITHDRAWN', 'EXPIRED',
    ]);
    expect(figures.referralsByStatus.every((status) => status.count === 0)).toBe(true);
    expect(figures.referralsByCategory).toHaveLength(5);
  });

  it('rates acceptance over the decided ones, trims amounts, orders and labels the breakdowns', () => {
    const figures = referralFigures([
      row('TOTAL', '', { referrals: 6, accepted: 3, declined: 1, medianDays: 2.5, jobsCreated: 4, amountDisbursed: [{ currency: 'YER', amount: '1500.500' }] }),
      row('STATUS', 'DECLINED', { referrals: 1 }),
      row('GOVERNORATE', 'YE-AD', { referrals: 2 }),
      row('GOVERNORATE', 'YE-HD', { referrals: 4 }),
      row('GOVERNORATE', 'XX-00', { referrals: 2 }),
      row('PARTNER', 'a', { referrals: 3, nameAr: 'ب', nameEn: null }),
      row('PARTNER', 'b', { referrals: 3, nameAr: 'أ', nameEn: 'A' }),
      row('MONTH', '2026-02', { referrals: 1 }),
      row('MONTH', '2026-01', { referrals: 5 }),
    ]);
    expect(figures.acceptanceRate).toBe(0.75);
    expect(figures.medianDaysToDecision).toBe(2.5);
    expect(figures.amountDisbursed).toEqual([{ currency: 'YER', amount: '1500.5' }]);
    expect(figures.referralsByStatus.find((status) => status.key === 'DECLINED')?.count).toBe(1);
    // An unknown code has no label (sorts before the names), then عدن.
    expect(figures.byGovernorate.map((g) => [g.key, g.label?.en ?? null])).toEqual([
      ['YE-HD', 'Hadramout'],
      ['XX-00', null],
      ['YE-AD', 'Aden'],
    ]);
    // Ties by Arabic name.
    expect(figures.byPartner.map((p) => [p.key, p.label])).toEqual([
      ['b', { ar: 'أ', en: 'A' }],
      ['a', { ar: 'ب', en: null }],
    ]);
    expect(figures.byMonth.map((m) => m.key)).toEqual(['2026-01', '2026-02']);
  });
});
