import { describe, expect, it } from 'vitest';
import { latestVersions } from './latest-versions';

describe('latestVersions', () => {
  it('keeps the highest version of each questionnaire, in the given order', () => {
    const rows = [
      { id: 'b1', familyId: 'b', version: 1 },
      { id: 'a2', familyId: 'a', version: 2 },
      { id: 'a3', familyId: 'a', version: 3 },
      { id: 'a1', familyId: 'a', version: 1 },
    ];
    expect(latestVersions(rows).map((row) => row.id)).toEqual(['b1', 'a3']);
  });
});
