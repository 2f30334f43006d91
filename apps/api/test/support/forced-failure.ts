import { uniqueTag } from '../factories';
import type { TestApp } from './test-app';

export const REGISTER = `mutation R($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`;

/** A valid registerApplicant input, with values unique to this call (so a log can be searched for them). */
export function registration() {
  return {
    fullName: `مسجل ${uniqueTag()} بن اختبار`,
    nationalId: `7${Math.floor(1e9 + Math.random() * 8e9)}`,
    category: 'UNIVERSITY_GRADUATE',
    gender: 'FEMALE',
    birthDate: '1999-03-14',
    governorate: 'YE-HD',
    district: 'المكلا',
    phone: `+967 77${Math.floor(1e6 + Math.random() * 8e6)}`,
    projectSize: 'MICRO',
    needs: ['MICRO_LOAN'],
    guaranteeOffered: 'GROUP',
    consentGiven: true,
  };
}

/**
 * Makes PostgreSQL reject an applicant with this name (a CHECK constraint, NOT VALID so that no
 * existing row is scanned) while `run` runs: an unexpected database error on demand.
 */
export async function failOnceFor(api: TestApp, fullName: string, run: (constraint: string) => Promise<void>): Promise<void> {
  const constraint = `probe_${uniqueTag().replace(/-/g, '')}`;
  await api.dataSource.query(`ALTER TABLE applicant ADD CONSTRAINT ${constraint} CHECK (full_name <> '${fullName.replace(/'/g, "''")}') NOT VALID`);
  try {
    await run(constraint);
  } finally {
    await api.dataSource.query(`ALTER TABLE applicant DROP CONSTRAINT ${constraint}`);
  }
}
