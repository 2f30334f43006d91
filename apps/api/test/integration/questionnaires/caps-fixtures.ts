import type { DataSource } from 'typeorm';
import type { AnswerSet, FormDefinition, FormQuestion } from '@shuraka/xlsform';
import { QuestionnaireAssignmentEntity } from '../../../src/modules/questionnaires/questionnaire-assignment.entity';
import { QuestionnaireEntity } from '../../../src/modules/questionnaires/questionnaire.entity';

/**
 * Rows for the capability, file and export tests (the tests of i8-caps): a published questionnaire and
 * assignments in a given state, written directly like the other factories.
 */

const q = (name: string, type: FormQuestion['type'], extra: Partial<FormQuestion> = {}): FormQuestion => ({
  name,
  type,
  label: { ar: `سؤال ${name}`, en: `Question ${name}` },
  ...extra,
});

/** Organisation-level governorates, and a repeat of services with every capability. */
export const CAPABILITY_FORM: FormDefinition = {
  title: { ar: 'استبيان القدرات', en: 'Capability questionnaire' },
  formId: 'capabilities',
  questions: [
    q('contact', 'TEXT', { label: { ar: 'مسؤول التواصل', en: 'Contact' } }),
    q('areas', 'SELECT_MULTIPLE', {
      capability: 'GOVERNORATES',
      label: { ar: 'المحافظات', en: 'Governorates' },
      choices: [
        { name: 'YE-HD', label: { ar: 'حضرموت', en: 'Hadramout' } },
        { name: 'YE-AB', label: { ar: 'أبين', en: 'Abyan' } },
      ],
    }),
    q('services', 'REPEAT', { capability: 'SERVICES', label: { ar: 'الخدمات', en: 'Services' } }),
    q('kind', 'SELECT_ONE', {
      parent: 'services', capability: 'SERVICE_KIND', label: { ar: 'النوع', en: 'Kind' },
      choices: [
        { name: 'MICRO_LOAN', label: { ar: 'قرض متناهي الصغر', en: 'Micro loan' } },
        { name: 'GRANT', label: { ar: 'منحة', en: 'Grant' } },
      ],
    }),
    q('service_name', 'TEXT', { parent: 'services', capability: 'SERVICE_NAME' }),
    q('categories', 'SELECT_MULTIPLE', {
      parent: 'services', capability: 'CATEGORIES',
      choices: ['UNIVERSITY_GRADUATE', 'DROPOUT', 'PRODUCTIVE_FAMILY'].map((name) => ({ name, label: { ar: name, en: name } })),
    }),
    q('service_areas', 'SELECT_MULTIPLE', {
      parent: 'services', capability: 'GOVERNORATES',
      choices: ['YE-HD', 'YE-AB'].map((name) => ({ name, label: { ar: name, en: name } })),
    }),
    q('max_amount', 'DECIMAL', { parent: 'services', capability: 'MAX_AMOUNT' }),
    q('capacity', 'INTEGER', { parent: 'services', capability: 'CAPACITY' }),
  ],
};

export async function createPublishedQuestionnaire(
  dataSource: DataSource,
  consortiumId: string,
  createdById: string,
  definition: FormDefinition = CAPABILITY_FORM,
): Promise<QuestionnaireEntity> {
  const repository = dataSource.getRepository(QuestionnaireEntity);
  const id = crypto.randomUUID();
  return repository.save({
    id, familyId: id, version: 1, consortiumId, titleAr: definition.title.ar ?? null, titleEn: definition.title.en ?? null,
    definition, publishedAt: new Date(), createdById,
  });
}

export async function createAssignment(
  dataSource: DataSource,
  questionnaireId: string,
  organizationId: string,
  state: { answers?: AnswerSet; submittedBy?: string; dueOn?: string; lastSavedAt?: Date } = {},
): Promise<QuestionnaireAssignmentEntity> {
  const answers = state.answers ?? {};
  const saved = Object.keys(answers).length > 0;
  return dataSource.getRepository(QuestionnaireAssignmentEntity).save({
    questionnaireId,
    organizationId,
    dueOn: state.dueOn ?? '2099-01-01',
    answers,
    revision: saved ? 1 : 0,
    lastSavedAt: saved ? (state.lastSavedAt ?? new Date()) : null,
    lastSavedById: saved ? (state.submittedBy ?? null) : null,
    submittedAt: state.submittedBy ? new Date() : null,
    submittedById: state.submittedBy ?? null,
  });
}
