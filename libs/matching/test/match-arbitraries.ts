import fc from 'fast-check';
import { ApplicantCategory, Gender, GuaranteeType, ProjectSize, ServiceKind } from '@shuraka/domain';
import type { MatchApplicant } from '../src/scoring/types';

/** Random applicants over a few governorates, districts and currencies (few values, so that they meet the services'). */
export function applicantArbitrary(values: {
  governorates: readonly string[];
  districts: ReadonlyArray<string | null>;
  currencies: readonly string[];
  amount: fc.Arbitrary<string>;
  /** fc.option's freq: 1 in `freq` applicants asks for no amount. */
  noAmountFreq?: number;
}): fc.Arbitrary<MatchApplicant> {
  return fc.record({
    category: fc.constantFrom(...Object.values(ApplicantCategory)),
    gender: fc.constantFrom(...Object.values(Gender)),
    age: fc.option(fc.integer({ min: 14, max: 70 })),
    governorate: fc.constantFrom(...values.governorates),
    district: fc.constantFrom(...values.districts),
    projectSize: fc.option(fc.constantFrom(...Object.values(ProjectSize))),
    requestedAmount: fc.option(fc.record({ amount: values.amount, currency: fc.constantFrom(...values.currencies) }), { freq: values.noAmountFreq }),
    needs: fc.uniqueArray(fc.constantFrom(...Object.values(ServiceKind)), { maxLength: 3 }),
    guaranteeOffered: fc.constantFrom(...Object.values(GuaranteeType)),
  });
}
