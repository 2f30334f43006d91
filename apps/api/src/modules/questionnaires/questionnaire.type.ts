import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { QuestionType } from '@shuraka/domain';
import { CAPABILITIES, type AnswerSet, type AnswerValue, type Capability, type FormDefinition, type FormQuestion } from '@shuraka/xlsform';
import { LocalizedText } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import { DateScalar } from '../../common/graphql/scalars';
import { ConsortiumType } from '../consortia/consortium.type';
import { OrganizationType } from '../organizations/organization.type';
import type { QuestionnaireAssignmentEntity } from './questionnaire-assignment.entity';
import type { QuestionnaireEntity } from './questionnaire.entity';

/** `Capability` as a GraphQL enum (the names of `@shuraka/xlsform`'s CAPABILITIES). */
export const CapabilityEnum = Object.fromEntries(CAPABILITIES.map((name) => [name, name])) as { [K in Capability]: K };
registerEnumType(CapabilityEnum, {
  name: 'Capability',
  description: "What a question says about the partner's capability profile (SERVICES: a repeat with one entry per service offered)",
});

export enum AssignmentStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'NOT_STARTED: nothing saved yet; DRAFT: answers saved, not submitted (or reopened); SUBMITTED: locked',
});

@ObjectType('Choice', { description: 'An option of a SELECT_ONE or SELECT_MULTIPLE question' })
export class ChoiceType {
  @Field({ description: 'The value stored in answers' })
  name: string;

  @Field(() => LocalizedText)
  label: LocalizedText;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Extra columns used by a choice filter, e.g. {"governorate": "YE-HD"}' })
  filters: Record<string, string> | null;
}

@ObjectType('Question', { description: 'One entry of a questionnaire, in form order; GROUP and REPEAT entries contain those naming them as parent' })
export class FormQuestionType {
  @Field({ description: 'Unique in the questionnaire; answers and expressions (${name}) refer to it' })
  name: string;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field(() => LocalizedText)
  label: LocalizedText;

  @Field({ description: 'Literal requirement (requiredIf, an expression, wins when set)' })
  required: boolean;

  @Field(() => [ChoiceType], { description: 'Options of a select, in order; empty for other types' })
  choices: ChoiceType[];

  @Field(() => String, { nullable: true, description: 'Expression: the question is shown (and answered) only when it is true' })
  relevant: string | null;

  @Field(() => String, { nullable: true, description: 'Expression the answer (`.`) must satisfy' })
  constraint: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the enclosing GROUP or REPEAT; null at the top level' })
  parent: string | null;

  @Field(() => LocalizedText, { nullable: true })
  hint: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'Expression: required when true' })
  requiredIf: string | null;

  @Field(() => LocalizedText, { nullable: true })
  requiredMessage: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true })
  constraintMessage: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'Expression computing the value (CALCULATE, read-only inputs)' })
  calculation: string | null;

  @Field(() => String, { nullable: true, description: 'Literal default answer' })
  default: string | null;

  @Field()
  readOnly: boolean;

  @Field(() => String, { nullable: true, description: "Expression over the choices' filter columns (cascading selects)" })
  choiceFilter: string | null;

  @Field(() => String, { nullable: true, description: 'REPEAT: expression for the number of entries' })
  repeatCount: string | null;

  @Field(() => Int, { nullable: true, description: 'REPEAT: at most this many entries' })
  maxRepeats: number | null;

  @Field(() => CapabilityEnum, { nullable: true })
  capability: Capability | null;

  @Field(() => String, { nullable: true, description: 'XLSForm list_name of the choices (kept for export)' })
  listName: string | null;
}

@ObjectType('Questionnaire', { description: "One version of a consortium's questionnaire; published versions never change" })
export class QuestionnaireType {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedText)
  title: LocalizedText;

  @Field(() => Int, { description: '1 for the first version; createQuestionnaireVersion adds one' })
  version: number;

  @Field()
  published: boolean;

  @Field(() => [FormQuestionType], { description: 'Questions in form order' })
  questions: FormQuestionType[];

  /** Resolved through the consortium. */
  consortiumId: string;

  @Field(() => ConsortiumType)
  consortium?: ConsortiumType;

  @Field(() => ID, { description: 'The id of version 1, shared by every version' })
  familyId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'XLSForm form_id' })
  formId: string | null;

  @Field(() => String, { nullable: true, description: 'ar or en' })
  defaultLanguage: string | null;

  @Field(() => Int, { description: 'The highest version of this questionnaire (drafts included)' })
  latestVersion: number;
}

@ObjectType('Answer', { description: 'The answer to one question; a REPEAT answer is a list of answer sets, one per entry' })
export class AnswerType {
  @Field()
  question: string;

  @Field(() => GraphQLJSON, { nullable: true })
  value: AnswerValue;
}

@ObjectType('QuestionnaireAssignment', { description: "A partner's copy of one questionnaire version: due date and answers" })
export class QuestionnaireAssignmentType {
  @Field(() => ID)
  id: string;

  @Field(() => QuestionnaireType, { description: 'The exact version assigned' })
  questionnaire: QuestionnaireType;

  /** Resolved through the organisation loader. */
  organizationId: string;

  @Field(() => OrganizationType)
  organization?: OrganizationType;

  @Field(() => DateScalar, { description: "Due date in the consortium's calendar" })
  dueOn: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => [AnswerType], { description: 'Saved answers in form order (answers of irrelevant questions are dropped on save)' })
  answers: AnswerType[];

  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field(() => Int, { description: 'Grows by one per save; send it back as expectedRevision' })
  revision: number;

  @Field({ description: "Not submitted and the due date has passed in the consortium's calendar" })
  overdue: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSavedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reopenedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the submission was reopened (shown to the partner)' })
  reopenReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the capability difference of this submission was applied' })
  appliedAt: Date | null;
}

@ObjectType('QuestionnaireCompletion', { description: 'Who has answered one questionnaire version' })
export class QuestionnaireCompletionType {
  @Field(() => Int)
  assigned: number;

  @Field(() => Int)
  submitted: number;

  /** Resolved to organisations. */
  pendingIds: string[];
  overdueIds: string[];

  @Field(() => [OrganizationType], { description: 'Assigned partners that have not submitted' })
  pending?: OrganizationType[];

  @Field(() => [OrganizationType], { description: 'Pending partners whose due date has passed' })
  overdue?: OrganizationType[];

  @Field(() => Int, { description: 'Pending partners with saved answers' })
  drafts: number;

  @Field(() => [QuestionnaireAssignmentType])
  assignments: QuestionnaireAssignmentType[];
}

export const QuestionnaireConnection = Connection(QuestionnaireType, 'Questionnaire');
export const QuestionnaireAssignmentConnection = Connection(QuestionnaireAssignmentType, 'QuestionnaireAssignment');

const text = (value: { ar?: string | null; en?: string | null } | null | undefined): LocalizedText | null =>
  value ? { ar: value.ar ?? null, en: value.en ?? null } : null;

export function toQuestionType(question: FormQuestion): FormQuestionType {
  return {
    name: question.name,
    type: question.type as QuestionType,
    label: text(question.label)!,
    required: question.required ?? false,
    choices: (question.choices ?? []).map((choice) => ({ name: choice.name, label: text(choice.label)!, filters: choice.filters ?? null })),
    relevant: question.relevant ?? null,
    constraint: question.constraint ?? null,
    parent: question.parent ?? null,
    hint: text(question.hint),
    requiredIf: question.requiredIf ?? null,
    requiredMessage: text(question.requiredMessage),
    constraintMessage: text(question.constraintMessage),
    calculation: question.calculation ?? null,
    default: question.default ?? null,
    readOnly: question.readOnly ?? false,
    choiceFilter: question.choiceFilter ?? null,
    repeatCount: question.repeatCount ?? null,
    maxRepeats: question.maxRepeats ?? null,
    capability: question.capability ?? null,
    listName: question.listName ?? null,
  };
}

/**
 * Converted questions per stored definition: the assignments of a completion board or a page share one
 * questionnaire entity, so its (up to FORM_LIMITS.maxQuestions) questions are converted once, not once per partner.
 */
const QUESTIONS = new WeakMap<FormDefinition, FormQuestionType[]>();

function questionsOf(definition: FormDefinition): FormQuestionType[] {
  let questions = QUESTIONS.get(definition);
  if (!questions) {
    questions = definition.questions.map(toQuestionType);
    QUESTIONS.set(definition, questions);
  }
  return questions;
}

export function toQuestionnaireType(entity: QuestionnaireEntity, latestVersion: number): QuestionnaireType {
  return {
    id: entity.id,
    title: { ar: entity.titleAr, en: entity.titleEn },
    version: entity.version,
    published: entity.publishedAt !== null,
    questions: questionsOf(entity.definition),
    consortiumId: entity.consortiumId,
    familyId: entity.familyId,
    publishedAt: entity.publishedAt,
    createdAt: entity.createdAt,
    formId: entity.definition.formId ?? null,
    defaultLanguage: entity.definition.defaultLanguage ?? null,
    latestVersion: Math.max(latestVersion, entity.version),
  };
}

/** Answers in form order; names the form does not know (none after a save) come last. */
export function answerList(answers: AnswerSet, questions: FormQuestion[]): AnswerType[] {
  const order = new Map(questions.map((question, index) => [question.name, index]));
  return Object.entries(answers)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b))
    .map(([question, value]) => ({ question, value }));
}

export function statusOf(assignment: Pick<QuestionnaireAssignmentEntity, 'submittedAt' | 'revision'>): AssignmentStatus {
  if (assignment.submittedAt) return AssignmentStatus.SUBMITTED;
  return assignment.revision > 0 ? AssignmentStatus.DRAFT : AssignmentStatus.NOT_STARTED;
}

/** An assignment with what its fields need: its questionnaire version and the consortium's today (YYYY-MM-DD). */
export interface AssignmentView {
  assignment: QuestionnaireAssignmentEntity;
  questionnaire: QuestionnaireEntity;
  latestVersion: number;
  today: string;
}

export function toAssignmentType({ assignment, questionnaire, latestVersion, today }: AssignmentView): QuestionnaireAssignmentType {
  return {
    id: assignment.id,
    questionnaire: toQuestionnaireType(questionnaire, latestVersion),
    organizationId: assignment.organizationId,
    dueOn: assignment.dueOn,
    submittedAt: assignment.submittedAt,
    answers: answerList(assignment.answers, questionnaire.definition.questions),
    status: statusOf(assignment),
    revision: assignment.revision,
    overdue: assignment.submittedAt === null && assignment.dueOn < today,
    lastSavedAt: assignment.lastSavedAt,
    reopenedAt: assignment.reopenedAt,
    reopenReason: assignment.reopenReason,
    appliedAt: assignment.appliedAt,
  };
}
