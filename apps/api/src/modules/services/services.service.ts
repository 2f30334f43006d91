import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecordType, compareAmounts, Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, type FieldError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page } from '../../common/graphql/pagination';
import { cleanLocalized, cleanLongText } from '../../common/validation/validators';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { CreateServiceInput, ServiceFieldsInput, ServicesArgs, UpdateServiceInput } from './dto/service.inputs';
import { ServiceEntity } from './service.entity';

const SERVICE_ORDER: KeysetOrder = {
  kind: 'services:created-asc',
  direction: 'ASC',
  keys: [{ sql: 's.created_at', type: 'timestamptz' }, { sql: 's.id', type: 'uuid' }],
  idColumn: 's_id',
};

/**
 * Services partners offer. ADMIN, coordinators, committee members and viewers see all of them;
 * partner staff see and edit only their own organisation's. A service another partner's staff
 * cannot see is NOT_FOUND to them, never FORBIDDEN (no existence leak).
 */
@Injectable()
export class ServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, args: ServicesArgs): Promise<Page<ServiceEntity>> {
    const filter = args.filter ?? {};
    const query = this.dataSource.getRepository(ServiceEntity).createQueryBuilder('s');
    if (user.role === Role.PARTNER_STAFF) query.andWhere('s.organization_id = :own', { own: user.organizationId });
    if (filter.organizationId) query.andWhere('s.organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter.kind) query.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.category) {
      query.andWhere("(s.categories = '{}' OR :category = ANY(s.categories))", { category: filter.category });
    }
    if (filter.governorate) query.andWhere(':governorate = ANY(s.governorates)', { governorate: filter.governorate });
    return this.paginator.page(query, SERVICE_ORDER, args);
  }

  async create(user: AuthUser, input: CreateServiceInput): Promise<ServiceEntity> {
    if (user.role !== Role.ADMIN && user.organizationId !== input.organizationId) {
      throw AppError.forbidden("Partner staff can add services only to their own organisation");
    }
    return this.dataSource.transaction((manager) => this.createIn(manager, user.id, input));
  }

  async update(user: AuthUser, id: string, input: UpdateServiceInput): Promise<ServiceEntity> {
    return this.dataSource.transaction((manager) =>
      this.updateIn(manager, user.id, id, input, (service) => {
        if (!canSeeService(user, service)) throw AppError.notFound('Service');
        if (user.role !== Role.ADMIN && user.organizationId !== service.organizationId) {
          throw AppError.forbidden("Only an administrator or the offering partner's staff can edit this service");
        }
      }),
    );
  }

  /**
   * The one writer of new services, in the caller's transaction (with its audit entry). The caller has decided
   * that `actorId` may add it: createService for the partner's own staff, applying a questionnaire's capability
   * difference for the consortium's lead.
   */
  async createIn(manager: EntityManager, actorId: string, input: CreateServiceInput): Promise<ServiceEntity> {
    const range = checkRanges(input, { minAge: null, maxAge: null, minAmount: null, maxAmount: null, currency: null });
    if (!(await manager.getRepository(OrganizationEntity).existsBy({ id: input.organizationId }))) {
      throw AppError.notFound('Organization', 'organizationId');
    }
    const name = cleanLocalized(input.name);
    const description = cleanLongText(input.description);
    const service = await manager.getRepository(ServiceEntity).save({
      organizationId: input.organizationId,
      nameAr: name.ar,
      nameEn: name.en,
      descriptionAr: description.ar,
      descriptionEn: description.en,
      kind: input.kind,
      categories: [...new Set(input.categories)],
      governorates: [...new Set(input.governorates)],
      projectSizes: [...new Set(input.projectSizes ?? [])],
      gender: input.gender ?? null,
      guaranteeRequired: input.guaranteeRequired,
      capacity: input.capacity,
      decisionDays: input.decisionDays ?? null,
      ...range,
    });
    await this.audit.record(manager, actorId, AuditService.created(AuditRecordType.SERVICE, service.id, service));
    return service;
  }

  /**
   * The one writer of service changes, in the caller's transaction: locks the row, lets `authorize` refuse, then
   * applies the fields given (with its audit entry).
   */
  async updateIn(
    manager: EntityManager,
    actorId: string,
    id: string,
    input: UpdateServiceInput,
    authorize: (service: ServiceEntity) => void = () => undefined,
  ): Promise<ServiceEntity> {
    const repository = manager.getRepository(ServiceEntity);
    const service = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!service) throw AppError.notFound('Service');
    authorize(service);
    const before = { ...service };
    Object.assign(service, checkRanges(input, service));
    if (input.name) {
      const name = cleanLocalized(input.name);
      service.nameAr = name.ar;
      service.nameEn = name.en;
    }
    if (input.description !== undefined) {
      const description = cleanLongText(input.description);
      service.descriptionAr = description.ar;
      service.descriptionEn = description.en;
    }
    if (input.kind) service.kind = input.kind;
    if (input.categories) service.categories = [...new Set(input.categories)];
    if (input.governorates) service.governorates = [...new Set(input.governorates)];
    if (input.projectSizes) service.projectSizes = [...new Set(input.projectSizes)];
    if (input.gender !== undefined) service.gender = input.gender ?? null;
    if (input.guaranteeRequired) service.guaranteeRequired = input.guaranteeRequired;
    if (input.decisionDays !== undefined) service.decisionDays = input.decisionDays ?? null;
    if (input.capacity !== undefined && input.capacity !== null) {
      if (input.capacity < service.capacityUsed) {
        throw AppError.conflict(
          `Capacity cannot go below the ${service.capacityUsed} places already taken by accepted referrals`,
          { fieldErrors: [{ field: 'capacity', message: `must be at least ${service.capacityUsed}`, constraint: 'min' }] },
        );
      }
      service.capacity = input.capacity;
    }
    const saved = await repository.save(service);
    await this.audit.record(manager, actorId, AuditService.updated(AuditRecordType.SERVICE, id, before, saved));
    return saved;
  }

  async get(user: AuthUser, id: string): Promise<ServiceEntity> {
    const service = await this.dataSource.getRepository(ServiceEntity).findOneBy({ id });
    if (!service || !canSeeService(user, service)) throw AppError.notFound('Service');
    return service;
  }
}

/** Partner staff see their own organisation's services only; other roles every service. */
export function canSeeService(user: AuthUser, service: ServiceEntity): boolean {
  return user.role !== Role.PARTNER_STAFF || user.organizationId === service.organizationId;
}

type Ranges = Pick<ServiceEntity, 'minAge' | 'maxAge' | 'minAmount' | 'maxAmount' | 'currency'>;

/** Merges the age and amount ranges of the input over the current ones and checks their order and currency. */
function checkRanges(input: ServiceFieldsInput, current: Ranges): Ranges {
  const pick = <T>(given: T | null | undefined, existing: T | null): T | null => (given === undefined ? existing : given);
  const minAge = pick(input.minAge, current.minAge);
  const maxAge = pick(input.maxAge, current.maxAge);
  const existingMin = current.minAmount === null ? null : { amount: current.minAmount, currency: current.currency! };
  const existingMax = current.maxAmount === null ? null : { amount: current.maxAmount, currency: current.currency! };
  const minAmount = pick(input.minAmount, existingMin);
  const maxAmount = pick(input.maxAmount, existingMax);
  const errors: FieldError[] = [];
  if (minAge !== null && maxAge !== null && minAge > maxAge) {
    errors.push({ field: 'maxAge', message: 'must not be below minAge', constraint: 'rangeOrder' });
  }
  if (minAmount && maxAmount) {
    if (minAmount.currency !== maxAmount.currency) {
      errors.push({ field: 'maxAmount.currency', message: 'must be the same currency as minAmount', constraint: 'sameCurrency' });
    } else if (compareAmounts(minAmount.amount, maxAmount.amount) > 0) {
      errors.push({ field: 'maxAmount.amount', message: 'must not be below minAmount', constraint: 'rangeOrder' });
    }
  }
  if (errors.length > 0) throw AppError.badInput(errors);
  return {
    minAge,
    maxAge,
    minAmount: minAmount?.amount ?? null,
    maxAmount: maxAmount?.amount ?? null,
    currency: minAmount?.currency ?? maxAmount?.currency ?? null,
  };
}
