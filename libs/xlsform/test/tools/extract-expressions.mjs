// Extracts the skeleton (names, types, groups, repeats, choice names) and the expressions of the XLSForm
// fixtures into test/fixtures/expressions.json, for the oracle test (expression-oracle.spec.ts).
// Run from the repository root:  node libs/xlsform/test/tools/extract-expressions.mjs [folder-with-xlsx]
// It reads the spreadsheets with exceljs only; it does not use the project's importer on purpose, so that the
// oracle test depends on nothing but the expression engine.
import ExcelJS from 'exceljs';
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const folder = process.argv[2] ?? join(here, '../fixtures');
const output = join(here, '../fixtures/expressions.json');
const FIELDS = ['relevant', 'constraint', 'calculation', 'required', 'choice_filter', 'repeat_count'];
const REQUIRED_LITERALS = /^(yes|no|true|false|true\(\)|false\(\)|1|0|)$/i;

const text = (cell) => {
  const value = cell?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(cell.text ?? value);
};
const header = (value) =>
  value
    .replace(/[\t ]+/g, ' ')
    .trim()
    .toLowerCase();

function rows(sheet) {
  if (!sheet) return [];
  const names = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (names[column] = header(text(cell))));
  const out = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record = { row: number };
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (names[column])
        record[names[column]] = text(cell)
          .replace(/_x000D_/g, '')
          .trim();
    });
    out.push(record);
  });
  return out;
}

const fixtures = [];
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.xlsx'))
  .sort()) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(folder, file));
  const choices = new Map();
  for (const choice of rows(workbook.getWorksheet('choices'))) {
    const list = choice['list_name'] ?? choice['list name'];
    if (!list || !choice.name) continue;
    if (!choices.has(list)) choices.set(list, []);
    choices.get(list).push(choice.name);
  }
  const stack = [];
  const questions = [];
  for (const record of rows(workbook.getWorksheet('survey'))) {
    const type = (record.type ?? '').replace(/\s+/g, ' ').trim();
    if (!type) continue;
    if (/^end[ _](group|repeat)$/.test(type)) {
      stack.pop();
      continue;
    }
    const [kind, list] = type.split(' ');
    const question = {
      row: record.row,
      name: record.name ?? '',
      type: /^begin[ _]group$/.test(type) ? 'begin_group' : /^begin[ _]repeat$/.test(type) ? 'begin_repeat' : kind,
      parent: stack.length ? stack[stack.length - 1] : null,
    };
    if ((kind === 'select_one' || kind === 'select_multiple') && list) question.choices = choices.get(list) ?? [];
    for (const field of FIELDS) {
      const value = record[field];
      if (value && !(field === 'required' && REQUIRED_LITERALS.test(value))) question[field] = value;
    }
    questions.push(question);
    if (question.type === 'begin_group' || question.type === 'begin_repeat') stack.push(question.name);
  }
  fixtures.push({ file: basename(file), questions });
}
writeFileSync(output, JSON.stringify({ generatedBy: 'libs/xlsform/test/tools/extract-expressions.mjs', fixtures }, null, 1) + '\n');
console.log(`${output}: ${fixtures.map((f) => `${f.file} ${f.questions.length} rows`).join(', ')}`);
