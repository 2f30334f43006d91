import { describe, expect, it } from 'vitest';
import { boardOrder, completionPercent } from './board';

const assignment = (name: string, status: 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED', dueOn: string, overdue = false) => ({
  status,
  dueOn,
  overdue,
  organization: { name: { ar: name, en: null } },
});

describe('completion board', () => {
  it('rounds the share of submitted partners and survives an empty assignment list', () => {
    expect(completionPercent(1, 3)).toBe(33);
    expect(completionPercent(3, 3)).toBe(100);
    expect(completionPercent(0, 0)).toBe(0);
  });

  it('puts overdue partners first, then the unfinished by due date, submitted last', () => {
    const ordered = boardOrder([
      assignment('ب', 'SUBMITTED', '2026-01-01'),
      assignment('ج', 'DRAFT', '2026-03-01'),
      assignment('د', 'NOT_STARTED', '2026-02-01'),
      assignment('أ', 'DRAFT', '2025-12-01', true),
    ]);
    expect(ordered.map((item) => item.organization.name.ar)).toEqual(['أ', 'د', 'ج', 'ب']);
  });
});
