import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { MemberRole, Role } from '@shuraka/domain';
import { readSheets, readXlsForm } from '@shuraka/xlsform/workbook';
import { createConsortium, createOrganization, signedIn } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';
import { CAPABILITY_FORM, createResponse, createPublishedQuestionnaire } from './caps-fixtures';

const FIXTURES = join(__dirname, '../../../../../libs/xlsform/test/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name)).toString('base64');

interface Issue { sheet: string; row: number; column: string | null; code: string; message: string; question: string | null }

const IMPORT = operation<{
  importXlsForm: { questionnaire: { id: string; familyId: string; version: number; published: boolean; title: { ar: string | null; en: string | null }; questions: Array<{ name: string; type: string }> }; skipped: Issue[] };
}>(`mutation I($input: ImportXlsFormInput!) {
  importXlsForm(input: $input) {
    questionnaire { id familyId version published title { ar en } questions { name type } }
    skipped { sheet row column code message question }
  }
}`);

const XLSFORM = operation<{ questionnaireXlsForm: { fileName: string; contentType: string; base64: string } }>(
  `query X($id: ID!) { questionnaireXlsForm(id: $id) { fileName contentType base64 } }`,
);

const EXPORT = operation<{ questionnaireResponsesExport: { fileName: string; contentType: string; base64: string } }>(
  `query E($id: ID!, $format: ExportFormat!, $language: String!) { questionnaireResponsesExport(questionnaireId: $id, format: $format, language: $language) { fileName contentType base64 } }`,
);

describe('questionnaire files', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function consortium() {
    const lead = await createOrganization(api.dataSource);
    const partner = await createOrganization(api.dataSource, { nameAr: 'مؤسسة العون للتنمية', nameEn: 'Al-Awn Foundation' });
    const other = await createOrganization(api.dataSource, { nameAr: 'مؤسسة روابي الخير', nameEn: 'Rawabi Al-Khair' });
    const created = await createConsortium(api.dataSource, lead.id, [
      { organizationId: partner.id, role: MemberRole.MEMBER },
      { organizationId: other.id, role: MemberRole.MEMBER },
    ]);
    return {
      consortium: created, lead, partner, other,
      leadStaff: await signedIn(api, Role.PARTNER_STAFF, lead.id),
      partnerStaff: await signedIn(api, Role.PARTNER_STAFF, partner.id),
      committee: await signedIn(api, Role.COMMITTEE_MEMBER, lead.id),
    };
  }

  describe('importXlsForm', () => {
    it('refuses the Arabic REACH form row by row, then imports it without the unsupported rows when asked', async () => {
      const { consortium: { id }, leadStaff } = await consortium();
      const input = { consortiumId: id, fileBase64: fixture('reach_cleaningtools_form_en_ar.xlsx'), fileName: 'form.xlsx' };
      const refused = await api.gql(IMPORT, { input }, leadStaff.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      const issues = refused.errors![0].extensions!.xlsformIssues as Issue[];
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((issue) => issue.code === 'UNSUPPORTED' && issue.sheet === 'survey' && issue.row >= 2)).toBe(true);
      expect(issues.map((issue) => issue.question)).toEqual(expect.arrayContaining(['start', 'end']));
      expect(fieldErrors(refused)).toEqual([expect.objectContaining({ field: 'fileBase64', constraint: 'xlsform' })]);
      expect((await api.dataSource.query('SELECT count(*)::int AS n FROM questionnaire WHERE consortium_id = $1', [id]))[0].n).toBe(0);

      const imported = await api.gql(IMPORT, { input: { ...input, skipUnsupported: true } }, leadStaff.token);
      expect(imported.errors).toBeUndefined();
      const { questionnaire, skipped } = imported.data!.importXlsForm;
      expect(skipped.map((issue) => [issue.row, issue.question])).toEqual(issues.map((issue) => [issue.row, issue.question]));
      expect(questionnaire).toMatchObject({ version: 1, published: false, familyId: questionnaire.id });
      expect(questionnaire.questions.length).toBeGreaterThan(100);
      expect(questionnaire.questions.map((question) => question.name)).not.toContain('start');
    });

    it('names the row, column and question of a curly quote, and refuses a file that is no workbook, too large or not base64', async () => {
      const { consortium: { id }, leadStaff } = await consortium();
      const bad = await api.gql(IMPORT, { input: { consortiumId: id, fileBase64: fixture('UCL_Biomass_Plot_Form.xlsx'), fileName: 'ucl.xlsx', skipUnsupported: true } }, leadStaff.token);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].extensions!.xlsformIssues).toEqual(
        expect.arrayContaining([expect.objectContaining({ sheet: 'survey', row: 9, column: 'relevant', code: 'SYNTAX', question: 'leader_name_other' })]),
      );

      const garbage = await api.gql(IMPORT, { input: { consortiumId: id, fileBase64: Buffer.from('not a workbook').toString('base64'), fileName: 'x.xlsx' } }, leadStaff.token);
      expect(garbage.errors![0].extensions!.xlsformIssues).toEqual([expect.objectContaining({ row: 0, code: 'INVALID' })]);

      const large = await api.gql(IMPORT, { input: { consortiumId: id, fileBase64: Buffer.alloc(701 * 1024).toString('base64'), fileName: 'big.xlsx' } }, leadStaff.token);
      expect(fieldErrors(large)).toEqual([expect.objectContaining({ field: 'fileBase64', constraint: 'maxSize' })]);

      const notBase64 = await api.gql(IMPORT, { input: { consortiumId: id, fileBase64: 'this is not base64!', fileName: 'x.xlsx' } }, leadStaff.token);
      expect(fieldErrors(notBase64)).toEqual([expect.objectContaining({ field: 'fileBase64', constraint: 'isBase64' })]);
    });

    it('imports as the next version of a published questionnaire, or replaces the family’s draft', async () => {
      const { consortium: { id }, leadStaff } = await consortium();
      const published = await createPublishedQuestionnaire(api.dataSource, id, leadStaff.user.id);
      const input = { consortiumId: id, fileBase64: fixture('socio-economic-survey-v20240515.xlsx'), fileName: 'ses.xlsx', skipUnsupported: true, questionnaireId: published.id };
      const next = await api.gql(IMPORT, { input }, leadStaff.token);
      expect(next.errors).toBeUndefined();
      const draft = next.data!.importXlsForm.questionnaire;
      expect(draft).toMatchObject({ familyId: published.familyId, version: 2, published: false, title: { en: 'Socio-economic Survey' } });
      expect(next.data!.importXlsForm.skipped).toEqual([expect.objectContaining({ question: 'SEClass', code: 'UNSUPPORTED' })]);

      const again = await api.gql(IMPORT, { input }, leadStaff.token);
      expect(again.data!.importXlsForm.questionnaire).toMatchObject({ id: draft.id, version: 2 });
      const versions = await api.dataSource.query('SELECT version FROM questionnaire WHERE family_id = $1 ORDER BY version', [published.familyId]);
      expect(versions).toEqual([{ version: 1 }, { version: 2 }]);
    });

    it('is for ADMIN and the lead’s staff of that consortium', async () => {
      const { consortium: { id }, partnerStaff, committee } = await consortium();
      const input = { consortiumId: id, fileBase64: fixture('select_one_external.xlsx'), fileName: 'x.xlsx', skipUnsupported: true };
      expect(errorCode(await api.gql(IMPORT, { input }, partnerStaff.token))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(IMPORT, { input }, committee.token))).toBe('FORBIDDEN');
      // Refused before the file is read: not a list of the file's problems.
      const garbage = { ...input, fileBase64: Buffer.from('not a workbook').toString('base64') };
      expect(errorCode(await api.gql(IMPORT, { input: garbage }, partnerStaff.token))).toBe('FORBIDDEN');
      const admin = await signedIn(api, Role.ADMIN);
      expect((await api.gql(IMPORT, { input }, admin.token)).errors).toBeUndefined();
    });
  });

  describe('questionnaireXlsForm', () => {
    it('exports a version as an XLSForm that imports back to the same questions', async () => {
      const { consortium: { id }, leadStaff, partnerStaff } = await consortium();
      const published = await createPublishedQuestionnaire(api.dataSource, id, leadStaff.user.id);
      const response = await api.gql(XLSFORM, { id: published.id }, partnerStaff.token);
      expect(response.errors).toBeUndefined();
      const file = response.data!.questionnaireXlsForm;
      expect(file).toMatchObject({ fileName: 'capabilities-v1.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      const back = await readXlsForm(Buffer.from(file.base64, 'base64'));
      expect(back.issues).toEqual([]);
      expect(back.form!.questions).toEqual(CAPABILITY_FORM.questions.map((question) => expect.objectContaining({ name: question.name, type: question.type, label: question.label })));
      expect(back.form!.questions.find((question) => question.name === 'kind')!.capability).toBe('SERVICE_KIND');

      const outsider = await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id);
      expect(errorCode(await api.gql(XLSFORM, { id: published.id }, outsider.token))).toBe('NOT_FOUND');
    });
  });

  describe('questionnaireResponsesExport', () => {
    async function responses() {
      const setup = await consortium();
      const questionnaire = await createPublishedQuestionnaire(api.dataSource, setup.consortium.id, setup.leadStaff.user.id);
      await createResponse(api.dataSource, questionnaire.id, setup.partner.id, {
        submittedBy: setup.partnerStaff.user.id,
        answers: {
          contact: '=cmd|" /C calc"!A0', areas: ['YE-HD', 'YE-AB'],
          services: [{ kind: 'MICRO_LOAN', capacity: 10, max_amount: 500000 }, { kind: 'GRANT', service_name: 'منح', capacity: 3 }],
        },
      });
      await createResponse(api.dataSource, questionnaire.id, setup.other.id);
      return { ...setup, questionnaire };
    }

    it('gives one CSV row per partner with labels in Arabic, readable by a spreadsheet (BOM) and without formulas', async () => {
      const { questionnaire, committee } = await responses();
      const response = await api.gql(EXPORT, { id: questionnaire.id, format: 'CSV', language: 'ar' }, committee.token);
      expect(response.errors).toBeUndefined();
      const file = response.data!.questionnaireResponsesExport;
      expect(file).toMatchObject({ fileName: 'capabilities-v1-responses-ar.csv', contentType: 'text/csv; charset=utf-8' });
      const text = Buffer.from(file.base64, 'base64').toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      expect(rows).toEqual([
        ['الجهة', 'الحالة', 'تاريخ الإرسال', 'آخر حفظ', 'مسؤول التواصل', 'المحافظات', 'الخدمات (عدد الإدخالات)'],
        ['مؤسسة العون للتنمية', 'مُرسَل', expect.stringMatching(/^\d{4}-\d\d-\d\dT/), expect.stringMatching(/^\d{4}-/), `'=cmd|" /C calc"!A0`, 'حضرموت، أبين', '2'],
        ['مؤسسة روابي الخير', 'لم يبدأ', '', '', '', '', '0'],
      ]);
    });

    it('gives an XLSX with the main sheet and the repeat in a sheet of its own, in English', async () => {
      const { questionnaire, leadStaff } = await responses();
      const response = await api.gql(EXPORT, { id: questionnaire.id, format: 'XLSX', language: 'en' }, leadStaff.token);
      expect(response.errors).toBeUndefined();
      const sheets = await readSheets(Buffer.from(response.data!.questionnaireResponsesExport.base64, 'base64'));
      expect(Object.keys(sheets)).toEqual(['Responses', 'Services']);
      expect(sheets.Responses.map((row) => [row.Partner, row.Status, row.Governorates])).toEqual([
        ['Al-Awn Foundation', 'Submitted', 'Hadramout, Abyan'],
        ['Rawabi Al-Khair', 'Not started', ''],
      ]);
      expect(sheets.Services).toEqual([
        { Partner: 'Al-Awn Foundation', Entry: '1', Kind: 'Micro loan', 'Question service_name': '', 'Question categories': '', 'Question service_areas': '', 'Question max_amount': '500000', 'Question capacity': '10' },
        { Partner: 'Al-Awn Foundation', Entry: '2', Kind: 'Grant', 'Question service_name': 'منح', 'Question categories': '', 'Question service_areas': '', 'Question max_amount': '', 'Question capacity': '3' },
      ]);
    });

    it('is for those who follow the questionnaire: the partner is FORBIDDEN, outsiders do not see it, the language is ar or en', async () => {
      const { questionnaire, partnerStaff, leadStaff } = await responses();
      expect(errorCode(await api.gql(EXPORT, { id: questionnaire.id, format: 'CSV', language: 'ar' }, partnerStaff.token))).toBe('FORBIDDEN');
      const outsider = await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id);
      expect(errorCode(await api.gql(EXPORT, { id: questionnaire.id, format: 'CSV', language: 'ar' }, outsider.token))).toBe('NOT_FOUND');
      const french = await api.gql(EXPORT, { id: questionnaire.id, format: 'CSV', language: 'fr' }, leadStaff.token);
      expect(fieldErrors(french)).toEqual([expect.objectContaining({ field: 'language' })]);
    });
  });
});
