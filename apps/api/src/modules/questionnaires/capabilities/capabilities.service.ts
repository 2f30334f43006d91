import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecordType, currencyOfCountry, type GuaranteeType, type LocalizedText, type Money, type ServiceKind } from '@shuraka/domain';
import type { AuthUser } from '../../../common/auth/auth-user';
import { AppError } from '../../../common/errors/app-error';
import { Clock } from '../../../common/time/clock';
import { AuditService } from '../../audit/audit.service';
import { ConsortiumEntity } from '../../consortia/consortium.entity';
import { OrganizationEntity } from '../../organizations/organization.entity';
import type { CreateServiceInput, UpdateServiceInput } from '../../services/dto/service.inputs';
import { ServiceEntity } from '../../services/service.entity';
import { ServicesService } from '../../services/services.service';
import { QuestionnaireAssignmentEntity } from '../questionnaire-assignment.entity';
import { QuestionnaireEntity } from '../questionnaire.entity';
import type { AssignmentView } from '../questionnaire.type';
import { QuestionnairesService } from '../questionnaires.service';
import { capabilityDifference, fingerprintOf, type CapabilityDifference, type FieldChange, type ServiceChange } from './capability-difference';

export interface DifferenceView extends CapabilityDifference {
  view: AssignmentView;
  fingerprint: string;
}

/**
 * The capability difference of a submitted response and its application to the partner's services. Reviewing and
 * applying are for ADMIN and the consortium lead's staff (who manage its questionnaires); the services are written
 * through ServicesService's writers, so their rules and audit hold.
 */
@Injectable()
export class CapabilitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnairesService,
    private readonly services: ServicesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async difference(user: AuthUser, assignmentId: string): Promise<DifferenceView> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { assignment, questionnaire, consortium } = await this.questionnaires.assignmentToManage(manager, user, assignmentId);
      const computed = await this.compute(manager, assignment, questionnaire, consortium, false);
      return { ...computed, view: await this.questionnaires.assignmentView(manager, assignment, questionnaire, consortium) };
    });
  }

  /**
   * Applies the difference in one transaction: the assignment row is locked first, so concurrent applications
   * queue and the second one, recomputing, sees a different difference (CONFLICT) instead of applying twice.
   */
  async apply(user: AuthUser, assignmentId: string, expectedFingerprint: string): Promise<ServiceEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, questionnaire, consortium } = await this.questionnaires.assignmentToManage(manager, user, assignmentId, { lock: true });
      const { changes, fingerprint } = await this.compute(manager, assignment, questionnaire, consortium, true);
      if (fingerprint !== expectedFingerprint) {
        throw AppError.conflict('The capability difference changed since it was reviewed (new answers or service changes): review it again', {
          currentFingerprint: fingerprint,
        });
      }
      const written: ServiceEntity[] = [];
      for (const change of changes) {
        if (change.action === 'CREATE') {
          written.push(await this.services.createIn(manager, user.id, createInput(assignment.organizationId, change)));
        } else if (change.action === 'UPDATE') {
          written.push(await this.services.updateIn(manager, user.id, change.serviceId!, updateInput(change.fields)));
        }
      }
      const appliedAt = this.clock.now();
      await manager.update(QuestionnaireAssignmentEntity, { id: assignment.id }, { appliedAt });
      await this.audit.record(
        manager,
        user.id,
        AuditService.updated(AuditRecordType.QUESTIONNAIRE_ASSIGNMENT, assignment.id, { appliedAt: assignment.appliedAt }, { appliedAt, services: written.map((service) => service.id) }),
      );
      return written;
    });
  }

  private async compute(
    manager: EntityManager,
    assignment: QuestionnaireAssignmentEntity,
    questionnaire: QuestionnaireEntity,
    consortium: ConsortiumEntity,
    lock: boolean,
  ): Promise<CapabilityDifference & { fingerprint: string }> {
    if (!assignment.submittedAt) {
      throw AppError.conflict('Only a submitted response has a capability difference; this one is not submitted (or was reopened)');
    }
    const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: assignment.organizationId });
    const query = manager
      .getRepository(ServiceEntity)
      .createQueryBuilder('s')
      .where('s.organization_id = :organizationId', { organizationId: assignment.organizationId })
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (lock) query.setLock('pessimistic_write');
    const services = await query.getMany();
    const difference = capabilityDifference(questionnaire.definition, assignment.answers, services, {
      organizationGovernorates: organization.governorates,
      defaultCurrency: currencyOfCountry(consortium.country),
    });
    return { ...difference, fingerprint: fingerprintOf(difference.changes) };
  }
}

function after<T>(fields: FieldChange[], field: FieldChange['field']): T | undefined {
  const change = fields.find((candidate) => candidate.field === field);
  return change ? (change.after as T) : undefined;
}

function createInput(organizationId: string, change: ServiceChange): CreateServiceInput {
  const { fields } = change;
  const name = after<LocalizedText>(fields, 'name')!;
  return {
    organizationId,
    name: { ar: name.ar ?? undefined, en: name.en ?? undefined },
    kind: after<ServiceKind>(fields, 'kind')!,
    categories: after(fields, 'categories') ?? [],
    governorates: after(fields, 'governorates') ?? [],
    guaranteeRequired: after<GuaranteeType>(fields, 'guaranteeRequired')!,
    capacity: after<number>(fields, 'capacity')!,
    decisionDays: after<number | null>(fields, 'decisionDays') ?? null,
    minAmount: after<Money | null>(fields, 'minAmount') ?? null,
    maxAmount: after<Money | null>(fields, 'maxAmount') ?? null,
  } as CreateServiceInput;
}

function updateInput(fields: FieldChange[]): UpdateServiceInput {
  const input: Record<string, unknown> = {};
  for (const change of fields) {
    if (change.field === 'name') {
      const name = change.after as LocalizedText;
      input.name = { ar: name.ar ?? undefined, en: name.en ?? undefined };
    } else {
      input[change.field] = change.after;
    }
  }
  return input as UpdateServiceInput;
}
