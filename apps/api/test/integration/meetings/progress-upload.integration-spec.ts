import { writeSheets } from '@shuraka/xlsform/workbook';
import { parse } from 'papaparse';
import { ConsortiumMemberEntity } from '../../../src/modules/consortia/consortium-member.entity';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';
import { meetingWithRecommendations, type FilesSetting } from './files-setting';
import { UPDATE } from './setting';

const IMPORT = operation<{ importRecommendationUpdates: { updated: number; recommendations: Array<{ id: string; number: number; status: string; percent: number | null }> } }>(
  `mutation I($input: ImportRecommendationUpdatesInput!) {
     importRecommendationUpdates(input: $input) { updated recommendations { id number status percent } }
   }`,
);
const STATE = operation<{
  meeting: {
    recommendations: Array<{
      number: number;
      status: string;
      percent: number | null;
      statusReason: string | null;
      version: number;
      progress: Array<{ note: string; percent: number | null; statusFrom: string | null; statusTo: string | null; by: { id: string } }>;
    }>;
  };
}>(
  `query S($id: ID!) { meeting(id: $id) { recommendations {
     number status percent statusReason version progress { note percent statusFrom statusTo by { id } } } } }`,
);
const TEMPLATE = operation<{ meeting: { progressTemplate: { fileName: string; contentType: string; base64: string } } }>(
  'query T($id: ID!, $format: ExportFormat!) { meeting(id: $id) { progressTemplate(format: $format) { fileName contentType base64 } } }',
);

type RowError = { field: string; row: number; column: string | null; message: string; localized: { ar: string; en: string } };
const rowErrors = (response: Parameters<typeof fieldErrors>[0]) => fieldErrors(response) as unknown as RowError[];

const base64 = (content: string | Buffer) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');

describe('progress sheets (importRecommendationUpdates, Meeting.progressTemplate)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** Recommendations 1, 2 and 4 are partner A's, 3 is partner B's. */
  const setup = () => meetingWithRecommendations(api, [{ owners: ['partnerA'] }, { owners: ['partnerA'] }, { owners: ['partnerB'] }, { owners: ['partnerA'] }]);
  const upload = (setting: FilesSetting, token: string, fileName: string, content: string | Buffer) =>
    api.gql(IMPORT, { input: { meetingId: setting.meetingId, fileName, fileBase64: base64(content) } }, token);
  const state = async (setting: FilesSetting) => {
    const response = await api.gql(STATE, { id: setting.meetingId }, setting.leadStaff.token);
    return response.data!.meeting.recommendations;
  };

  it("applies an owner's CSV: status, note and percent, the notes written by the uploader; untouched rows change nothing", async () => {
    const setting = await setup();
    const csv = 'number,status,note,percent\r\n1,IN_PROGRESS,"Started, with the bank\nand the fund",30\r\n2,DONE,Signed on 3 March,100\r\n4,OPEN,,\r\n';
    const response = await upload(setting, setting.staffA.token, 'progress.csv', csv);
    expect(response.errors).toBeUndefined();
    expect(response.data?.importRecommendationUpdates).toEqual({
      updated: 2,
      recommendations: [
        { id: setting.recommendationIds[0], number: 1, status: 'IN_PROGRESS', percent: 30 },
        { id: setting.recommendationIds[1], number: 2, status: 'DONE', percent: 100 },
      ],
    });
    const [first, second, third, fourth] = await state(setting);
    expect(first).toMatchObject({ status: 'IN_PROGRESS', percent: 30, version: 2 });
    expect(first.progress).toEqual([
      { note: 'Started, with the bank\nand the fund', percent: 30, statusFrom: 'OPEN', statusTo: 'IN_PROGRESS', by: { id: setting.staffA.user.id } },
    ]);
    expect(second.progress).toEqual([{ note: 'Signed on 3 March', percent: 100, statusFrom: 'OPEN', statusTo: 'DONE', by: { id: setting.staffA.user.id } }]);
    expect(third).toMatchObject({ status: 'OPEN', version: 1, progress: [] });
    expect(fourth).toMatchObject({ status: 'OPEN', version: 1, progress: [] });
  });

  it("applies a manager's XLSX with Arabic headers and status labels, to any owner's recommendation", async () => {
    const setting = await setup();
    const file = await writeSheets([
      {
        name: 'التقدم',
        rows: [
          ['الرقم', 'الحالة', 'ملاحظة', 'النسبة'],
          ['٣', 'قيد التنفيذ', 'بدأ التنسيق مع البنك', '٤٠٪'],
          ['1', 'ملغاة', 'لم تعد لازمة بعد قرار المجلس', ''],
        ],
      },
    ]);
    const response = await upload(setting, setting.leadStaff.token, 'تقدم.xlsx', file);
    expect(response.errors).toBeUndefined();
    expect(response.data?.importRecommendationUpdates.updated).toBe(2);
    const [first, , third] = await state(setting);
    expect(third).toMatchObject({ status: 'IN_PROGRESS', percent: 40, progress: [expect.objectContaining({ note: 'بدأ التنسيق مع البنك', by: { id: setting.leadStaff.user.id } })] });
    expect(first).toMatchObject({ status: 'DROPPED', statusReason: 'لم تعد لازمة بعد قرار المجلس' });
  });

  it('reads a CSV with a BOM, Arabic headers in another order and semicolons (Excel in Arabic)', async () => {
    const setting = await setup();
    const csv = '\uFEFFملاحظة;الرقم;الحالة\r\nتم التوقيع;2;منجزة\r\n';
    const response = await upload(setting, setting.staffA2.token, 'progress.csv', csv);
    expect(response.data?.importRecommendationUpdates.updated).toBe(1);
    expect((await state(setting))[1]).toMatchObject({ status: 'DONE', progress: [expect.objectContaining({ note: 'تم التوقيع', by: { id: setting.staffA2.user.id } })] });
  });

  it('changes nothing when any row is bad, and names every bad row with its column, in Arabic and English', async () => {
    const setting = await setup();
    // Recommendation 4 is DONE already: DONE → DROPPED directly is refused.
    await api.gql(UPDATE, { id: setting.recommendationIds[3], input: { status: 'DONE', progressNote: 'done' } }, setting.staffA.token);
    const before = await state(setting);
    const csv = [
      'number,status,note,percent',
      '1,IN_PROGRESS,fine row,10', // row 2: good
      '3,IN_PROGRESS,not ours,', // row 3: partner B's
      '2,DROPPED,,', // row 4: no reason
      '9,DONE,x,', // row 5: no such number
      '2,finished,,', // row 6: no such status (and 2 again)
      '4,DROPPED,changed our minds,', // row 7: DONE → DROPPED
      '1,OPEN,,', // row 8: 1 again
    ].join('\n');
    const response = await upload(setting, setting.staffA.token, 'progress.csv', csv);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const errors = rowErrors(response);
    expect(errors.map(({ field, row, column }) => ({ field, row, column }))).toEqual([
      { field: 'file', row: 3, column: 'number' },
      { field: 'file', row: 4, column: 'note' },
      { field: 'file', row: 5, column: 'number' },
      { field: 'file', row: 6, column: 'number' },
      { field: 'file', row: 6, column: 'status' },
      { field: 'file', row: 7, column: 'status' },
      { field: 'file', row: 8, column: 'number' },
    ]);
    expect(errors[0].localized).toEqual({
      ar: 'لا يحق لكم تحديث التوصية رقم 3: ليست من توصيات منظمتكم.',
      en: "You may not update recommendation 3: it is not your organisation's.",
    });
    expect(errors[1].localized.ar).toMatch(/^التوصية رقم 2: .+/);
    expect(errors[2].localized.en).toBe('This meeting has no recommendation 9.');
    expect(errors[5].localized.ar).toContain('من «منجزة» إلى «ملغاة»');
    expect(errors.every((error) => error.localized.ar && error.localized.en && error.message === error.localized.en)).toBe(true);
    expect(response.errors?.[0].message).toContain('nothing changed (7 problems)');
    expect(await state(setting)).toEqual(before);
  });

  it('names the one bad row among good ones, and applies the file once it is fixed', async () => {
    const setting = await setup();
    const bad = 'number,status,note\n1,IN_PROGRESS,a\n2,DROPPED,\n4,IN_PROGRESS,b\n';
    const refused = await upload(setting, setting.staffA.token, 'p.csv', bad);
    expect(rowErrors(refused).map((error) => [error.row, error.column])).toEqual([[3, 'note']]);
    expect((await state(setting)).map((recommendation) => recommendation.status)).toEqual(['OPEN', 'OPEN', 'OPEN', 'OPEN']);
    const fixed = await upload(setting, setting.staffA.token, 'p.csv', bad.replace('2,DROPPED,', '2,DROPPED,merged into 1'));
    expect(fixed.data?.importRecommendationUpdates.updated).toBe(3);
    expect((await state(setting)).map((recommendation) => recommendation.status)).toEqual(['IN_PROGRESS', 'DROPPED', 'OPEN', 'IN_PROGRESS']);
  });

  it('applies parallel uploads one after the other: the second judges the first one\'s result', async () => {
    const setting = await setup();
    const [done, dropped] = await Promise.all([
      upload(setting, setting.staffA.token, 'a.csv', 'number,status,note\n1,DONE,finished\n2,IN_PROGRESS,a\n'),
      upload(setting, setting.leadStaff.token, 'b.csv', 'number,status,note\n2,IN_PROGRESS,b\n1,DROPPED,not needed\n'),
    ]);
    // Whichever came second found recommendation 1 closed the other way: DONE ↔ DROPPED is refused, and its row named.
    const outcomes = [done, dropped].map((response) => (response.errors ? rowErrors(response).map((error) => [error.row, error.column]) : 'applied'));
    expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(1);
    expect(outcomes).toContainEqual(done.errors ? [[2, 'status']] : [[3, 'status']]);
    const [first, second] = await state(setting);
    expect(first.status).toBe(done.errors ? 'DROPPED' : 'DONE');
    expect(second.progress).toHaveLength(1);
  });

  it('is FORBIDDEN to readers and NOT_FOUND to non-members, before the file is read', async () => {
    const setting = await setup();
    const csv = 'number,status,note\n1,DONE,x\n';
    expect(errorCode(await upload(setting, setting.leadCoordinator.token, 'p.csv', csv))).toBe('FORBIDDEN');
    expect(errorCode(await upload(setting, setting.outsiderStaff.token, 'p.csv', csv))).toBe('NOT_FOUND');
    expect(errorCode(await upload(setting, setting.outsiderCommittee.token, 'p.csv', 'not even a sheet'))).toBe('NOT_FOUND');
    // Partner B owns recommendation 3: its staff may upload, for that one only.
    const mine = await upload(setting, setting.staffB.token, 'p.csv', 'number,status,note\n3,IN_PROGRESS,ok\n');
    expect(mine.data?.importRecommendationUpdates.updated).toBe(1);
    expect((await state(setting)).map((recommendation) => recommendation.status)).toEqual(['OPEN', 'OPEN', 'IN_PROGRESS', 'OPEN']);
  });

  it('refuses a file over 700 KB, a file that is no sheet, and a sheet without the number column', async () => {
    const setting = await setup();
    const large = await upload(setting, setting.staffA.token, 'p.csv', `number,status,note\n1,OPEN,${'x'.repeat(701 * 1024)}\n`);
    expect(fieldErrors(large)).toEqual([expect.objectContaining({ field: 'fileBase64', constraint: 'maxSize' })]);
    const notXlsx = await upload(setting, setting.staffA.token, 'p.xlsx', 'number,status\n1,OPEN\n');
    expect(rowErrors(notXlsx)).toEqual([expect.objectContaining({ field: 'file', row: 0, message: 'The file is not a readable .xlsx workbook (or it is too large).' })]);
    const noNumber = await upload(setting, setting.staffA.token, 'p.csv', 'status,note\nOPEN,x\n');
    expect(rowErrors(noNumber)).toEqual([expect.objectContaining({ row: 1, column: 'number' })]);
  });

  it('gives the template of the meeting in CSV (BOM) and XLSX, which uploads back unchanged', async () => {
    const setting = await setup();
    const csv = await api.gql(TEMPLATE, { id: setting.meetingId, format: 'CSV' }, setting.staffA.token);
    const file = csv.data!.meeting.progressTemplate;
    expect(file).toMatchObject({ contentType: 'text/csv; charset=utf-8', fileName: 'progress-2031-01-15-Partners-meeting-Mukalla.csv' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['الرقم', 'التوصية', 'الحالة', 'ملاحظة', 'النسبة']);
    expect(rows.slice(1).map((row) => [row[0], row[2]])).toEqual([
      ['1', 'مفتوحة'],
      ['2', 'مفتوحة'],
      ['3', 'مفتوحة'],
      ['4', 'مفتوحة'],
    ]);
    const back = await upload(setting, setting.staffA.token, file.fileName, Buffer.from(file.base64, 'base64'));
    expect(back.data?.importRecommendationUpdates).toEqual({ updated: 0, recommendations: [] });

    const xlsx = await api.gql(TEMPLATE, { id: setting.meetingId, format: 'XLSX' }, setting.leadCoordinator.token);
    expect(xlsx.data?.meeting.progressTemplate.fileName).toBe('progress-2031-01-15-Partners-meeting-Mukalla.xlsx');
    expect(errorCode(await api.gql(TEMPLATE, { id: setting.meetingId, format: 'CSV' }, setting.outsiderStaff.token))).toBe('NOT_FOUND');
  });

  it("tells an owner's staff whose organisation left the consortium nothing of the recommendations they may not see", async () => {
    const setting = await setup();
    await api.dataSource.getRepository(ConsortiumMemberEntity).delete({ consortiumId: setting.consortium.id, organizationId: setting.partnerA.id });
    // Recommendation 3 (partner B's, OPEN) and 9 (none) read alike, whatever the row says of 3's status.
    for (const row of ['3,OPEN', '3,DONE', '9,OPEN']) {
      const response = await upload(setting, setting.staffA.token, 'p.csv', `number,status\n${row}\n`);
      expect({ row, errors: rowErrors(response).map((error) => [error.row, error.column, error.localized.en]) }).toEqual({
        row,
        errors: [[2, 'number', `This meeting has no recommendation ${row.split(',')[0]}.`]],
      });
    }
    // Their own still apply.
    const own = await upload(setting, setting.staffA.token, 'p.csv', 'number,status\n1,IN_PROGRESS\n');
    expect(own.data?.importRecommendationUpdates.updated).toBe(1);
  });
});
