import { LOCALES, type LocalizedText, pickLocalized } from '@shuraka/domain';
import type { FormChoice, FormDefinition, FormQuestion } from '../model';
import { LANGUAGE_COLUMN } from './columns';
import type { SheetRows } from './types';

const translated = (base: string) => LOCALES.map((lang) => `${base}::${LANGUAGE_COLUMN[lang]}`);

/** Column order of the sheets Shuraka writes (what `writeXlsForm` lays out). */
export const SURVEY_COLUMNS = [
  'type',
  'name',
  ...translated('label'),
  ...translated('hint'),
  'required',
  ...translated('required_message'),
  'relevant',
  'constraint',
  ...translated('constraint_message'),
  'calculation',
  'default',
  'read_only',
  'choice_filter',
  'repeat_count',
  'max_repeats',
  'capability',
];
export const CHOICES_COLUMNS = ['list_name', 'name', ...translated('label')];
export const SETTINGS_COLUMNS = ['form_title', ...translated('form_title'), 'form_id', 'version', 'default_language'];

/**
 * The XLSForm of a form: `survey`, `choices` and `settings` rows (header → text). Importing them again gives the
 * same FormDefinition. Shuraka's own columns (`capability`, `max_repeats`) are ignored by ODK and Kobo.
 */
export function exportXlsFormSheets(form: FormDefinition): Record<'survey' | 'choices' | 'settings', SheetRows> {
  const lists = listNames(form.questions);
  const survey: SheetRows = [];
  const children = new Map<string | null, FormQuestion[]>();
  const names = new Set(form.questions.map((q) => q.name));
  for (const question of form.questions) {
    // A parent that does not exist puts the question at the top level rather than losing it.
    const parent = question.parent && names.has(question.parent) ? question.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), question]);
  }
  const visited = new Set<string>();
  const emit = (parent: string | null) => {
    for (const question of children.get(parent) ?? []) {
      if (visited.has(question.name)) continue; // a parent cycle: each question once
      visited.add(question.name);
      survey.push(surveyRow(question, lists.get(question)));
      if (question.type === 'GROUP' || question.type === 'REPEAT') {
        emit(question.name);
        survey.push({ type: question.type === 'GROUP' ? 'end_group' : 'end_repeat', name: '' });
      }
    }
  };
  emit(null);
  for (const question of form.questions) if (!visited.has(question.name)) survey.push(surveyRow(question, lists.get(question)));

  const choices: SheetRows = [];
  const written = new Set<string>();
  for (const question of form.questions) {
    const listName = lists.get(question);
    if (!listName || written.has(listName)) continue;
    written.add(listName);
    for (const choice of question.choices ?? []) choices.push(choiceRow(listName, choice));
  }

  const settings: Record<string, string> = {
    form_title: pickLocalized(form.title, form.defaultLanguage ?? 'ar'),
    ...localizedColumns('form_title', form.title),
    form_id: form.formId ?? '',
    version: form.version ?? '',
    default_language: form.defaultLanguage ? LANGUAGE_COLUMN[form.defaultLanguage] : '',
  };
  return { survey, choices, settings: [settings] };
}

function surveyRow(question: FormQuestion, listName: string | undefined): Record<string, string> {
  const type =
    question.type === 'SELECT_ONE' || question.type === 'SELECT_MULTIPLE'
      ? `${question.type.toLowerCase()} ${listName}`
      : XLSFORM_TYPE[question.type];
  return {
    type,
    name: question.name,
    ...localizedColumns('label', question.label),
    ...localizedColumns('hint', question.hint),
    required: question.requiredIf ? question.requiredIf : question.required ? 'yes' : '',
    ...localizedColumns('required_message', question.requiredMessage),
    relevant: question.relevant ?? '',
    constraint: question.constraint ?? '',
    ...localizedColumns('constraint_message', question.constraintMessage),
    calculation: question.calculation ?? '',
    default: question.default ?? '',
    read_only: question.readOnly ? 'yes' : '',
    choice_filter: question.choiceFilter ?? '',
    repeat_count: question.repeatCount ?? '',
    max_repeats: question.maxRepeats != null ? String(question.maxRepeats) : '',
    capability: question.capability ?? '',
  };
}

const XLSFORM_TYPE: Record<FormQuestion['type'], string> = {
  TEXT: 'text',
  INTEGER: 'integer',
  DECIMAL: 'decimal',
  BOOLEAN: 'acknowledge',
  DATE: 'date',
  SELECT_ONE: 'select_one',
  SELECT_MULTIPLE: 'select_multiple',
  NOTE: 'note',
  CALCULATE: 'calculate',
  GROUP: 'begin_group',
  REPEAT: 'begin_repeat',
};

function choiceRow(listName: string, choice: FormChoice): Record<string, string> {
  return { list_name: listName, name: choice.name, ...localizedColumns('label', choice.label), ...(choice.filters ?? {}) };
}

function localizedColumns(base: string, text: LocalizedText | null | undefined): Record<string, string> {
  const row: Record<string, string> = {};
  for (const lang of LOCALES) row[`${base}::${LANGUAGE_COLUMN[lang]}`] = text?.[lang]?.trim() ?? '';
  return row;
}

/**
 * The list name each select question writes: its own `listName` when the choices under that name are the same
 * for every question using it, else a fresh unique name (two questions may not share a name with different choices).
 */
function listNames(questions: FormQuestion[]): Map<FormQuestion, string> {
  const result = new Map<FormQuestion, string>();
  const byName = new Map<string, string>(); // list name → the choices' fingerprint
  const used = new Set(questions.map((q) => q.listName).filter((name): name is string => Boolean(name)));
  for (const question of questions) {
    if (question.type !== 'SELECT_ONE' && question.type !== 'SELECT_MULTIPLE') continue;
    const fingerprint = JSON.stringify(
      (question.choices ?? []).map((c) => [c.name, c.label.ar ?? '', c.label.en ?? '', Object.entries(c.filters ?? {})]),
    );
    const wanted = question.listName || question.name;
    if (!byName.has(wanted) || byName.get(wanted) === fingerprint) {
      byName.set(wanted, fingerprint);
      used.add(wanted);
      result.set(question, wanted);
      continue;
    }
    let n = 2;
    while (used.has(`${wanted}_${n}`) && byName.get(`${wanted}_${n}`) !== fingerprint) n++;
    const name = `${wanted}_${n}`;
    byName.set(name, fingerprint);
    used.add(name);
    result.set(question, name);
  }
  return result;
}
