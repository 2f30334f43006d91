import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { MAX_UNCOMPRESSED_BYTES, readSheets, readXlsForm, writeSheets, writeXlsForm } from '../src/workbook';
import type { FormDefinition } from '../src';

/** A workbook written cell by cell, the way spreadsheet programs leave real files. */
async function workbook(build: (book: Workbook) => void): Promise<Buffer> {
  const book = new Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readSheets: messy cells', () => {
  it('turns every kind of cell into the text its author sees', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('survey');
      sheet.addRow(['type', 'name ', 'label\t', 'required', 'default', 'hint']);
      sheet.getRow(2).values = ['integer', 'age', { richText: [{ text: 'Your ' }, { text: 'age', font: { bold: true } }] }, true];
      sheet.getRow(3).values = ['text', 'site', { text: 'see the site', hyperlink: 'https://example.org' }, false];
      sheet.getRow(4).values = ['decimal', 'rate', 'Rate_x000D_\nper year', { formula: '1=1', result: true }, 0.1 + 0.2];
      sheet.getRow(5).values = ['date', 'since', 'Since', 'yes', new Date(Date.UTC(2024, 4, 15))];
      sheet.getRow(6).values = ['integer', 20240515, 'Error', { formula: 'TRUE()' }, { error: '#N/A' }, 2.0240515e7];
      sheet.getRow(7).values = ['text', 'literal', 'Escaped twice_x005F_x000D_ by a tool', 'no', '', { formula: 'A1&"x"' }];
    });
    const { survey } = await readSheets(file);
    expect(Object.keys(survey[0])).toEqual(['type', 'name ', 'label\t', 'required', 'default', 'hint']);
    expect(survey.map((row) => row['label\t'])).toEqual([
      'Your age',
      'see the site',
      'Rate\r\nper year'.replace('\r\n', '\n'),
      'Since',
      'Error',
      'Escaped twice\n by a tool', // what the REACH form holds: exceljs decodes once, we decode the rest
    ]);
    expect(survey.map((row) => row.required)).toEqual(['TRUE', 'FALSE', 'TRUE', 'yes', 'TRUE', 'no']);
    expect(survey.map((row) => row.default)).toEqual(['', '', '0.3', '2024-05-15', '', '']);
    expect(survey[4]['name ']).toBe('20240515');
    expect(survey[4].hint).toBe('20240515'); // a float 2.0240515E7
    expect(survey[5].hint).toBe(''); // a formula without a cached result
  });

  it('keeps row numbers across blank rows and ignores rows formatted but empty', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('survey');
      sheet.addRow(['type', 'name', 'label']);
      sheet.getRow(2).values = ['text', 'a', 'A'];
      sheet.getRow(5).values = ['geopoint', 'where', 'Where'];
      sheet.getRow(40).getCell(1).font = { bold: true }; // styled, no value
    });
    const { survey } = await readSheets(file);
    expect(survey).toHaveLength(4); // rows 2..5
    const result = await readXlsForm(file);
    expect(result.issues).toEqual([
      expect.objectContaining({ sheet: 'survey', row: 5, column: 'type', code: 'UNSUPPORTED', question: 'where' }),
    ]);
  });

  it('imports a messy XLSForm: stray spaces and tabs in headers, Excel booleans, float versions, a bare Arabic label', async () => {
    const file = await workbook((book) => {
      const survey = book.addWorksheet(' Survey ');
      survey.addRow(['type ', ' name', 'label', 'required', 'relevant', 'read_only\t', 'capability']);
      survey.addRow(['integer', 'staff', 'عدد الموظفين', true, '', 'no', 'capacity']);
      survey.addRow(['select_one  yn', 'lends', 'هل تقدمون قروضا؟', 'TRUE', false, '', '']);
      survey.addRow(['text', 'why', 'لماذا؟', '${staff} > 3', '${lends} = "no"', true, '']);
      const choices = book.addWorksheet('choices');
      choices.addRow(['list_name', 'name ', 'label']);
      choices.addRow(['yn', 1, 'نعم']);
      choices.addRow(['yn', 0, 'لا']);
      const settings = book.addWorksheet('settings');
      settings.addRow(['form_title', 'version\t', 'form_id']);
      settings.addRow(['استبيان الشركاء', 2.0240515e7, 'partners']);
    });
    const result = await readXlsForm(file);
    expect(result.issues).toEqual([]);
    expect(result.form).toStrictEqual({
      title: { ar: 'استبيان الشركاء' },
      formId: 'partners',
      version: '20240515',
      questions: [
        { name: 'staff', type: 'INTEGER', label: { ar: 'عدد الموظفين' }, required: true, readOnly: false, capability: 'CAPACITY' },
        {
          name: 'lends',
          type: 'SELECT_ONE',
          label: { ar: 'هل تقدمون قروضا؟' },
          required: true,
          relevant: 'false()',
          readOnly: false,
          listName: 'yn',
          choices: [
            { name: '1', label: { ar: 'نعم' } },
            { name: '0', label: { ar: 'لا' } },
          ],
        },
        {
          name: 'why',
          type: 'TEXT',
          label: { ar: 'لماذا؟' },
          required: false,
          requiredIf: '${staff} > 3',
          relevant: '${lends} = "no"',
          readOnly: true,
        },
      ],
    } satisfies FormDefinition);
  });

  it('reports a file that is no workbook instead of throwing', async () => {
    const result = await readXlsForm(Buffer.from('type,name\ntext,a\n'));
    expect(result).toEqual({
      form: null,
      issues: [expect.objectContaining({ sheet: '', row: 0, code: 'INVALID' })],
      skipped: [],
      ignored: [],
    });
  });

  it('refuses a small file that inflates past the limit before exceljs inflates it (zip bomb)', async () => {
    const file = await workbook((book) => book.addWorksheet('survey').addRow(['type', 'name', 'label']));
    const zip = await JSZip.loadAsync(file);
    zip.file('xl/media/padding.bin', Buffer.alloc(MAX_UNCOMPRESSED_BYTES + 1), { compression: 'DEFLATE' });
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(700 * 1024); // what the API accepts
    await expect(readSheets(bomb)).rejects.toThrow(/once uncompressed/);
    const result = await readXlsForm(bomb);
    expect(result.form).toBeNull();
    expect(result.issues).toEqual([
      { sheet: '', row: 0, code: 'INVALID', message: `The workbook holds more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB once uncompressed` },
    ]);
    // The same workbook without the padding is read as before.
    zip.remove('xl/media/padding.bin');
    const sheets = await readSheets(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(Object.keys(sheets)).toEqual(['survey']);
  });
});

describe('writeXlsForm / writeSheets', () => {
  it('writes a Shuraka form that ODK tools read: language columns, acknowledge for yes/no, Shuraka columns last', async () => {
    const form: FormDefinition = {
      title: { ar: 'قدرات الشركاء', en: 'Partner capabilities' },
      defaultLanguage: 'ar',
      formId: 'capabilities',
      version: '3',
      questions: [
        { name: 'svc', type: 'REPEAT', label: { ar: 'الخدمات', en: 'Services' }, maxRepeats: 5, capability: 'SERVICES' },
        { name: 'max', type: 'DECIMAL', parent: 'svc', label: { en: 'Max' }, constraint: '. >= 0', capability: 'MAX_AMOUNT' },
        { name: 'ok', type: 'BOOLEAN', label: { ar: 'موافق' }, required: true },
      ],
    };
    const file = await writeXlsForm(form);
    const again = await readXlsForm(file); // no select question: the choices sheet has only its headers
    expect(again.issues).toEqual([]);
    expect(again.form?.questions.map((q) => [q.name, q.type, q.parent, q.capability])).toEqual([
      ['svc', 'REPEAT', undefined, 'SERVICES'],
      ['max', 'DECIMAL', 'svc', 'MAX_AMOUNT'],
      ['ok', 'BOOLEAN', undefined, undefined],
    ]);
    const sheets = await readSheets(file);
    expect(Object.keys(sheets)).toEqual(['survey', 'choices', 'settings']);
    expect(sheets.survey.map((row) => row.type)).toEqual(['begin_repeat', 'decimal', 'end_repeat', 'acknowledge']);
    expect(Object.keys(sheets.survey[0])).toEqual([
      'type',
      'name',
      'label::Arabic (ar)',
      'label::English (en)',
      'required',
      'constraint',
      'max_repeats',
      'capability',
    ]);
    expect(sheets.settings[0]).toMatchObject({ form_title: 'قدرات الشركاء', default_language: 'Arabic (ar)', version: '3' });
  });

  it('writes every cell as text, sheet names made valid and unique', async () => {
    const file = await writeSheets([
      { name: 'Responses: 2024/05', rows: [['name', 'formula'], ['0012', '=1+1']] },
      { name: 'responses- 2024 05', rows: [['x']] },
    ]);
    const book = new Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Responses  2024 05', 'responses- 2024 05']);
    expect(book.worksheets[0].getRow(2).getCell(1).value).toBe('0012');
    expect(book.worksheets[0].getRow(2).getCell(2).value).toBe('=1+1');
    expect(book.worksheets[0].getRow(1).font?.bold).toBe(true);
  });
});
