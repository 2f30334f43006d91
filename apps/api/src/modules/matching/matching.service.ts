import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DEFAULT_WEIGHTS, withState, type CatalogueService, type MatchApplicant, type MatchService, type MatchWeights, type TrackRecord } from '@shuraka/matching';
import type { ServiceKind } from '@shuraka/domain';
import { trimAmount } from '../../common/graphql/common.types';
import { ageOn, Clock } from '../../common/time/clock';
import type { ApplicantEntity } from '../applicants/applicant.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { BranchEntity } from '../organizations/branch.entity';
import { pendingReferralsByService } from '../referrals/referral-queries';
import { ServiceEntity } from '../services/service.entity';

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
    if (!consortiumId) return DEFAULT_WEIGHTS;
    const consortium = await this.dataSource.getRepository(ConsortiumEntity).findOneBy({ id: consortiumId });
    return consortium?.matchingWeights ?? DEFAULT_WEIGHTS;
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

  async toMatchServices(services: ServiceEntity[]): Promise<MatchService[]> {
    if (services.length === 0) return [];
    const organizationIds = [...new Set(services.map((service) => service.organizationId))];
    const [branches, pending, trackRecords] = await Promise.all([
      this.dataSource.getRepository(BranchEntity).find({ where: { organizationId: In(organizationIds) } }),
      pendingReferralsByService(this.dataSource, services.map((service) => service.id)),
      this.trackRecords(organizationIds),
    ]);
    const placesTaken = new Map(services.map((service) => [service.id, service.capacityUsed + (pending.get(service.id) ?? 0)]));
    return toCatalogueServices(services, branches).map((service) => withState(service, { placesTaken, trackRecords }));
  }

  /** Each partner's decided, accepted and completed referrals and its median days to a decision. */
  async trackRecords(organizationIds: string[]): Promise<Map<string, TrackRecord>> {
    const rows: TrackRecordRow[] = await this.dataSource.query(
      `SELECT organization_id, ${TRACK_RECORD_COLUMNS} FROM referral WHERE organization_id = ANY($1) GROUP BY organization_id`,
      [organizationIds],
    );
    return new Map(rows.map((row) => [row.organization_id, toTrackRecord(row)]));
  }
}

/** A partner's track record from its referrals, per `GROUP BY organization_id`. */
export const TRACK_RECORD_COLUMNS = `count(*) FILTER (WHERE decided_at IS NOT NULL)::int AS decided,
  count(*) FILTER (WHERE status IN ('ACCEPTED','IN_SERVICE','COMPLETED'))::int AS accepted,
  count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - created_at) / 86400) FILTER (WHERE decided_at IS NOT NULL) AS median_days`;

export interface TrackRecordRow {
  organization_id: string;
  decided: number;
  accepted: number;
  completed: number;
  median_days: number | null;
}

export function toTrackRecord(row: TrackRecordRow): TrackRecord {
  return {
    decided: row.decided,
    accepted: row.accepted,
    completed: row.completed,
    medianDaysToDecision: row.median_days === null ? null : Number(row.median_days),
  };
}

/** Services as matching reads them, with their partner's branches (places taken and track records come apart). */
export function toCatalogueServices(services: ServiceEntity[], branches: BranchEntity[]): CatalogueService[] {
  const branchesOf = new Map<string, Array<{ governorate: string; district: string | null }>>();
  for (const branch of branches) {
    const list = branchesOf.get(branch.organizationId) ?? [];
    list.push({ governorate: branch.governorate, district: branch.district });
    branchesOf.set(branch.organizationId, list);
  }
  return services.map((service) => ({
    id: service.id,
    partnerId: service.organizationId,
    kind: service.kind,
    categories: service.categories as MatchService['categories'],
    governorates: service.governorates,
    projectSizes: service.projectSizes as MatchService['projectSizes'],
    gender: service.gender,
    minAge: service.minAge,
    maxAge: service.maxAge,
    minAmount: service.minAmount === null ? null : trimAmount(service.minAmount),
    maxAmount: service.maxAmount === null ? null : trimAmount(service.maxAmount),
    currency: service.currency,
    guaranteeRequired: service.guaranteeRequired,
    capacity: service.capacity,
    branches: branchesOf.get(service.organizationId) ?? [],
  }));
}
