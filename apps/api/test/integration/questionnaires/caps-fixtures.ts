import type { DataSource } from 'typeorm';
import type { AnswerSet, FormDefinition, FormQuestion } from '@shuraka/xlsform';
import type { QuestionnaireAssignmentEntity } from '../../../src/modules/questionnaires/questionnaire-assignment.entity';
import type { QuestionnaireEntity } from '../../../src/modules/questionnaires/questionnaire.entity';
import { createAssignment, createQuestionnaire } from '../../factories';

/**
 * A form with every capability, and the shared factories' rows in the states the capability, file and export
 * tests need.
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

export function createPublishedQuestionnaire(
  dataSource: DataSource,
  consortiumId: string,
  createdById: string,
  definition: FormDefinition = CAPABILITY_FORM,
): Promise<QuestionnaireEntity> {
  return createQuestionnaire(dataSource, consortiumId, createdById, { definition, published: true });
}

/** An assignment saved (answers given) and submitted (`submittedBy` given) as the API would have left it. */
export function createResponse(
  dataSource: DataSource,
  questionnaireId: string,
  organizationId: string,
  state: { answers?: AnswerSet; submittedBy?: string } = {},
): Promise<QuestionnaireAssignmentEntity> {
  const answers = state.answers ?? {};
  const saved = Object.keys(answers).length > 0;
  return createAssignment(dataSource, questionnaireId, organizationId, {
    answers,
    revision: saved ? 1 : 0,
    lastSavedAt: saved ? new Date() : null,
    lastSavedById: saved ? (state.submittedBy ?? null) : null,
    submittedAt: state.submittedBy ? new Date() : null,
    submittedById: state.submittedBy ?? null,
  });
}
