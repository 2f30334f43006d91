import ExcelJS from 'exceljs';
import { RecommendationStatus } from '@shuraka/domain';
import { writeSheets } from '@shuraka/xlsform/workbook';
import { MAX_PROGRESS_ROWS, readProgressCsv, readProgressSheet } from './progress-sheet';
import { progressTemplateRows, writeProgressTemplate, type TemplateRecommendation } from './progress-template';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('readProgressCsv', () => {
  it('reads English headers in any order, with stray spaces, and skips empty rows', () => {
    const sheet = readProgressCsv(csv(' Note ,NUMBER, status ,percent\r\nstarted,1,in_progress,20\r\n,,,\r\n"done, finally\nsigned",2,DONE,100%\r\n'));
    expect(sheet.issues).toEqual([]);
    expect(sheet.headers).toEqual({ note: 'Note', number: 'NUMBER', status: 'status', percent: 'percent' });
    expect(sheet.rows).toEqual([
      { row: 2, number: 1, status: RecommendationStatus.IN_PROGRESS, note: 'started', percent: 20 },
      { row: 4, number: 2, status: RecommendationStatus.DONE, note: 'done, finally\nsigned', percent: 100 },
    ]);
  });

  it('reads Arabic headers, Arabic status labels and Arabic-Indic digits, after a BOM, separated by semicolons', () => {
    const sheet = readProgressCsv(csv('\uFEFFالرقم;الحالة;ملاحظة;النسبة\n١;قيد التنفيذ;بدأ العمل، والتنسيق جارٍ;٤٠٪\n2;منجزه;;\n3;ملغاة;لم تعد لازمة;\n'));
    expect(sheet.issues).toEqual([]);
    expect(sheet.rows).toEqual([
      { row: 2, number: 1, status: RecommendationStatus.IN_PROGRESS, note: 'بدأ العمل، والتنسيق جارٍ', percent: 40 },
      { row: 3, number: 2, status: RecommendationStatus.DONE, note: null, percent: null },
      { row: 4, number: 3, status: RecommendationStatus.DROPPED, note: 'لم تعد لازمة', percent: null },
    ]);
  });

  it('reads two-column sheets separated by semicolons or tabs (quoted or not), and keeps row numbers across empty lines', () => {
    const bom = '\uFEFF';
    expect(readProgressCsv(csv(`${bom}"الرقم";"الحالة"\r\n"١";"منجزة "\r\n`))).toMatchObject({
      issues: [],
      rows: [{ row: 2, number: 1, status: RecommendationStatus.DONE }],
    });
    expect(readProgressCsv(csv('number\tstatus\n2\tDROPPED\n'))).toMatchObject({ issues: [], rows: [{ row: 2, number: 2, status: RecommendationStatus.DROPPED }] });
    expect(readProgressCsv(csv('number;note\n1;a, b, c, d\n\n3;x, y\n'))).toMatchObject({
      issues: [],
      rows: [
        { row: 2, number: 1, note: 'a, b, c, d' },
        { row: 4, number: 3, note: 'x, y' },
      ],
    });
  });

  it('takes an empty status as "no move" and the English labels as statuses', () => {
    const sheet = readProgressCsv(csv('number,status,note\n1,,a note only\n2,In progress,\n'));
    expect(sheet.rows.map((row) => row.status)).toEqual([null, RecommendationStatus.IN_PROGRESS]);
  });

  it('reports every bad row, by spreadsheet row and column as written, in Arabic and English, and keeps the good ones', () => {
    const sheet = readProgressCsv(csv('number,Status,note,percent\n1,DONE,ok,\nx,DONE,,\n2,finished,,\n3,OPEN,,120\n1,OPEN,,\n4,,,-5\n'));
    expect(sheet.rows).toEqual([{ row: 2, number: 1, status: RecommendationStatus.DONE, note: 'ok', percent: null }]);
    expect(sheet.issues.map(({ row, column }) => [row, column])).toEqual([
      [3, 'number'],
      [4, 'Status'],
      [5, 'percent'],
      [6, 'number'],
      [7, 'percent'],
    ]);
    expect(sheet.issues[3].message).toEqual({ ar: 'التوصية رقم 1 مذكورة أيضًا في الصف 2.', en: 'Recommendation 1 is also in row 2.' });
    expect(sheet.issues[1].message.en).toContain('"finished" is not a status');
    expect(sheet.issues[1].message.ar).toContain('ليست حالة');
  });

  it('refuses a file without a number column, or with nothing to update', () => {
    expect(readProgressCsv(csv('status,note\nDONE,x\n')).issues).toEqual([
      expect.objectContaining({ row: 1, column: 'number' }),
    ]);
    expect(readProgressCsv(csv('number,comment\n1,x\n')).issues).toEqual([expect.objectContaining({ row: 1, column: 'status' })]);
    expect(readProgressCsv(csv('number,status\n')).issues).toEqual([expect.objectContaining({ row: 0 })]);
    expect(readProgressCsv(csv('')).issues[0].message.en).toBe('The file is empty.');
  });

  it('refuses text that is not UTF-8 (an "ANSI" CSV from Excel) with a way out', () => {
    const windows1256 = Buffer.from([0x6e, 0x75, 0x6d, 0x62, 0x65, 0x72, 0x0a, 0xe3, 0xd1]);
    expect(readProgressCsv(windows1256).issues[0].message.en).toContain('CSV UTF-8');
  });

  it(`refuses more than ${MAX_PROGRESS_ROWS} rows`, () => {
    const lines = Array.from({ length: MAX_PROGRESS_ROWS + 1 }, (_, i) => `${i + 1},OPEN,`);
    expect(readProgressCsv(csv(`number,status,note\n${lines.join('\n')}`)).issues[0].message.en).toContain('more than 1000 rows');
  });
});

describe('readProgressSheet', () => {
  it('reads an .xlsx by its content, whatever its name', async () => {
    const file = await writeSheets([
      { name: 'Sheet1', rows: [['الرقم', 'الحالة', 'ملاحظة'], ['1', 'منجزة', 'تم التوقيع'], ['', '', ''], ['2', 'OPEN', '']] },
    ]);
    const sheet = await readProgressSheet('upload.bin', file);
    expect(sheet).toEqual({
      issues: [],
      headers: { number: 'الرقم', status: 'الحالة', note: 'ملاحظة' },
      rows: [
        { row: 2, number: 1, status: RecommendationStatus.DONE, note: 'تم التوقيع', percent: null },
        { row: 4, number: 2, status: RecommendationStatus.OPEN, note: null, percent: null },
      ],
    });
  });

  it('reads a percentage typed as "50%" in a spreadsheet program (stored as 0.5, formatted as a percentage) as 50', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('progress');
    sheet.addRow(['number', 'status', 'percent']);
    sheet.addRow([1, 'IN_PROGRESS', 0.5]);
    sheet.addRow([2, 'IN_PROGRESS', 0.07]);
    sheet.addRow([3, 'IN_PROGRESS', 40]);
    sheet.addRow([4, 'IN_PROGRESS', 60]);
    sheet.getCell('C2').numFmt = '0%';
    sheet.getCell('C3').numFmt = '0.0%';
    sheet.getCell('C5').numFmt = '0"%"'; // a literal sign: shows 60%
    const read = await readProgressSheet('p.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(read.issues).toEqual([]);
    expect(read.rows.map((row) => row.percent)).toEqual([50, 7, 40, 60]);
  });

  it('says so when an .xlsx is no workbook, and reads anything else as CSV', async () => {
    expect((await readProgressSheet('progress.xlsx', csv('number,status\n1,OPEN\n'))).issues[0].message.en).toContain('not a readable .xlsx');
    expect((await readProgressSheet('progress.txt', csv('number,status\n1,OPEN\n'))).rows).toHaveLength(1);
  });
});

describe('progress template', () => {
  const recommendations: TemplateRecommendation[] = [
    { number: 2, text: { ar: 'تشكيل لجنة', en: null }, status: RecommendationStatus.IN_PROGRESS, percent: 30 },
    { number: 1, text: { ar: 'توقيع الاتفاقية', en: 'Sign the agreement' }, status: RecommendationStatus.OPEN, percent: null },
  ];

  it('lists the recommendations by number with their current status and percent, headers in the language asked', () => {
    expect(progressTemplateRows(recommendations, 'en')).toEqual([
      ['number', 'recommendation', 'status', 'note', 'percent'],
      ['1', 'Sign the agreement', 'OPEN', '', ''],
      ['2', 'تشكيل لجنة', 'IN_PROGRESS', '', '30'],
    ]);
    expect(progressTemplateRows(recommendations, 'ar')[0]).toEqual(['الرقم', 'التوصية', 'الحالة', 'ملاحظة', 'النسبة']);
    expect(progressTemplateRows(recommendations, 'ar')[2][2]).toBe('قيد التنفيذ');
  });

  it.each([
    ['CSV', 'ar'],
    ['XLSX', 'ar'],
    ['CSV', 'en'],
    ['XLSX', 'en'],
  ] as const)('reads back as an upload (%s, %s), untouched', async (format, language) => {
    const file = await writeProgressTemplate(recommendations, language, format);
    if (format === 'CSV') expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const sheet = await readProgressSheet(`template.${format.toLowerCase()}`, file);
    expect(sheet).toMatchObject({
      issues: [],
      rows: [
        { row: 2, number: 1, status: RecommendationStatus.OPEN, note: null, percent: null },
        { row: 3, number: 2, status: RecommendationStatus.IN_PROGRESS, note: null, percent: 30 },
      ],
    });
  });
});
