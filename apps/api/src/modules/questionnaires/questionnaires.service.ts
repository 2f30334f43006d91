import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditRecordType, MemberRole, Role, formatCalendarDate } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppError, type FieldError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page } from '../../common/graphql/pagination';
import { Clock, dayIn } from '../../common/time/clock';
import { cleanLocalized, cleanLongText } from '../../common/validation/validators';
import { AuditService } from '../audit/audit.service';
import { NotificationKind } from '../notifications/notification-kinds';
import { NotificationsService } from '../notifications/notifications.service';
import { QuestionnaireNotificationsService } from '../notifications/questionnaire-notifications.service';
import { ConsortiumMemberEntity } from '../consortia/consortium-member.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import type {
  AssignQuestionnaireInput,
  CreateQuestionnaireInput,
  FormTextInput,
  QuestionInput,
  QuestionnaireAssignmentsArgs,
  QuestionnairesArgs,
  ReopenQuestionnaireResponseInput,
  SaveQuestionnaireAnswersInput,
  UpdateQuestionnaireInput,
} from './dto/questionnaire.inputs';
import { evaluateForm, INPUT_TYPES, validateForm, type AnswerIssue, type AnswerSet, type AnswerValue, type FormDefinition, type FormQuestion } from '@shuraka/xlsform';
import { QuestionnaireAssignmentEntity } from './questionnaire-assignment.entity';
import { QuestionnaireEntity } from './questionnaire.entity';
import { answerList, AssignmentStatus, type AssignmentView } from './questionnaire.type';

const QUESTIONNAIRE_ORDER: KeysetOrder = {
  kind: 'questionnaires:created-desc',
  direction: 'DESC',
  keys: [{ sql: 'q.created_at', type: 'timestamptz' }, { sql: 'q.id', type: 'uuid' }],
  idColumn: 'q_id',
};

const ASSIGNMENT_ORDER: KeysetOrder = {
  kind: 'questionnaire-assignments:created-asc',
  direction: 'ASC',
  keys: [{ sql: 'a.created_at', type: 'timestamptz' }, { sql: 'a.id', type: 'uuid' }],
  idColumn: 'a_id',
};

/** A questionnaire version with the highest version number of its family. */
export interface QuestionnaireView {
  questionnaire: QuestionnaireEntity;
  latestVersion: number;
}

export interface CompletionView {
  /** The version itself, so that callers (the responses export) need not load it again. */
  questionnaire: QuestionnaireEntity;
  assigned: number;
  submitted: number;
  drafts: number;
  pendingIds: string[];
  overdueIds: string[];
  assignments: AssignmentView[];
}

/** What a user may do with the questionnaires of the consortia their organisation belongs to. */
interface Reach {
  /** ADMIN: everything. */
  all: boolean;
  /** Consortia whose questionnaires (drafts included), completion and responses the user reads. */
  full: string[];
  /** Consortia the user manages (ADMIN, the lead's PARTNER_STAFF). */
  manage: string[];
  /** Consortia whose published questionnaires the user reads. */
  published: string[];
}

/**
 * Questionnaires of a consortium, their versions, their assignment to partners and the partners'
 * answers. The lead organisation's PARTNER_STAFF (and ADMIN) write questionnaires, assign them and
 * reopen submissions; COMMITTEE_MEMBERs of member organisations read everything of the consortium;
 * other members' staff read its published questionnaires; an assigned partner's PARTNER_STAFF read
 * and answer their own assignment. What a user may not see is NOT_FOUND, never FORBIDDEN.
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly questionnaireNotifications: QuestionnaireNotificationsService,
  ) {}

  // ---- questionnaires ----

  async list(user: AuthUser, args: QuestionnairesArgs): Promise<Page<QuestionnaireView>> {
    const filter = args.filter ?? {};
    const reach = await this.reach(this.dataSource.manager, user);
    const query = this.dataSource.getRepository(QuestionnaireEntity).createQueryBuilder('q');
    if (!reach.all) {
      query.andWhere('(q.consortium_id = ANY(:full::uuid[]) OR (q.published_at IS NOT NULL AND q.consortium_id = ANY(:published::uuid[])))', {
        full: reach.full,
        published: reach.published,
      });
    }
    if (filter.consortiumId) query.andWhere('q.consortium_id = :consortiumId', { consortiumId: filter.consortiumId });
    if (filter.familyId) query.andWhere('q.family_id = :familyId', { familyId: filter.familyId });
    if (filter.published !== undefined && filter.published !== null) {
      query.andWhere(filter.published ? 'q.published_at IS NOT NULL' : 'q.published_at IS NULL');
    }
    const page = await this.paginator.page(query, QUESTIONNAIRE_ORDER, args);
    const latest = await this.latestVersions(
      this.dataSource.manager,
      page.edges.map((edge) => edge.node.familyId),
    );
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: { questionnaire: edge.node, latestVersion: latest.get(edge.node.familyId) ?? edge.node.version } })),
    };
  }

  async get(user: AuthUser, id: string): Promise<QuestionnaireView> {
    const manager = this.dataSource.manager;
    const questionnaire = await manager.getRepository(QuestionnaireEntity).findOneBy({ id });
    if (!questionnaire || !(await this.canRead(manager, user, questionnaire))) throw AppError.notFound('Questionnaire');
    return this.view(manager, questionnaire);
  }

  async create(user: AuthUser, input: CreateQuestionnaireInput): Promise<QuestionnaireView> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireManager(manager, user, input.consortiumId, 'consortiumId');
      const title = cleanLocalized(input.title);
      const definition = checkedDefinition({
        title,
        formId: input.formId?.trim() || null,
        version: null,
        defaultLanguage: input.defaultLanguage ?? null,
        questions: input.questions.map(toFormQuestion),
      });
      const id = randomUUID();
      const questionnaire = await manager.getRepository(QuestionnaireEntity).save({
        id,
        familyId: id,
        version: 1,
        consortiumId: input.consortiumId,
        titleAr: title.ar,
        titleEn: title.en,
        definition,
        publishedAt: null,
        createdById: user.id,
      });
      await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.QUESTIONNAIRE, id, auditable(questionnaire)));
      return { questionnaire, latestVersion: 1 };
    });
  }

  async update(user: AuthUser, input: UpdateQuestionnaireInput): Promise<QuestionnaireView> {
    return this.dataSource.transaction(async (manager) => {
      const questionnaire = await this.lockForEdit(manager, user, input.id);
      if (questionnaire.publishedAt) {
        throw AppError.conflict('A published questionnaire cannot change; create a new version (createQuestionnaireVersion) and edit that');
      }
      const before = auditable(questionnaire);
      const title = cleanLocalized(input.title);
      questionnaire.titleAr = title.ar;
      questionnaire.titleEn = title.en;
      questionnaire.definition = checkedDefinition({ ...questionnaire.definition, title, questions: input.questions.map(toFormQuestion) });
      const saved = await manager.getRepository(QuestionnaireEntity).save(questionnaire);
      await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.QUESTIONNAIRE, saved.id, before, auditable(saved)));
      return this.view(manager, saved);
    });
  }

  async publish(user: AuthUser, id: string): Promise<QuestionnaireView> {
    return this.dataSource.transaction(async (manager) => {
      const questionnaire = await this.lockForEdit(manager, user, id);
      if (questionnaire.publishedAt) throw AppError.conflict('This questionnaire version is already published');
      if (!questionnaire.definition.questions.some((question) => INPUT_TYPES.includes(question.type))) {
        throw AppError.field('id', 'a questionnaire without a question to answer cannot be published', 'hasQuestions');
      }
      questionnaire.publishedAt = this.clock.now();
      const saved = await manager.getRepository(QuestionnaireEntity).save(questionnaire);
      await this.audit.record(
        manager,
        user.id,
        AuditService.updated(AuditRecordType.QUESTIONNAIRE, id, { publishedAt: null }, { publishedAt: saved.publishedAt }),
      );
      return this.view(manager, saved);
    });
  }

  /** A draft copy of a published version, numbered after the family's highest version. */
  async createVersion(user: AuthUser, id: string): Promise<QuestionnaireView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const source = await this.lockForEdit(manager, user, id);
        if (!source.publishedAt) throw AppError.conflict('This version is still a draft: edit it instead of creating a new version');
        const family = await manager
          .getRepository(QuestionnaireEntity)
          .createQueryBuilder('q')
          .setLock('pessimistic_write')
          .where('q.family_id = :familyId', { familyId: source.familyId })
          .getMany();
        const draft = family.find((version) => !version.publishedAt);
        if (draft) throw AppError.conflict(`Version ${draft.version} of this questionnaire is already a draft: edit it`, { draftId: draft.id });
        const version = Math.max(...family.map((row) => row.version)) + 1;
        const copy = await manager.getRepository(QuestionnaireEntity).save({
          familyId: source.familyId,
          version,
          consortiumId: source.consortiumId,
          titleAr: source.titleAr,
          titleEn: source.titleEn,
          definition: source.definition,
          publishedAt: null,
          createdById: user.id,
        });
        await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.QUESTIONNAIRE, copy.id, auditable(copy)));
        return { questionnaire: copy, latestVersion: version };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'questionnaire_family_version')) {
        throw AppError.conflict('Another new version of this questionnaire was created at the same time');
      }
      throw error;
    }
  }

  /**
   * Stores an imported form (XLSForm): a new questionnaire, or, with `questionnaireId`, the next version of that
   * one's family. A family whose newest version is still a draft gets that draft replaced (it is editable); otherwise
   * a new draft numbered after the newest is created. One transaction, checked like a form written in the editor.
   */
  async saveImported(user: AuthUser, consortiumId: string, form: FormDefinition, questionnaireId?: string | null): Promise<QuestionnaireView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const definition = checkedDefinition(form);
        const title = cleanLongText(form.title);
        if (!questionnaireId) {
          await this.requireManager(manager, user, consortiumId, 'consortiumId');
          const id = randomUUID();
          const questionnaire = await manager.getRepository(QuestionnaireEntity).save({
            id, familyId: id, version: 1, consortiumId, titleAr: title.ar, titleEn: title.en, definition, publishedAt: null, createdById: user.id,
          });
          await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.QUESTIONNAIRE, id, auditable(questionnaire)));
          return { questionnaire, latestVersion: 1 };
        }
        const source = await manager.getRepository(QuestionnaireEntity).findOneBy({ id: questionnaireId });
        const reach = await this.reach(manager, user);
        if (!source || !(await this.canRead(manager, user, source, reach))) throw AppError.notFound('Questionnaire', 'questionnaireId');
        if (source.consortiumId !== consortiumId) {
          throw AppError.field('questionnaireId', 'belongs to another consortium than consortiumId', 'sameConsortium');
        }
        mayManage(reach, consortiumId);
        const family = await manager
          .getRepository(QuestionnaireEntity)
          .createQueryBuilder('q')
          .setLock('pessimistic_write')
          .where('q.family_id = :familyId', { familyId: source.familyId })
          .orderBy('q.version', 'DESC')
          .getMany();
        const newest = family[0];
        if (!newest.publishedAt) {
          const before = auditable(newest);
          Object.assign(newest, { titleAr: title.ar, titleEn: title.en, definition });
          const saved = await manager.getRepository(QuestionnaireEntity).save(newest);
          await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.QUESTIONNAIRE, saved.id, before, auditable(saved)));
          return { questionnaire: saved, latestVersion: saved.version };
        }
        const copy = await manager.getRepository(QuestionnaireEntity).save({
          familyId: source.familyId, version: newest.version + 1, consortiumId, titleAr: title.ar, titleEn: title.en, definition,
          publishedAt: null, createdById: user.id,
        });
        await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.QUESTIONNAIRE, copy.id, auditable(copy)));
        return { questionnaire: copy, latestVersion: copy.version };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'questionnaire_family_version')) {
        throw AppError.conflict('Another new version of this questionnaire was created at the same time');
      }
      throw error;
    }
  }

  // ---- assignments ----

  /**
   * Assigns a published version to members of its consortium (or all of them but the lead). An
   * organisation already assigned this version gets the new due date, unless it has submitted.
   */
  async assign(user: AuthUser, input: AssignQuestionnaireInput): Promise<AssignmentView[]> {
    return this.dataSource.transaction(async (manager) => {
      // Locking the version serialises assignments of it: each partner's row is created (and announced) once.
      const questionnaire = await manager
        .getRepository(QuestionnaireEntity)
        .findOne({ where: { id: input.questionnaireId }, lock: { mode: 'pessimistic_write' } });
      const reach = await this.reach(manager, user);
      if (!questionnaire || !(await this.canRead(manager, user, questionnaire, reach))) throw AppError.notFound('Questionnaire', 'questionnaireId');
      mayManage(reach, questionnaire.consortiumId);
      const consortium = await manager.getRepository(ConsortiumEntity).findOneByOrFail({ id: questionnaire.consortiumId });
      if (!questionnaire.publishedAt) throw AppError.conflict('Only a published questionnaire can be assigned; publish it first');
      const today = dayIn(consortium.timeZone, this.clock.now());
      if (input.dueOn < today) {
        throw AppError.field('dueOn', `must not be before today (${today} in the consortium's time zone ${consortium.timeZone})`, 'notInPast');
      }
      const members = await manager.getRepository(ConsortiumMemberEntity).findBy({ consortiumId: consortium.id });
      const memberIds = new Set(members.map((member) => member.organizationId));
      const errors: FieldError[] = [];
      input.organizationIds.forEach((organizationId, index) => {
        if (!memberIds.has(organizationId)) {
          errors.push({ field: `organizationIds.${index}`, message: 'is not a member of the questionnaire’s consortium', constraint: 'isMember' });
        }
      });
      if (errors.length > 0) throw AppError.badInput(errors);
      const chosen = new Set(input.organizationIds);
      if (input.allMembers) members.filter((member) => member.role !== MemberRole.LEAD).forEach((member) => chosen.add(member.organizationId));
      if (chosen.size === 0) throw AppError.field('organizationIds', 'name at least one member organisation, or set allMembers', 'arrayNotEmpty');

      const ids = [...chosen];
      const repository = manager.getRepository(QuestionnaireAssignmentEntity);
      const existing = await repository
        .createQueryBuilder('a')
        .where('a.questionnaire_id = :questionnaireId AND a.organization_id = ANY(:ids::uuid[])', { questionnaireId: questionnaire.id, ids })
        .getMany();
      const before = new Map(existing.map((row) => [row.organizationId, row.dueOn]));
      // A submission keeps its due date.
      await manager.query(
        `INSERT INTO questionnaire_assignment (questionnaire_id, organization_id, due_on)
         SELECT $1, organization_id, $2::date FROM unnest($3::uuid[]) AS chosen(organization_id)
         ON CONFLICT (questionnaire_id, organization_id) DO UPDATE SET due_on = EXCLUDED.due_on, updated_at = now()
           WHERE questionnaire_assignment.submitted_at IS NULL AND questionnaire_assignment.due_on <> EXCLUDED.due_on`,
        [questionnaire.id, input.dueOn, ids],
      );
      const rows = await repository.find({ where: { questionnaireId: questionnaire.id, organizationId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
      const entries = rows.flatMap((row) => {
        if (!before.has(row.organizationId)) {
          return [AuditService.created(AuditRecordType.QUESTIONNAIRE_ASSIGNMENT, row.id, { questionnaireId: row.questionnaireId, organizationId: row.organizationId, dueOn: row.dueOn })];
        }
        const was = before.get(row.organizationId)!;
        return was === row.dueOn ? [] : [AuditService.updated(AuditRecordType.QUESTIONNAIRE_ASSIGNMENT, row.id, { dueOn: was }, { dueOn: row.dueOn })];
      });
      await this.audit.record(manager, user.id, entries);
      const changed = rows.filter((row) => before.get(row.organizationId) !== row.dueOn);
      const staff = await this.partnerStaff(manager, changed.map((row) => row.organizationId));
      for (const row of changed) {
        await this.notifications.notify(manager, {
          dedupeKey: `questionnaire:${row.id}:${row.dueOn}:assigned`,
          userIds: staff.get(row.organizationId) ?? [],
          kind: NotificationKind.QUESTIONNAIRE_ASSIGNED,
          title: { ar: `استبيان جديد: ${questionnaire.titleAr ?? questionnaire.titleEn}`, en: `New questionnaire: ${questionnaire.titleEn ?? questionnaire.titleAr}` },
          body: { ar: `يرجى تعبئته قبل ${formatCalendarDate(row.dueOn, 'ar')}`, en: `Please fill it in by ${formatCalendarDate(row.dueOn, 'en')}` },
          link: `/assignments/${row.id}`,
          email: true,
        });
      }
      const latestVersion = (await this.latestVersions(manager, [questionnaire.familyId])).get(questionnaire.familyId) ?? questionnaire.version;
      return rows.map((assignment) => ({ assignment, questionnaire, latestVersion, today }));
    });
  }

  async getAssignment(user: AuthUser, id: string): Promise<AssignmentView> {
    const manager = this.dataSource.manager;
    const assignment = await manager.getRepository(QuestionnaireAssignmentEntity).findOneBy({ id });
    if (!assignment) throw AppError.notFound('Questionnaire assignment');
    const { questionnaire, consortium } = await this.parentsOf(manager, assignment);
    if (!(await this.canReadAssignment(manager, user, assignment, questionnaire))) throw AppError.notFound('Questionnaire assignment');
    return this.assignmentView(manager, assignment, questionnaire, consortium);
  }

  async listAssignments(user: AuthUser, args: QuestionnaireAssignmentsArgs): Promise<Page<AssignmentView>> {
    const filter = args.filter ?? {};
    const reach = await this.reach(this.dataSource.manager, user);
    const query = this.dataSource
      .getRepository(QuestionnaireAssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(QuestionnaireEntity, 'q', 'q.id = a.questionnaire_id');
    if (!reach.all) {
      const own = user.role === Role.PARTNER_STAFF ? user.organizationId : null;
      query.andWhere('(q.consortium_id = ANY(:full::uuid[]) OR a.organization_id = :own)', { full: reach.full, own });
    }
    if (filter.questionnaireId) query.andWhere('a.questionnaire_id = :questionnaireId', { questionnaireId: filter.questionnaireId });
    if (filter.organizationId) query.andWhere('a.organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter.status) statusCondition(query, filter.status);
    const page = await this.paginator.page(query, ASSIGNMENT_ORDER, args);
    const views = await this.assignmentViews(this.dataSource.manager, page.edges.map((edge) => edge.node));
    return { ...page, edges: page.edges.map((edge, index) => ({ ...edge, node: views[index] })) };
  }

  /**
   * Merges answers by question into the draft, evaluates the form (normalising, dropping answers of
   * irrelevant questions, filling in calculations) and stores the result as the next revision. The
   * row lock serialises concurrent saves; `expectedRevision` catches a save based on stale answers.
   */
  async saveAnswers(user: AuthUser, input: SaveQuestionnaireAnswersInput): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, questionnaire, consortium } = await this.lockForAnswering(manager, user, input.assignmentId);
      if (assignment.submittedAt) {
        throw AppError.conflict('This response is submitted and locked; the consortium lead can reopen it', { currentRevision: assignment.revision });
      }
      if (input.expectedRevision !== undefined && input.expectedRevision !== null && input.expectedRevision !== assignment.revision) {
        throw AppError.conflict(
          `Someone else saved these answers since you loaded them (revision ${assignment.revision}, you had ${input.expectedRevision}); review their answers and save again`,
          { currentRevision: assignment.revision, currentAnswers: answerList(assignment.answers, questionnaire.definition.questions) },
        );
      }
      const merged: AnswerSet = { ...assignment.answers };
      for (const answer of input.answers) {
        if (answer.value === null || answer.value === undefined) delete merged[answer.question];
        else merged[answer.question] = answer.value as AnswerValue;
      }
      const today = dayIn(consortium.timeZone, this.clock.now());
      const state = evaluateForm(questionnaire.definition, merged, { today });
      if (state.issues.length > 0) throw answersRefused(state.issues, 'Some answers are not valid');
      const before = { revision: assignment.revision, ...auditedAnswers(assignment.answers) };
      assignment.answers = state.answers;
      assignment.revision += 1;
      assignment.lastSavedById = user.id;
      assignment.lastSavedAt = this.clock.now();
      const saved = await manager.getRepository(QuestionnaireAssignmentEntity).save(assignment);
      await this.audit.record(
        manager,
        user.id,
        AuditService.updated(AuditRecordType.QUESTIONNAIRE_ASSIGNMENT, saved.id, before, {
          revision: saved.revision,
          ...auditedAnswers(saved.answers),
        }),
      );
      return this.assignmentView(manager, saved, questionnaire, consortium);
    });
  }

  /** Locks the response once every relevant required question is answered. */
  async submit(user: AuthUser, assignmentId: string): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, questionnaire, consortium } = await this.lockForAnswering(manager, user, assignmentId);
      if (assignment.submittedAt) throw AppError.conflict('This response is already submitted');
      const state = evaluateForm(questionnaire.definition, assignment.answers, { today: dayIn(consortium.timeZone, this.clock.now()) });
      if (state.issues.length > 0) throw answersRefused(state.issues, 'Some saved answers are no longer valid');
      if (state.missing.length > 0) throw answersRefused(state.missing, `${state.missing.length} required question(s) are not answered`);
      assignment.answers = state.answers;
      assignment.revision += 1;
      assignment.submittedAt = this.clock.now();
      assignment.submittedById = user.id;
      const saved = await manager.getRepository(QuestionnaireAssignmentEntity).save(assignment);
      await this.audit.record(
        manager,
        user.id,
        AuditService.updated(AuditRecordType.QUESTIONNAIRE_ASSIGNMENT, saved.id, { submittedAt: null }, { submittedAt: saved.submittedAt, revision: saved.revision }),
      );
      return this.assignmentView(manager, saved, questionnaire, consortium);
    });
  }

  /** Unlocks a submission for the partner to change, with a reason they see (ADMIN or the lead's staff). */
  async reopen(user: AuthUser, input: ReopenQuestionnaireResponseInput): Promise<AssignmentView> {
    const reason = input.reason.trim();
    if (!reason) throw AppError.field('reason', 'say why the response is reopened', 'isNotEmpty');
    return this.dataSource.transaction(async (manager) => {
      const { assignment, questionnaire, consortium } = await this.assignmentToManage(manager, user, input.assignmentId, { lock: true, field: 'assignmentId' });
      if (!assignment.submittedAt) throw AppError.conflict('This response is not submitted; there is nothing to reopen');
      const before = { submittedAt: assignment.submittedAt, reopenedAt: assignment.reopenedAt, reopenReason: assignment.reopenReason };
      assignment.submittedAt = null;
      assignment.submittedById = null;
      assignment.reopenedAt = this.clock.now();
      assignment.reopenReason = reason;
      assignment.revision += 1;
      const saved = await manager.getRepository(QuestionnaireAssignmentEntity).save(assignment);
      await this.audit.record(
        manager,
        user.id,
        AuditService.updated(AuditRecordType.QUESTIONNAIRE_ASSIGNMENT, saved.id, before, {
          submittedAt: null,
          reopenedAt: saved.reopenedAt,
          reopenReason: saved.reopenReason,
        }),
      );
      await this.notifications.notify(manager, {
        dedupeKey: `questionnaire:${saved.id}:reopened:${saved.reopenedAt!.toISOString()}`,
        userIds: (await this.partnerStaff(manager, [saved.organizationId])).get(saved.organizationId) ?? [],
        kind: NotificationKind.QUESTIONNAIRE_REOPENED,
        title: { ar: `أعيد فتح إجابتكم: ${questionnaire.titleAr ?? questionnaire.titleEn}`, en: `Your response was reopened: ${questionnaire.titleEn ?? questionnaire.titleAr}` },
        body: { ar: reason, en: reason },
        link: `/assignments/${saved.id}`,
        email: true,
      });
      return this.assignmentView(manager, saved, questionnaire, consortium);
    });
  }

  /** Who has answered one version: counts by the consortium's calendar, and every assignment. */
  async completion(user: AuthUser, questionnaireId: string): Promise<CompletionView> {
    const manager = this.dataSource.manager;
    const questionnaire = await manager.getRepository(QuestionnaireEntity).findOneBy({ id: questionnaireId });
    const reach = await this.reach(manager, user);
    if (!questionnaire || !(await this.canRead(manager, user, questionnaire, reach))) throw AppError.notFound('Questionnaire');
    if (!reach.all && !reach.full.includes(questionnaire.consortiumId)) {
      throw AppError.forbidden("Only the consortium's lead, committee members and administrators follow its questionnaires");
    }
    const consortium = await manager.getRepository(ConsortiumEntity).findOneByOrFail({ id: questionnaire.consortiumId });
    const today = dayIn(consortium.timeZone, this.clock.now());
    const rows = await manager
      .getRepository(QuestionnaireAssignmentEntity)
      .find({ where: { questionnaireId }, order: { dueOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const latestVersion = (await this.latestVersions(manager, [questionnaire.familyId])).get(questionnaire.familyId) ?? questionnaire.version;
    const pending = rows.filter((row) => !row.submittedAt);
    return {
      questionnaire,
      assigned: rows.length,
      submitted: rows.length - pending.length,
      drafts: pending.filter((row) => row.revision > 0).length,
      pendingIds: pending.map((row) => row.organizationId),
      overdueIds: pending.filter((row) => row.dueOn < today).map((row) => row.organizationId),
      assignments: rows.map((assignment) => ({ assignment, questionnaire, latestVersion, today })),
    };
  }

  // ---- authorization ----

  private async reach(manager: EntityManager, user: AuthUser): Promise<Reach> {
    if (user.role === Role.ADMIN) return { all: true, full: [], manage: [], published: [] };
    if (!user.organizationId) return { all: false, full: [], manage: [], published: [] };
    const memberships = await manager.getRepository(ConsortiumMemberEntity).findBy({ organizationId: user.organizationId });
    const manage = user.role === Role.PARTNER_STAFF ? memberships.filter((m) => m.role === MemberRole.LEAD).map((m) => m.consortiumId) : [];
    const full = user.role === Role.COMMITTEE_MEMBER ? memberships.map((m) => m.consortiumId) : manage;
    return { all: false, full, manage, published: memberships.map((m) => m.consortiumId) };
  }

  /** `reach`, when the caller has it already, saves loading the user's memberships again. */
  private async canRead(manager: EntityManager, user: AuthUser, questionnaire: QuestionnaireEntity, reach?: Reach): Promise<boolean> {
    reach ??= await this.reach(manager, user);
    if (reach.all || reach.full.includes(questionnaire.consortiumId)) return true;
    if (questionnaire.publishedAt && reach.published.includes(questionnaire.consortiumId)) return true;
    // An assigned partner keeps reading the version it was given, even after leaving the consortium.
    return (
      user.role === Role.PARTNER_STAFF &&
      !!user.organizationId &&
      (await manager.getRepository(QuestionnaireAssignmentEntity).existsBy({ questionnaireId: questionnaire.id, organizationId: user.organizationId }))
    );
  }

  private async canReadAssignment(
    manager: EntityManager,
    user: AuthUser,
    assignment: QuestionnaireAssignmentEntity,
    questionnaire: QuestionnaireEntity,
    reach?: Reach,
  ): Promise<boolean> {
    if (user.role === Role.PARTNER_STAFF && user.organizationId === assignment.organizationId) return true;
    reach ??= await this.reach(manager, user);
    return reach.all || reach.full.includes(questionnaire.consortiumId);
  }

  /** The consortium, when the user may manage its questionnaires (ADMIN, the lead's PARTNER_STAFF). */
  async requireManager(manager: EntityManager, user: AuthUser, consortiumId: string, field?: string): Promise<ConsortiumEntity> {
    const consortium = await manager.getRepository(ConsortiumEntity).findOneBy({ id: consortiumId });
    if (!consortium) throw AppError.notFound('Consortium', field);
    mayManage(await this.reach(manager, user), consortiumId);
    return consortium;
  }

  /**
   * An assignment with its version and consortium, for ADMIN and the lead's staff (reopen, capability difference):
   * NOT_FOUND when the user may not see it, FORBIDDEN when they see it but do not manage the consortium.
   */
  async assignmentToManage(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    options: { lock?: boolean; field?: string } = {},
  ): Promise<{ assignment: QuestionnaireAssignmentEntity; questionnaire: QuestionnaireEntity; consortium: ConsortiumEntity }> {
    const assignment = await manager
      .getRepository(QuestionnaireAssignmentEntity)
      .findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!assignment) throw AppError.notFound('Questionnaire assignment', options.field);
    const { questionnaire, consortium } = await this.parentsOf(manager, assignment);
    const reach = await this.reach(manager, user);
    if (!(await this.canReadAssignment(manager, user, assignment, questionnaire, reach))) throw AppError.notFound('Questionnaire assignment', options.field);
    mayManage(reach, questionnaire.consortiumId);
    return { assignment, questionnaire, consortium };
  }

  /** Remind now (ADMIN, the lead's staff): the pending organisations, each at most once per consortium day. */
  async remindAssignees(user: AuthUser, questionnaireId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const questionnaire = await manager.getRepository(QuestionnaireEntity).findOneBy({ id: questionnaireId });
      const reach = await this.reach(manager, user);
      if (!questionnaire || !(await this.canRead(manager, user, questionnaire, reach))) throw AppError.notFound('Questionnaire', 'questionnaireId');
      mayManage(reach, questionnaire.consortiumId);
      const consortium = await manager.getRepository(ConsortiumEntity).findOneByOrFail({ id: questionnaire.consortiumId });
      return this.questionnaireNotifications.remindPending(manager, questionnaire.id, dayIn(consortium.timeZone, this.clock.now()));
    });
  }

  private async lockForEdit(manager: EntityManager, user: AuthUser, id: string): Promise<QuestionnaireEntity> {
    const questionnaire = await manager.getRepository(QuestionnaireEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const reach = await this.reach(manager, user);
    if (!questionnaire || !(await this.canRead(manager, user, questionnaire, reach))) throw AppError.notFound('Questionnaire');
    mayManage(reach, questionnaire.consortiumId);
    return questionnaire;
  }

  /** Locks an assignment its partner's staff are answering. */
  private async lockForAnswering(manager: EntityManager, user: AuthUser, id: string) {
    const assignment = await manager.getRepository(QuestionnaireAssignmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!assignment) throw AppError.notFound('Questionnaire assignment', 'assignmentId');
    const { questionnaire, consortium } = await this.parentsOf(manager, assignment);
    if (!(await this.canReadAssignment(manager, user, assignment, questionnaire))) throw AppError.notFound('Questionnaire assignment', 'assignmentId');
    if (user.role !== Role.PARTNER_STAFF || user.organizationId !== assignment.organizationId) {
      throw AppError.forbidden("Only the assigned partner's staff answer its questionnaire");
    }
    return { assignment, questionnaire, consortium };
  }

  /** Active PARTNER_STAFF users of each organisation: who answers (and is told about) its questionnaires. */
  private async partnerStaff(manager: EntityManager, organizationIds: string[]): Promise<Map<string, string[]>> {
    if (organizationIds.length === 0) return new Map();
    const rows: Array<{ id: string; organization_id: string }> = await manager.query(
      `SELECT id, organization_id FROM app_user WHERE organization_id = ANY($1::uuid[]) AND role = 'PARTNER_STAFF' AND active`,
      [[...new Set(organizationIds)]],
    );
    const staff = new Map<string, string[]>();
    for (const row of rows) staff.set(row.organization_id, [...(staff.get(row.organization_id) ?? []), row.id]);
    return staff;
  }

  // ---- views ----

  private async parentsOf(manager: EntityManager, assignment: QuestionnaireAssignmentEntity) {
    const questionnaire = await manager.getRepository(QuestionnaireEntity).findOneByOrFail({ id: assignment.questionnaireId });
    const consortium = await manager.getRepository(ConsortiumEntity).findOneByOrFail({ id: questionnaire.consortiumId });
    return { questionnaire, consortium };
  }

  private async latestVersions(manager: EntityManager, familyIds: string[]): Promise<Map<string, number>> {
    if (familyIds.length === 0) return new Map();
    const rows: Array<{ family_id: string; latest: number }> = await manager.query(
      'SELECT family_id, max(version)::int AS latest FROM questionnaire WHERE family_id = ANY($1::uuid[]) GROUP BY family_id',
      [[...new Set(familyIds)]],
    );
    return new Map(rows.map((row) => [row.family_id, row.latest]));
  }

  private async view(manager: EntityManager, questionnaire: QuestionnaireEntity): Promise<QuestionnaireView> {
    const latest = await this.latestVersions(manager, [questionnaire.familyId]);
    return { questionnaire, latestVersion: latest.get(questionnaire.familyId) ?? questionnaire.version };
  }

  async assignmentView(
    manager: EntityManager,
    assignment: QuestionnaireAssignmentEntity,
    questionnaire: QuestionnaireEntity,
    consortium: ConsortiumEntity,
  ): Promise<AssignmentView> {
    const { latestVersion } = await this.view(manager, questionnaire);
    return { assignment, questionnaire, latestVersion, today: dayIn(consortium.timeZone, this.clock.now()) };
  }

  /** Views of a page of assignments: three queries, whatever the page size. */
  private async assignmentViews(manager: EntityManager, assignments: QuestionnaireAssignmentEntity[]): Promise<AssignmentView[]> {
    if (assignments.length === 0) return [];
    const questionnaires = await manager.getRepository(QuestionnaireEntity).findBy({ id: In([...new Set(assignments.map((a) => a.questionnaireId))]) });
    const byId = new Map(questionnaires.map((q) => [q.id, q]));
    const consortia = await manager.getRepository(ConsortiumEntity).findBy({ id: In([...new Set(questionnaires.map((q) => q.consortiumId))]) });
    const now = this.clock.now();
    const todayOf = new Map(consortia.map((c) => [c.id, dayIn(c.timeZone, now)]));
    const latest = await this.latestVersions(manager, questionnaires.map((q) => q.familyId));
    return assignments.map((assignment) => {
      const questionnaire = byId.get(assignment.questionnaireId)!;
      return {
        assignment,
        questionnaire,
        latestVersion: latest.get(questionnaire.familyId) ?? questionnaire.version,
        today: todayOf.get(questionnaire.consortiumId)!,
      };
    });
  }
}

/** FORBIDDEN unless the user manages the consortium's questionnaires (ADMIN, the lead's PARTNER_STAFF). */
function mayManage(reach: Reach, consortiumId: string): void {
  if (!reach.all && !reach.manage.includes(consortiumId)) {
    throw AppError.forbidden("Only an administrator or the consortium lead's partner staff manage its questionnaires");
  }
}

function statusCondition(query: SelectQueryBuilder<QuestionnaireAssignmentEntity>, status: AssignmentStatus): void {
  if (status === AssignmentStatus.SUBMITTED) query.andWhere('a.submitted_at IS NOT NULL');
  else if (status === AssignmentStatus.DRAFT) query.andWhere('a.submitted_at IS NULL AND a.revision > 0');
  else query.andWhere('a.submitted_at IS NULL AND a.revision = 0');
}

/** What the audit log keeps of a questionnaire version (the definition can be large: its question names only). */
function auditable(questionnaire: QuestionnaireEntity) {
  return {
    consortiumId: questionnaire.consortiumId,
    familyId: questionnaire.familyId,
    version: questionnaire.version,
    titleAr: questionnaire.titleAr,
    titleEn: questionnaire.titleEn,
    questions: questionnaire.definition.questions.map((question) => `${question.name}:${question.type}`),
    publishedAt: questionnaire.publishedAt,
  };
}

function text(input: FormTextInput | null | undefined): { ar: string | null; en: string | null } | null {
  if (!input) return null;
  const ar = input.ar?.trim() || null;
  const en = input.en?.trim() || null;
  return ar || en ? { ar, en } : null;
}

const blankToNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/** The stored form of a question: trimmed, blanks dropped, only the fields that are set. */
export function toFormQuestion(input: QuestionInput): FormQuestion {
  const question: FormQuestion = { name: input.name.trim(), type: input.type, label: text(input.label) ?? { ar: null, en: null } };
  const optional: Partial<FormQuestion> = {
    parent: blankToNull(input.parent),
    hint: text(input.hint),
    required: input.required ?? undefined,
    requiredIf: blankToNull(input.requiredIf),
    requiredMessage: text(input.requiredMessage),
    constraint: blankToNull(input.constraint),
    constraintMessage: text(input.constraintMessage),
    relevant: blankToNull(input.relevant),
    calculation: blankToNull(input.calculation),
    default: input.default === null || input.default === undefined || input.default === '' ? null : input.default,
    readOnly: input.readOnly ?? undefined,
    choices: input.choices?.map((choice) => ({
      name: choice.name.trim(),
      label: text(choice.label) ?? { ar: null, en: null },
      ...(choice.filters ? { filters: choice.filters } : {}),
    })),
    listName: blankToNull(input.listName),
    choiceFilter: blankToNull(input.choiceFilter),
    repeatCount: blankToNull(input.repeatCount),
    maxRepeats: input.maxRepeats ?? null,
    capability: input.capability ?? null,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== null && value !== undefined) (question as unknown as Record<string, unknown>)[key] = value;
  }
  return question;
}

/**
 * The definition when `validateForm` finds nothing wrong; otherwise BAD_USER_INPUT with one field
 * error per issue at `questions.<index>.<field>`, naming the question and the position in the expression.
 */
function checkedDefinition(definition: FormDefinition): FormDefinition {
  const errors: FieldError[] = [];
  definition.questions.forEach((question, index) => {
    const filters = question.choices?.map((choice) => choice.filters).filter(Boolean) ?? [];
    for (const filters_ of filters) {
      if (typeof filters_ !== 'object' || Array.isArray(filters_) || Object.values(filters_!).some((value) => typeof value !== 'string')) {
        errors.push({ field: `questions.${index}.choices`, message: `"${question.name}": choice filters must be an object of strings`, constraint: 'isFilters' });
      }
    }
  });
  if (errors.length > 0) throw AppError.badInput(errors);
  const issues = validateForm(definition);
  if (issues.length === 0) return definition;
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  definition.questions.forEach((question, index) => {
    if (!first.has(question.name)) first.set(question.name, index);
    last.set(question.name, index);
  });
  throw AppError.badInput(
    issues.map((issue) => {
      // A repeated name is reported on the repetition, anything else on the question that bears it.
      const index = (issue.field === 'name' ? last : first).get(issue.question);
      const at = issue.position === undefined || /\bat character\b/.test(issue.message) ? '' : ` (at character ${issue.position + 1})`;
      const atAr = issue.position === undefined || issue.localized.ar.includes('عند الحرف') ? '' : ` (عند الحرف ${issue.position + 1})`;
      const message = issue.question ? `question "${issue.question}", ${issue.field}: ${issue.message}${at}` : issue.message;
      return {
        field: index === undefined ? 'questions' : `questions.${index}.${issue.field}`,
        message,
        localized: { ar: issue.question ? `السؤال «${issue.question}»: ${issue.localized.ar}${atAr}` : issue.localized.ar, en: message },
        constraint: 'form',
        ...(issue.position === undefined ? {} : { position: issue.position }),
      };
    }),
  );
}

/** BAD_USER_INPUT with one field error per answer issue at `answers.<path>`, in both languages. */
function answersRefused(issues: AnswerIssue[], message: string): AppError {
  return AppError.badInput(
    issues.map((issue) => ({
      field: `answers.${issue.path}`,
      message: issue.message.en ?? issue.message.ar ?? issue.code,
      constraint: issue.code,
      localized: { ar: issue.message.ar ?? null, en: issue.message.en ?? null },
    })),
    `${message}: ${issues.map((issue) => `${issue.path} (${issue.message.en ?? issue.message.ar ?? issue.code})`).join('; ')}`,
  );
}

/**
 * Answers as one audit field per question (`answers.<name>`), so that an autosave records the answers it changed,
 * not the whole answer set before and after (the log is append-only and autosave runs as partners type).
 */
function auditedAnswers(answers: AnswerSet): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).map(([question, value]) => [`answers.${question}`, value]));
}
