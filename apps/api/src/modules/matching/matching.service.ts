import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MatchApplicant, MatchService, MatchWeights } from '@shuraka/matching';
import type { ServiceKind } from '@shuraka/domain';
import { trimAmount } from '../../common/amount';
import { ageOn, Clock } from '../../common/time/clock';
import type { ApplicantEntity } from '../applicants/applicant.entity';
import { readMatchServices, readWeights, type MatchServiceRow } from './match-data';

/**
 * Loads what the matching library needs from the database: services (with places taken, branches
 * and the partner's track record) and the consortium's weights. The rules themselves live in
 * libs/matching.
 */
@Injectable()
export class MatchingDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  toMatchApplicant(applicant: ApplicantEntity): MatchApplicant {
    return {
      category: applicant.category,
      gender: applicant.gender,
      age: applicant.birthDate ? ageOn(applicant.birthDate, this.clock.today()) : null,
      governorate: applicant.governorate,
      district: applicant.district,
      projectSize: applicant.projectSize,
      requestedAmount:
        applicant.requestedAmount !== null && applicant.requestedCurrency !== null
          ? { amount: trimAmount(applicant.requestedAmount), currency: applicant.requestedCurrency }
          : null,
      needs: applicant.needs as ServiceKind[],
      guaranteeOffered: applicant.guaranteeOffered,
    };
  }

  async weightsFor(consortiumId: string | null): Promise<MatchWeights> {
    const [weights] = await readWeights(this.dataSource, [consortiumId]);
    return weights;
  }

  /**
   * The organisations among `organizationIds` whose services an applicant of `consortiumId` may NOT
   * be sent to: the rule of `candidateServices` (members only; no consortium: every organisation).
   * The membership rows found are locked FOR SHARE, so a concurrent removal waits for the caller's
   * transaction instead of slipping between this check and the caller's write.
   */
  async outsideConsortium(manager: EntityManager, consortiumId: string | null, organizationIds: string[]): Promise<string[]> {
    if (!consortiumId) return [];
    const unique = [...new Set(organizationIds)];
    if (unique.length === 0) return [];
    const rows: Array<{ organization_id: string }> = await manager.query(
      `SELECT organization_id FROM consortium_member WHERE consortium_id = $1 AND organization_id = ANY($2::uuid[]) FOR SHARE`,
      [consortiumId, unique],
    );
    const members = new Set(rows.map((row) => row.organization_id));
    return unique.filter((id) => !members.has(id));
  }

  /** Services as matching ranks them (plain SQL shared with the cohort worker: match-data.ts). */
  toMatchServices(services: MatchServiceRow[]): Promise<MatchService[]> {
    return readMatchServices(this.dataSource, services);
  }
}
