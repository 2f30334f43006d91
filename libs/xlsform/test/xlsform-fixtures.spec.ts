import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FormDefinition, SheetRows, XlsFormImport, XlsFormRowIssue, importXlsFormSheets } from '../src';
import { readSheets, readXlsForm, writeXlsForm } from '../src/workbook';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));
const where = (issues: XlsFormRowIssue[]) => issues.map((i) => `${i.sheet}!${i.row}:${i.column ?? ''}:${i.code}`);
const question = (form: FormDefinition | null, name: string) => {
  const found = form?.questions.find((q) => q.name === name);
  if (!found) throw new Error(`no question ${name}`);
  return found;
};

/** import → export (.xlsx) → import gives the same questionnaire. */
async function expectRoundTrip(imported: XlsFormImport): Promise<void> {
  expect(imported.form).not.toBeNull();
  const again = await readXlsForm(await writeXlsForm(imported.form as FormDefinition));
  expect(again.issues).toEqual([]);
  expect(again.skipped).toEqual([]);
  expect(again.form).toStrictEqual(imported.form);
}

describe('UCL_Biomass_Plot_Form.xlsx (bad input)', () => {
  it('is refused, naming the curly-quote rows and the select_one_from_file rows', async () => {
    const result = await readXlsForm(fixture('UCL_Biomass_Plot_Form.xlsx'));
    expect(result.form).toBeNull();
    const curly = result.issues.find((i) => i.row === 9);
    expect(curly).toMatchObject({ sheet: 'survey', column: 'relevant', code: 'SYNTAX', question: 'leader_name_other' });
    expect(curly?.position).toBe('${leader_name} = '.length);
    expect(curly?.message).toMatch(/curly quote/i);
    expect(result.issues.find((i) => i.row === 49)).toMatchObject({ column: 'required', code: 'SYNTAX', question: 'stem_height' });
    expect(where(result.issues)).toEqual(
      expect.arrayContaining([
        'survey!16:type:UNSUPPORTED', // select_one_from_file UCL_regions.csv
        'survey!17:type:UNSUPPORTED', // select_one_from_file  UCL_districts.csv (two spaces)
        'survey!22:type:UNSUPPORTED', // geopoint
        'survey!23:type:UNSUPPORTED', // image
        'survey!11:type:UNSUPPORTED', // start
      ]),
    );
    expect(result.issues.find((i) => i.row === 16)?.message).toMatch(/select_one_from_file/);
  });

  it('with skipUnsupported still refuses the curly quotes and the reference to a skipped question', async () => {
    const result = await readXlsForm(fixture('UCL_Biomass_Plot_Form.xlsx'), { skipUnsupported: true });
    expect(result.form).toBeNull();
    expect(result.issues.every((i) => i.code !== 'UNSUPPORTED')).toBe(true);
    expect(where(result.skipped)).toContain('survey!16:type:UNSUPPORTED');
    const reference = result.issues.find((i) => i.code === 'UNKNOWN_REFERENCE');
    expect(reference).toMatchObject({ row: 33, column: 'calculation', question: 'plot_id1' });
    expect(reference?.message).toMatch(/plot_id.*left out.*row 20/);
  });

  it('once the quotes are straightened and the dangling rows removed: `name ` header, number choices, float version', async () => {
    const sheets = await readSheets(fixture('UCL_Biomass_Plot_Form.xlsx'));
    const straight = (rows: SheetRows) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.replace(/[‘’]/g, "'")])));
    const dangling = /^(plot_id1|latin_name_other(_sp\d)?|stump_latin_name_other)$/; // they refer to skipped questions
    const survey = straight(sheets.survey).map((row) => (dangling.test(row.name) ? {} : row));
    const result = importXlsFormSheets({ ...sheets, survey }, { skipUnsupported: true });
    expect(result.issues).toEqual([]);
    expect(question(result.form, 'monumented').choices?.map((c) => c.name)).toEqual(['yes', 'no']);
    expect(question(result.form, 'plant_phase').choices?.[0]).toEqual({ name: '2022', label: { en: '2022' } });
    expect(result.form?.version).toBe('20220411162628'); // a NOW() formula cached as a date
    expect(question(result.form, 'stems')).toMatchObject({ type: 'REPEAT', parent: 'trees', repeatCount: '${stem_count}' });
    expect(question(result.form, 'leader_name_other').relevant).toBe("${leader_name} = 'other'");
    await expectRoundTrip(result);
  });
});

describe('select_one_external.xlsx (bad input)', () => {
  it('is refused, naming the external selects and the external_choices sheet', async () => {
    const result = await readXlsForm(fixture('select_one_external.xlsx'));
    expect(result.form).toBeNull();
    expect(where(result.issues)).toEqual([
      'survey!3:type:UNSUPPORTED',
      'survey!4:type:UNSUPPORTED',
      'external_choices!0::UNSUPPORTED',
    ]);
    expect(result.issues.map((i) => i.question)).toEqual(['county', 'city', undefined]);
  });

  it('imports the rest when asked, listing what was left out', async () => {
    const result = await readXlsForm(fixture('select_one_external.xlsx'), { skipUnsupported: true });
    expect(result.issues).toEqual([]);
    expect(result.skipped).toHaveLength(3);
    expect(result.form?.questions.map((q) => q.name)).toEqual(['state']);
    expect(result.form?.title).toEqual({ en: 'cascading select test' });
    expect(result.ignored).toContainEqual(expect.objectContaining({ sheet: 'survey', column: 'label::French' }));
    await expectRoundTrip(result);
  });
});

describe('reach_cleaningtools_form_en_ar.xlsx', () => {
  it('is refused while its device metadata rows are there', async () => {
    const result = await readXlsForm(fixture('reach_cleaningtools_form_en_ar.xlsx'));
    expect(result.form).toBeNull();
    expect(where(result.issues)).toEqual([
      'survey!2:type:UNSUPPORTED', // start
      'survey!3:type:UNSUPPORTED', // end
      'survey!4:type:UNSUPPORTED', // today
      'survey!5:type:UNSUPPORTED', // audit
      'survey!6:type:UNSUPPORTED', // deviceid
      'survey!235:type:UNSUPPORTED', // geopoint
    ]);
  });

  it('imports in Arabic and English without them, escapes decoded', async () => {
    const result = await readXlsForm(fixture('reach_cleaningtools_form_en_ar.xlsx'), { skipUnsupported: true });
    expect(result.issues).toEqual([]);
    expect(result.skipped.map((i) => i.question)).toEqual(['start', 'end', 'date_assessment', 'audit', 'deviceid', 'gpslocation']);
    const form = result.form as FormDefinition;
    expect(question(form, 'age_respondent_r')).toMatchObject({
      type: 'INTEGER',
      label: { en: 'What is your age?', ar: 'كم عمرك؟' },
      required: true,
      constraint: '.> 17 and .< 120',
      constraintMessage: { en: 'Age cannot be below 18 and above 120', ar: 'لا يمكن ان يكون العمر تحت سن ال18 وفوق ال120 سنة' },
    });
    const water = question(form, 'water_sources');
    expect(water.label.en).toBe('Overall, what are the main sources of water used by your household (for all purposes combined)?');
    expect(JSON.stringify(form)).not.toMatch(/_x000D_|\\r/);
    expect(question(form, 'gps_point_interview').choiceFilter).toBe('filter=${neighbourhood}');
    expect(question(form, 'gps_point_interview').parent).toBeUndefined();
    expect(question(form, 'gps_point_interview').choices?.[0].filters).toEqual({ filter: 'al_askary1' });
    expect(question(form, 'hhh_r').parent).toBe('hh_info');
    expect(form.questions.filter((q) => q.type === 'SELECT_MULTIPLE').length).toBeGreaterThan(20);
    await expectRoundTrip(result);
  });
});

describe('socio-economic-survey-v20240515.xlsx', () => {
  it('leaves out the row using jr:itext(instance()) only when asked', async () => {
    const refused = await readXlsForm(fixture('socio-economic-survey-v20240515.xlsx'));
    expect(where(refused.issues)).toEqual(['survey!12:calculation:UNSUPPORTED']);
    expect(refused.issues[0]).toMatchObject({ question: 'SEClass' });
  });

  it('imports groups inside a repeat, the settings with a trailing-tab header, Excel booleans', async () => {
    const result = await readXlsForm(fixture('socio-economic-survey-v20240515.xlsx'), { skipUnsupported: true });
    expect(result.issues).toEqual([]);
    const form = result.form as FormDefinition;
    expect(form.title).toEqual({ en: 'Socio-economic Survey' }); // header "form_title\t"
    expect(form.formId).toBe('socio-economic-survey');
    expect(form.version).toBe('20240515143545');
    expect(question(form, 'familyMembers').type).toBe('REPEAT');
    expect(question(form, 'persons')).toMatchObject({ type: 'GROUP', parent: 'familyMembers' });
    expect(question(form, 'health')).toMatchObject({ type: 'GROUP', parent: 'persons' });
    expect(question(form, 'healthVisit').parent).toBe('health');
    expect(question(form, 'region').required).toBe(true); // an Excel TRUE cell
    expect(question(form, 'se_list').relevant).toBe('false()'); // an Excel FALSE cell in relevant
    expect(question(form, 'healthFacility').constraint).toMatch(/count-selected\(\.\)\s*<=\s*3/);
    expect(question(form, 'district').choices?.[0]).toEqual({ name: 'Garden', label: { en: 'Karachi' }, filters: { region: 'Sindh' } });
    expect(result.ignored).toContainEqual(expect.objectContaining({ column: 'label::French (fr)' }));
    await expectRoundTrip(result);
  });
});

describe('xlsform_spec_test.xlsx', () => {
  it('reports every unsupported type, media cell and metadata row', async () => {
    const result = await readXlsForm(fixture('xlsform_spec_test.xlsx'));
    expect(result.form).toBeNull();
    const unsupported = result.issues.filter((i) => i.code === 'UNSUPPORTED');
    expect(unsupported.filter((i) => i.column === 'type').map((i) => i.question)).toEqual([
      'time_test',
      'datetime_test',
      'geopoint_test',
      'barcode_test',
      'image_test',
      'audio_test',
      'video_test',
      'start',
      'end',
      'today',
      'deviceid',
      'uri_deviceid',
      'phonenumber',
    ]);
    expect(where(unsupported)).toEqual(expect.arrayContaining(['survey!9:image:UNSUPPORTED', 'survey!10:image:UNSUPPORTED', 'choices!4:image:UNSUPPORTED']));
  });

  it('with skipUnsupported names the notes that show a skipped metadata value', async () => {
    const result = await readXlsForm(fixture('xlsform_spec_test.xlsx'), { skipUnsupported: true });
    expect(result.form).toBeNull();
    expect(result.issues.map((i) => `${i.row}:${i.code}:${i.question}`)).toEqual([
      '43:UNKNOWN_REFERENCE:start_test_output',
      '45:UNKNOWN_REFERENCE:end_test_output',
      '47:UNKNOWN_REFERENCE:today_test_output',
      '49:UNKNOWN_REFERENCE:deviceid_test_output',
      '51:UNKNOWN_REFERENCE:uri_deviceid_test_output',
      '53:UNKNOWN_REFERENCE:phonenumber_test_output',
    ]);
  });

  it('imports the rest once those notes are gone: acknowledge, required literals, requiredMsg, regex', async () => {
    const sheets = await readSheets(fixture('xlsform_spec_test.xlsx'));
    const withoutOutputs = sheets.survey.map((row) => (/_test_output$/.test(row.name) ? {} : row));
    const pictureOnly = importXlsFormSheets({ ...sheets, survey: withoutOutputs }, { skipUnsupported: true });
    // A note that only showed a picture has nothing left to show once the picture is left out: the form engine says so.
    expect(pictureOnly.issues).toEqual([
      expect.objectContaining({ row: 10, column: 'label::english', code: 'INVALID', question: 'display_image_test' }),
    ]);
    const survey = withoutOutputs.map((row) => (row.name === 'display_image_test' ? {} : row));
    const result = importXlsFormSheets({ ...sheets, survey }, { skipUnsupported: true });
    expect(result.issues).toEqual([]);
    const form = result.form as FormDefinition;
    expect(question(form, 'acknowledge_test').type).toBe('BOOLEAN');
    expect(question(form, 'required_text')).toMatchObject({ required: true, requiredMessage: { en: 'Custom required message.' } });
    expect(question(form, 'select_multiple_test').required).toBe(false); // "no"
    expect(question(form, 'list-nolabel-test').required).toBe(true); // =TRUE() formula
    expect(question(form, 'email_note').relevant).toMatch(/^regex\(\$\{address\}/);
    expect(question(form, 'repeat_test')).toMatchObject({ type: 'REPEAT', parent: 'everything', repeatCount: '2' });
    expect(question(form, 'FALSE').label).toEqual({ en: 'boolean name test' }); // =FALSE() as a name, without cached value
    expect(question(form, 'address').label).toEqual({ en: 'Enter an address' }); // label::chinese not kept
    await expectRoundTrip(result);
  });
});
