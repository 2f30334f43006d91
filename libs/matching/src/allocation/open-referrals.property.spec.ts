import fc from 'fast-check';
import { ServiceKind } from '@shuraka/domain';
import { allocate, buildAllocationInstance, withoutOpenKindPairs, blockingOpenReferral, type EligiblePair, type OpenReferralOfKind } from '.';

const KINDS = [ServiceKind.MICRO_LOAN, ServiceKind.SMALL_LOAN, ServiceKind.GRANT];

const problemArb = fc
  .record({ applicantCount: fc.integer({ min: 0, max: 12 }), serviceCount: fc.integer({ min: 1, max: 6 }) })
  .chain(({ applicantCount, serviceCount }) =>
    fc.record({
      applicantCount: fc.constant(applicantCount),
      serviceKinds: fc.array(fc.constantFrom(...KINDS), { minLength: serviceCount, maxLength: serviceCount }),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: serviceCount, maxLength: serviceCount }),
      cells: fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { freq: 3 }), { minLength: serviceCount, maxLength: serviceCount }), {
        minLength: applicantCount,
        maxLength: applicantCount,
      }),
      // Per applicant: the services (by index) they have an open referral to.
      open: fc.array(fc.subarray([...Array(serviceCount).keys()], { maxLength: Math.min(2, serviceCount) }), { minLength: applicantCount, maxLength: applicantCount }),
    }),
  );

describe('open referral of a kind (no double lending)', () => {
  it('is blocked only by another service of the same kind', () => {
    const open: OpenReferralOfKind[] = [{ referralId: 'r1', serviceId: 's1', kind: ServiceKind.MICRO_LOAN }];
    expect(blockingOpenReferral(open, { id: 's2', kind: ServiceKind.MICRO_LOAN })).toEqual(open[0]);
    expect(blockingOpenReferral(open, { id: 's1', kind: ServiceKind.MICRO_LOAN })).toBeNull();
    expect(blockingOpenReferral(open, { id: 's3', kind: ServiceKind.GRANT })).toBeNull();
  });

  it('never plans an applicant for a kind they have open elsewhere, keeps every other pair, and names who lost one', () => {
    fc.assert(
      fc.property(problemArb, ({ applicantCount, serviceKinds, capacities, cells, open }) => {
        const services = serviceKinds.map((kind, index) => ({ id: `s${index}`, kind }));
        const openOf = (applicant: number): OpenReferralOfKind[] =>
          open[applicant].map((service) => ({ referralId: `r${applicant}-${service}`, serviceId: services[service].id, kind: services[service].kind }));
        const pairs: EligiblePair[] = [];
        cells.forEach((row, applicant) => row.forEach((score, service) => score !== null && pairs.push({ applicant, service, score })));

        const filtered = withoutOpenKindPairs(pairs, services, openOf);
        const conflicting = (pair: EligiblePair) =>
          open[pair.applicant].some((s) => s !== pair.service && services[s].kind === services[pair.service].kind);
        expect(filtered.pairs).toEqual(pairs.filter((pair) => !conflicting(pair)));
        expect([...filtered.blocked].sort()).toEqual([...new Set(pairs.filter(conflicting).map((pair) => pair.applicant))].sort());

        const result = allocate(buildAllocationInstance({ applicantCount, capacities, pairs: filtered.pairs }));
        result.serviceOfApplicant.forEach((service, applicant) => {
          if (service < 0) return;
          expect(conflicting({ applicant, service, score: 0 })).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });
});
