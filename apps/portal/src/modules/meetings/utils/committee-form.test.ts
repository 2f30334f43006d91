import { describe, expect, it } from 'vitest';
import { committeeValuesToCreateInput, committeeValuesToUpdateInput, emptyCommitteeValues, validateCommitteeValues, type CommitteeFormValues } from './committee-form';

function values(overrides: Partial<CommitteeFormValues>): CommitteeFormValues {
  return { ...emptyCommitteeValues(), consortiumId: 'c1', name: { ar: 'لجنة دراسة المسودة', en: '' }, ...overrides };
}

describe('validateCommitteeValues', () => {
  it('asks for the consortium and a name', () => {
    expect(validateCommitteeValues(emptyCommitteeValues())).toEqual({ consortiumId: 'isNotEmpty', 'name.ar': 'atLeastOneLanguage' });
    expect(validateCommitteeValues(values({}))).toEqual({});
  });

  it('asks a temporary committee for its end date, and no committee ends before it starts', () => {
    expect(validateCommitteeValues(values({ kind: 'TEMPORARY' }))).toEqual({ endsOn: 'temporaryNeedsEnd' });
    expect(validateCommitteeValues(values({ kind: 'TEMPORARY', startsOn: '2018-01-22', endsOn: '2018-01-21' }))).toEqual({ endsOn: 'dateOrder' });
    expect(validateCommitteeValues(values({ kind: 'TEMPORARY', startsOn: '2018-01-22', endsOn: '2018-01-22' }))).toEqual({});
    expect(validateCommitteeValues(values({ kind: 'STANDING', startsOn: '2018-02-01', endsOn: '2018-01-01' }))).toEqual({ endsOn: 'dateOrder' });
  });
});

describe('committee inputs', () => {
  it('leaves unset dates and mandate out when creating, clears them with null when updating', () => {
    expect(committeeValuesToCreateInput(values({}))).toEqual({
      consortiumId: 'c1',
      name: { ar: 'لجنة دراسة المسودة', en: null },
      kind: 'STANDING',
      members: [],
    });
    expect(committeeValuesToUpdateInput(values({ kind: 'TEMPORARY', endsOn: '2018-03-31' }), 2)).toEqual({
      expectedVersion: 2,
      name: { ar: 'لجنة دراسة المسودة', en: null },
      kind: 'TEMPORARY',
      mandate: null,
      startsOn: null,
      endsOn: '2018-03-31',
      members: [],
    });
  });
});
