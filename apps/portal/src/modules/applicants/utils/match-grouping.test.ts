import { describe, expect, it } from 'vitest';
import { fitWord, keepOrder, splitByNeeds, wholeScore } from './match-display';

const match = (id: string, meetsNeeds = true) => ({ service: { id }, meetsNeeds });

describe('plain-word scores', () => {
  it('says very good / good / possible, on whole numbers', () => {
    expect(fitWord(87.35)).toBe('veryGood');
    expect(fitWord(59.6)).toBe('veryGood');
    expect(fitWord(59.4)).toBe('good');
    expect(fitWord(35)).toBe('good');
    expect(fitWord(12)).toBe('possible');
    expect(wholeScore(71.49)).toBe(71);
    expect(wholeScore(140)).toBe(100);
    expect(wholeScore(Number.NaN)).toBe(0);
  });
});

describe('matches split by needs', () => {
  it('puts what was asked for apart from what was not, keeping the ranking in each', () => {
    const { meetsNeeds, others } = splitByNeeds([match('a'), match('b', false), match('c'), match('d', false)]);
    expect(meetsNeeds.map((m) => m.service.id)).toEqual(['a', 'c']);
    expect(others.map((m) => m.service.id)).toEqual(['b', 'd']);
  });
});

describe('cards stay in place', () => {
  it('keeps the order first shown when the ranking changes after a referral, appending new services', () => {
    const reranked = [match('c'), match('a'), match('new'), match('b')];
    expect(keepOrder(['a', 'b', 'c'], reranked).map((m) => m.service.id)).toEqual(['a', 'b', 'c', 'new']);
    expect(keepOrder([], reranked).map((m) => m.service.id)).toEqual(['c', 'a', 'new', 'b']);
  });
});
