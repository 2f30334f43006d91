export * from './types';
export { importXlsFormSheets, normalizeVersion } from './import';
export { exportXlsFormSheets, SURVEY_COLUMNS, CHOICES_COLUMNS, SETTINGS_COLUMNS } from './export';
export { parseHeader, languageOf } from './columns';
