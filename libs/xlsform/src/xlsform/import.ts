import type { LocalizedText } from '@shuraka/domain';
import { FUNCTIONS } from '../expression/ast';
import { ExpressionSyntaxError, Lexer, Token } from '../expression/lexer';
import { parseExpression, referencePositions } from '../expression/parser';
import { validateForm } from '../form/validate-form';
import { CAPABILITIES, Capability, FormChoice, FormDefinition, FormQuestion } from '../model';
import { ColumnInfo, Lang, cleanHeader, detectLanguage, languageOf, parseHeader } from './columns';
import { UNSUPPORTED_FUNCTIONS, parseType } from './question-types';
import type { SheetRows, XlsFormIgnoredColumn, XlsFormImport, XlsFormImportOptions, XlsFormRowIssue } from './types';

/** Columns of the survey sheet that hold an expression, with the model field each one fills. */
const EXPRESSION_COLUMNS = [
  ['relevant', 'relevant'],
  ['constraint', 'constraint'],
  ['calculation', 'calculation'],
  ['required', 'requiredIf'],
  ['choice_filter', 'choiceFilter'],
  ['repeat_count', 'repeatCount'],
] as const;
type ExpressionField = (typeof EXPRESSION_COLUMNS)[number][1];

const SURVEY_USED = new Set([
  'type',
  'name',
  'label',
  'hint',
  'required',
  'required_message',
  'constraint',
  'constraint_message',
  'relevant',
  'calculation',
  'default',
  'read_only',
  'choice_filter',
  'repeat_count',
  'max_repeats',
  'capability',
  'media',
]);
const IGNORED_REASONS: Record<string, string> = {
  appearance: 'appearance is ignored: Shuraka lays the form out itself (one group per page on phones)',
  parameters: 'parameters are ignored',
  guidance_hint: 'guidance hints are ignored',
};

const TRUE_LITERALS = new Set(['yes', 'true', 'true()', '1']);
const FALSE_LITERALS = new Set(['no', 'false', 'false()', '0', '']);

/** Where a question came from, to name its row and columns in issues. */
interface Origin {
  row: number;
  columns: Partial<Record<string, string>>;
}

interface SheetView {
  name: string;
  rows: SheetRows;
  columns: ColumnInfo[];
}

/**
 * Reads an XLSForm already split into sheets (see `readXlsForm` for .xlsx files). Every problem is reported with
 * its sheet, row and column; unsupported features refuse the import unless `skipUnsupported`, when they are left
 * out and listed in `skipped`. Never throws on bad input.
 */
export function importXlsFormSheets(
  sheets: Record<string, SheetRows>,
  options: XlsFormImportOptions = {},
): XlsFormImport {
  const importer = new Importer(sheets, options);
  return importer.run();
}

class Importer {
  private readonly issues: XlsFormRowIssue[] = [];
  private readonly skipped: XlsFormRowIssue[] = [];
  private readonly ignored: XlsFormIgnoredColumn[] = [];
  /** Names of questions left out (unsupported), with their row, so that references to them are named. */
  private readonly leftOut = new Map<string, number>();
  private readonly origins = new Map<string, Origin>();
  /** (question, field) pairs already reported, so that validateForm does not repeat them. */
  private readonly reported = new Set<string>();
  private lists = new Map<string, ChoiceList>();

  constructor(
    private readonly sheets: Record<string, SheetRows>,
    private readonly options: XlsFormImportOptions,
  ) {}

  run(): XlsFormImport {
    const survey = this.sheet('survey');
    if (!survey) {
      this.issue({ sheet: 'survey', row: 0, code: 'INVALID', message: 'The file has no "survey" sheet' });
      return this.result(null);
    }
    const settings = this.sheet('settings');
    const choicesSheet = this.sheet('choices');
    for (const name of Object.keys(this.sheets)) {
      const key = name.trim().toLowerCase();
      if (key === 'external_choices' || key === 'entities') {
        const what = key === 'entities' ? 'Entities (the "entities" sheet)' : 'External choices (the "external_choices" sheet)';
        this.unsupported({ sheet: name, row: 0, code: 'UNSUPPORTED', message: `${what} are not supported` });
      } else if (!['survey', 'settings', 'choices'].includes(key)) {
        this.ignored.push({ sheet: name, column: '', reason: 'sheet not used by XLSForm import' });
      }
    }

    const settingsRow = settings?.rows.find((row) => Object.values(row).some((cell) => cell.trim() !== '')) ?? {};
    const setting = (key: string): string => {
      const column = settings?.columns.find((c) => c.key === key && (c.lang === undefined || c.lang === 'bare'));
      return column ? clean(settingsRow[column.header]) : '';
    };
    const defaultLanguage = languageOf(setting('default_language')) ?? null;

    const lists = choicesSheet ? this.readChoices(choicesSheet, defaultLanguage) : new Map<string, ChoiceList>();
    this.lists = lists;
    const questions = this.readSurvey(survey, defaultLanguage, lists);
    this.checkExpressions(questions);

    const form: FormDefinition = {
      title: this.title(settings, settingsRow, defaultLanguage, setting('form_id')),
      questions,
    };
    const formId = setting('form_id');
    const version = normalizeVersion(setting('version'));
    if (formId) form.formId = formId;
    if (version) form.version = version;
    if (defaultLanguage) form.defaultLanguage = defaultLanguage;
    if (settings) this.noteIgnored(settings, new Set(['form_title', 'form_id', 'version', 'default_language']));

    if (this.issues.length === 0) this.validate(form);
    return this.result(this.issues.length === 0 ? form : null);
  }

  private result(form: FormDefinition | null): XlsFormImport {
    const byPlace = (a: XlsFormRowIssue, b: XlsFormRowIssue) =>
      sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '');
    return {
      form,
      issues: [...this.issues].sort(byPlace),
      skipped: [...this.skipped].sort(byPlace),
      ignored: this.ignored,
    };
  }

  private sheet(wanted: string): SheetView | undefined {
    const name = Object.keys(this.sheets).find((key) => key.trim().toLowerCase() === wanted);
    if (name === undefined) return undefined;
    const rows = this.sheets[name] ?? [];
    const headers: string[] = [];
    for (const row of rows) for (const header of Object.keys(row)) if (!headers.includes(header)) headers.push(header);
    const columns = headers.filter((header) => header.trim() !== '').map(parseHeader);
    return { name, rows, columns };
  }

  private issue(issue: XlsFormRowIssue): void {
    this.issues.push(issue);
    if (issue.question) this.reported.add(`${issue.question}\u0000${issue.column ?? ''}`);
  }

  /** An unsupported feature: refuses the import, or is listed as skipped when the caller asked. */
  private unsupported(issue: XlsFormRowIssue): void {
    if (this.options.skipUnsupported) this.skipped.push(issue);
    else this.issue(issue);
  }

  private noteIgnored(sheet: SheetView, used: Set<string>): void {
    for (const column of sheet.columns) {
      if (used.has(column.key) && column.lang !== 'other') continue;
      if (!sheet.rows.some((row) => clean(row[column.header]) !== '')) continue;
      const reason =
        column.lang === 'other'
          ? `language "${column.langSpec}" is not kept: Shuraka forms are in Arabic and English`
          : (IGNORED_REASONS[column.key.toLowerCase()] ?? 'column not used by Shuraka');
      this.ignored.push({ sheet: sheet.name, column: column.header, reason });
    }
  }

  /** Builds a LocalizedText from the translations of one column kind in one row. */
  private localized(
    sheet: SheetView,
    row: Record<string, string>,
    key: string,
    bareLang: Map<string, Lang>,
  ): { text: LocalizedText; columns: Partial<Record<Lang, string>> } {
    const text: LocalizedText = {};
    const columns: Partial<Record<Lang, string>> = {};
    const candidates = sheet.columns.filter((c) => c.key === key);
    const put = (lang: Lang, column: ColumnInfo) => {
      const value = clean(row[column.header]);
      if (value !== '' && !text[lang]) {
        text[lang] = value;
        columns[lang] = column.header;
      }
    };
    for (const column of candidates) if (column.lang === 'ar' || column.lang === 'en') put(column.lang, column);
    // A bare column (`label` beside `label::English (en)`) fills its language when that one is empty; a copy of
    // an explicit text (Shuraka writes `form_title` beside its translations) is not a second language.
    for (const column of candidates) {
      if (column.lang !== 'bare') continue;
      const value = clean(row[column.header]);
      if (value !== text.ar && value !== text.en) put(bareLang.get(column.header) ?? 'en', column);
    }
    if (!text.ar && !text.en) {
      // Only other languages (a French-only label): better shown than lost; the column is listed as ignored too.
      const other = candidates.find((c) => c.lang === 'other' && clean(row[c.header]) !== '');
      if (other) put(detectLanguage([clean(row[other.header])]), other);
    }
    return { text, columns };
  }

  /** Bare `label`, `hint`... columns go to the settings' default language, else to the script their cells use. */
  private bareLanguages(sheet: SheetView, defaultLanguage: Lang | null): Map<string, Lang> {
    const langs = new Map<string, Lang>();
    for (const column of sheet.columns) {
      if (column.lang !== 'bare') continue;
      langs.set(column.header, defaultLanguage ?? detectLanguage(sheet.rows.map((row) => clean(row[column.header]))));
    }
    return langs;
  }

  private title(
    settings: SheetView | undefined,
    row: Record<string, string>,
    defaultLanguage: Lang | null,
    formId: string,
  ): LocalizedText {
    if (settings) {
      const { text } = this.localized(settings, row, 'form_title', this.bareLanguages(settings, defaultLanguage));
      if (text.ar || text.en) return text;
    }
    if (formId) return { [detectLanguage([formId])]: formId };
    return { ar: 'استبيان مستورد', en: 'Imported questionnaire' };
  }

  private readChoices(sheet: SheetView, defaultLanguage: Lang | null): Map<string, ChoiceList> {
    const lists = new Map<string, ChoiceList>();
    const bare = this.bareLanguages(sheet, defaultLanguage);
    const listColumn = sheet.columns.find((c) => c.key === 'list_name');
    const nameColumn = sheet.columns.find((c) => c.key === 'name');
    const filterColumns = sheet.columns.filter((c) => !['list_name', 'name', 'label', 'media'].includes(c.key));
    if (!listColumn || !nameColumn) {
      if (sheet.rows.every((row) => Object.values(row).every((cell) => clean(cell) === ''))) return lists; // only headers
      this.issue({
        sheet: sheet.name,
        row: 1,
        code: 'INVALID',
        message: 'The choices sheet needs "list_name" and "name" columns',
      });
      return lists;
    }
    sheet.rows.forEach((row, index) => {
      const rowNumber = index + 2;
      const listName = clean(row[listColumn.header]);
      const name = clean(row[nameColumn.header]);
      if (listName === '' && name === '') return;
      if (listName === '' || name === '') {
        const column = listName === '' ? listColumn.header : nameColumn.header;
        this.issue({ sheet: sheet.name, row: rowNumber, column, code: 'INVALID', message: `A choice needs a ${column}` });
        return;
      }
      for (const media of sheet.columns.filter((c) => c.key === 'media')) {
        if (clean(row[media.header]) === '') continue;
        this.unsupported({
          sheet: sheet.name,
          row: rowNumber,
          column: media.header,
          code: 'UNSUPPORTED',
          message: `Media in choices is not supported (choice "${name}" of list "${listName}")`,
        });
      }
      const { text } = this.localized(sheet, row, 'label', bare);
      // A choice shown by its picture only keeps its name as label once the picture is left out.
      const choice: FormChoice = { name, label: text.ar || text.en ? text : { [detectLanguage([name])]: name } };
      const filters: Record<string, string> = {};
      for (const column of filterColumns) {
        const value = clean(row[column.header]);
        if (value !== '') filters[cleanHeader(column.header)] = value;
      }
      if (Object.keys(filters).length > 0) choice.filters = filters;
      const list = lists.get(listName) ?? { choices: [], rows: new Map<string, number>(), sheet: sheet.name, nameColumn: nameColumn.header };
      if (list.rows.has(name)) {
        this.issue({
          sheet: sheet.name,
          row: rowNumber,
          column: nameColumn.header,
          code: 'INVALID',
          message: `Choice "${name}" appears twice in list "${listName}" (first on row ${list.rows.get(name)})`,
        });
        return;
      }
      list.rows.set(name, rowNumber);
      list.choices.push(choice);
      lists.set(listName, list);
    });
    this.noteIgnored(sheet, new Set(['list_name', 'name', 'label', 'media', ...filterColumns.map((c) => c.key)]));
    return lists;
  }

  private readSurvey(sheet: SheetView, defaultLanguage: Lang | null, lists: Map<string, ChoiceList>): FormQuestion[] {
    const bare = this.bareLanguages(sheet, defaultLanguage);
    const column = (key: string) => sheet.columns.find((c) => c.key === key && (c.lang === undefined || c.lang === 'bare'));
    const typeColumn = column('type');
    const nameColumn = column('name');
    if (!typeColumn || !nameColumn) {
      this.issue({ sheet: sheet.name, row: 1, code: 'INVALID', message: 'The survey sheet needs "type" and "name" columns' });
      return [];
    }
    const questions: FormQuestion[] = [];
    const stack: Array<{ name: string; type: 'GROUP' | 'REPEAT'; row: number }> = [];
    const firstRow = new Map<string, number>();

    sheet.rows.forEach((row, index) => {
      const rowNumber = index + 2;
      const cell = (key: string) => {
        const c = column(key);
        return c ? clean(row[c.header]) : '';
      };
      const typeText = cell('type');
      const name = cell('name');
      if (typeText === '') {
        if (sheet.columns.some((c) => c.key !== 'type' && clean(row[c.header]) !== '' && SURVEY_USED.has(c.key))) {
          this.issue({
            sheet: sheet.name,
            row: rowNumber,
            column: typeColumn.header,
            code: 'INVALID',
            message: 'This row has no type',
            question: name || undefined,
          });
        }
        return;
      }
      const parsed = parseType(typeText);
      const at = (col: string | undefined, code: XlsFormRowIssue['code'], message: string): XlsFormRowIssue => ({
        sheet: sheet.name,
        row: rowNumber,
        ...(col ? { column: col } : {}),
        code,
        message,
        ...(name ? { question: name } : {}),
      });
      if (parsed.kind === 'end') {
        const open = stack.pop();
        if (!open) this.issue(at(typeColumn.header, 'INVALID', `"${typeText}" closes nothing`));
        else if (open.type !== parsed.type) {
          this.issue(at(typeColumn.header, 'INVALID', `"${typeText}" closes "${open.name}" (row ${open.row}), which is a ${open.type.toLowerCase()}`));
        }
        return;
      }
      if (parsed.kind === 'unknown') {
        this.issue(at(typeColumn.header, 'INVALID', `Unknown question type "${typeText}"`));
        return;
      }
      if (name === '') {
        this.issue(at(nameColumn.header, 'INVALID', 'This question has no name'));
        if (parsed.kind === 'begin') stack.push({ name: `#row${rowNumber}`, type: parsed.type, row: rowNumber });
        return;
      }
      if (parsed.kind === 'unsupported') {
        this.unsupported(at(typeColumn.header, 'UNSUPPORTED', `"${typeText}": ${parsed.reason}`));
        this.leftOut.set(name, rowNumber);
        return;
      }
      const expressionProblem = this.unsupportedExpression(sheet, row);
      if (expressionProblem) {
        this.unsupported(at(expressionProblem.column, 'UNSUPPORTED', expressionProblem.message));
        this.leftOut.set(name, rowNumber);
        return;
      }
      if (firstRow.has(name)) {
        this.issue(at(nameColumn.header, 'INVALID', `The name "${name}" is already used on row ${firstRow.get(name)}`));
        return;
      }
      firstRow.set(name, rowNumber);

      const origin: Origin = { row: rowNumber, columns: { name: nameColumn.header, type: typeColumn.header } };
      const type = parsed.type;
      const question: FormQuestion = { name, type, label: {} };
      const parent = stack[stack.length - 1];
      if (parent) question.parent = parent.name;

      const label = this.localized(sheet, row, 'label', bare);
      question.label = label.text;
      origin.columns.label = label.columns.ar ?? label.columns.en ?? sheet.columns.find((c) => c.key === 'label')?.header;
      const hint = this.localized(sheet, row, 'hint', bare);
      if (hint.text.ar || hint.text.en) question.hint = hint.text;

      const required = cell('required');
      const requiredColumn = column('required')?.header;
      question.required = false;
      if (TRUE_LITERALS.has(required.toLowerCase())) question.required = true;
      else if (!FALSE_LITERALS.has(required.toLowerCase())) question.requiredIf = required;
      const requiredMessage = this.localized(sheet, row, 'required_message', bare);
      if (requiredMessage.text.ar || requiredMessage.text.en) question.requiredMessage = requiredMessage.text;
      const constraintMessage = this.localized(sheet, row, 'constraint_message', bare);
      if (constraintMessage.text.ar || constraintMessage.text.en) question.constraintMessage = constraintMessage.text;

      for (const [key, field] of EXPRESSION_COLUMNS) {
        if (field === 'requiredIf') {
          if (question.requiredIf && requiredColumn) origin.columns.requiredIf = requiredColumn;
          continue;
        }
        const value = booleanExpression(cell(key));
        const header = column(key)?.header;
        if (header) origin.columns[field] = header;
        if (value !== '') question[field] = value;
      }
      const fallback = cell('default');
      if (fallback !== '') question.default = fallback;
      if (column('default')) origin.columns.default = column('default')?.header;

      const readOnly = cell('read_only').toLowerCase();
      question.readOnly = TRUE_LITERALS.has(readOnly);
      if (!question.readOnly && !FALSE_LITERALS.has(readOnly)) {
        this.unsupported(at(column('read_only')?.header, 'UNSUPPORTED', `read_only "${cell('read_only')}": only yes/no is supported`));
      }

      const maxRepeats = cell('max_repeats');
      if (maxRepeats !== '') {
        const value = Number(maxRepeats);
        if (type !== 'REPEAT' || !Number.isInteger(value) || value < 1) {
          this.issue(at(column('max_repeats')?.header, 'INVALID', 'max_repeats is a whole number of entries, on a repeat only'));
        } else question.maxRepeats = value;
      }

      const capability = cell('capability');
      if (capability !== '') {
        const wanted = capability.toUpperCase().replace(/[\s-]+/g, '_') as Capability;
        origin.columns.capability = column('capability')?.header;
        if (CAPABILITIES.includes(wanted)) question.capability = wanted;
        else {
          this.issue(at(column('capability')?.header, 'INVALID', `Unknown capability "${capability}" (one of ${CAPABILITIES.join(', ')})`));
        }
      }

      for (const media of sheet.columns.filter((c) => c.key === 'media')) {
        if (clean(row[media.header]) === '') continue;
        this.unsupported(at(media.header, 'UNSUPPORTED', 'Media (pictures, sound, video) in questions is not supported'));
      }

      if (parsed.kind === 'question' && parsed.listName !== undefined) {
        const listName = parsed.listName;
        question.listName = listName;
        origin.columns.choices = typeColumn.header;
        const list = lists.get(listName);
        if (!list) this.issue(at(typeColumn.header, 'INVALID', `No list "${listName}" in the choices sheet`));
        else question.choices = list.choices.map((choice) => structuredCopy(choice));
      }
      if (parsed.kind === 'begin') stack.push({ name, type: parsed.type, row: rowNumber });
      this.origins.set(name, origin);
      questions.push(question);
    });
    for (const open of stack) {
      this.issue({
        sheet: sheet.name,
        row: open.row,
        column: typeColumn.header,
        code: 'INVALID',
        message: `"${open.name}" is never closed (end ${open.type.toLowerCase()})`,
        question: open.name,
      });
    }
    this.noteIgnored(sheet, SURVEY_USED);
    return questions;
  }

  /** An expression using ODK functions Shuraka leaves out (external data, device): the row is unsupported. */
  private unsupportedExpression(sheet: SheetView, row: Record<string, string>): { column: string; message: string } | null {
    for (const [key] of EXPRESSION_COLUMNS) {
      for (const column of sheet.columns.filter((c) => c.key === key)) {
        const source = clean(row[column.header]);
        if (source === '') continue;
        const tokens = tokensUntilError(source);
        for (let i = 0; i + 1 < tokens.length; i++) {
          const name = tokens[i].text;
          if (tokens[i].kind !== 'word' || tokens[i + 1].kind !== '(' || FUNCTIONS[name]) continue;
          if (UNSUPPORTED_FUNCTIONS.has(name.toLowerCase())) {
            return { column: column.header, message: `${name}() is not supported (${key}: ${source})` };
          }
        }
      }
    }
    return null;
  }

  /** Syntax of each expression, and references to questions that do not exist or were left out. */
  private checkExpressions(questions: FormQuestion[]): void {
    const names = new Set(questions.map((q) => q.name));
    for (const question of questions) {
      const origin = this.origins.get(question.name);
      if (!origin) continue;
      const at = (column: string | undefined, code: XlsFormRowIssue['code'], message: string, position?: number) =>
        this.issue({
          sheet: 'survey',
          row: origin.row,
          ...(column ? { column } : {}),
          code,
          message,
          question: question.name,
          ...(position !== undefined ? { position } : {}),
        });
      for (const [, field] of EXPRESSION_COLUMNS) {
        const source = question[field as ExpressionField];
        if (!source) continue;
        const column = origin.columns[field];
        try {
          parseExpression(source);
        } catch (error) {
          if (!(error instanceof ExpressionSyntaxError)) throw error;
          at(column, 'SYNTAX', `${error.message} in "${source}"`, error.position);
          continue;
        }
        for (const ref of referencePositions(source)) {
          if (names.has(ref.name)) continue;
          at(column, 'UNKNOWN_REFERENCE', this.unknownMessage(ref.name, source), ref.position);
        }
      }
      // Labels and hints show ${name}s too: one that points nowhere would show as raw text.
      for (const [field, text] of [
        ['label', question.label],
        ['hint', question.hint],
        ['constraint_message', question.constraintMessage],
        ['required_message', question.requiredMessage],
      ] as const) {
        for (const value of Object.values(text ?? {})) {
          for (const match of (value ?? '').matchAll(/\$\{([^}]*)\}/g)) {
            if (names.has(match[1])) continue;
            at(field === 'label' ? origin.columns.label : field, 'UNKNOWN_REFERENCE', this.unknownMessage(match[1], value ?? ''));
          }
        }
      }
    }
  }

  private unknownMessage(name: string, source: string): string {
    const row = this.leftOut.get(name);
    return row !== undefined
      ? `"${source}" refers to \${${name}}, which is left out (unsupported, row ${row})`
      : `"${source}" refers to \${${name}}, but no question has that name`;
  }

  /** The form engine's own checks (structure, cycles, capabilities), mapped back to rows and columns. */
  private validate(form: FormDefinition): void {
    const reportedBefore = new Set(this.reported);
    for (const problem of validateForm(form)) {
      const origin = this.origins.get(problem.question);
      const column = origin?.columns[problem.field === 'parent' ? 'type' : problem.field] ?? undefined;
      if (reportedBefore.has(`${problem.question}\u0000${column ?? ''}`)) continue;
      const code = problem.reference !== undefined ? 'UNKNOWN_REFERENCE' : problem.position !== undefined ? 'SYNTAX' : 'INVALID';
      const choice = problem.choice !== undefined ? this.choiceRow(form, problem.question, problem.choice) : null;
      this.issue({
        ...(choice ?? { sheet: 'survey', row: origin?.row ?? 0, ...(column ? { column } : {}) }),
        code,
        message: problem.message,
        question: problem.question || undefined,
        ...(problem.position !== undefined ? { position: problem.position } : {}),
      });
    }
  }

  /** A problem with one choice points at that choice's row of the choices sheet. */
  private choiceRow(form: FormDefinition, questionName: string, choice: string): Pick<XlsFormRowIssue, 'sheet' | 'row' | 'column'> | null {
    const listName = form.questions.find((q) => q.name === questionName)?.listName;
    const list = listName ? this.lists.get(listName) : undefined;
    const row = list?.rows.get(choice);
    return list && row !== undefined ? { sheet: list.sheet, row, column: list.nameColumn } : null;
  }
}

interface ChoiceList {
  choices: FormChoice[];
  rows: Map<string, number>;
  sheet: string;
  nameColumn: string;
}

/** The tokens before the first lexical error (`instance('x')/root` fails at the `/`, after the call we look for). */
function tokensUntilError(source: string): Token[] {
  const lexer = new Lexer(source);
  const tokens: Token[] = [];
  try {
    for (let token = lexer.next(); token.kind !== 'end'; token = lexer.next()) tokens.push(token);
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
  }
  return tokens;
}

function clean(value: string | undefined | null): string {
  return (value ?? '').replace(/\r\n?/g, '\n').trim();
}

function structuredCopy(choice: FormChoice): FormChoice {
  return {
    name: choice.name,
    label: { ...choice.label },
    ...(choice.filters ? { filters: { ...choice.filters } } : {}),
  };
}

/** Excel TRUE/FALSE cells in an expression column mean the XPath constants. */
function booleanExpression(value: string): string {
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === 'yes') return 'true()';
  if (lower === 'false' || lower === 'no') return 'false()';
  return value;
}

/** Versions stored as Excel numbers (`2.0240515E7`, `20240515.0`) or dates come back as the digits people wrote. */
export function normalizeVersion(value: string): string {
  const text = value.trim();
  // Only long, date-like numbers lose their `.0`: a version "1.0" typed as text stays "1.0".
  if (/^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/.test(text) || /^\d{6,}\.0+$/.test(text)) {
    const number = Number(text);
    if (Number.isSafeInteger(number)) return String(number);
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/.exec(text);
  if (date) return date.slice(1).filter((part) => part !== undefined).join('');
  return text;
}

function sheetOrder(sheet: string): number {
  const index = ['settings', 'survey', 'choices'].indexOf(sheet.trim().toLowerCase());
  return index < 0 ? 3 : index;
}
