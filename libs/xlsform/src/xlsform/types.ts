import type { FormDefinition } from '../model';

/** One sheet: `rows[i]` is spreadsheet row `i + 2` (row 1 holds the headers); header → cell text, already unescaped. */
export type SheetRows = Array<Record<string, string>>;

export type XlsFormIssueCode = 'UNSUPPORTED' | 'SYNTAX' | 'UNKNOWN_REFERENCE' | 'INVALID';

export interface XlsFormRowIssue {
  sheet: string;
  /** 1-based spreadsheet row; 0 when the issue concerns the file or the whole sheet. */
  row: number;
  /** The header of the column, as written in the file. */
  column?: string;
  code: XlsFormIssueCode;
  message: string;
  question?: string;
  /** 0-based offset in the cell's expression (SYNTAX, UNKNOWN_REFERENCE). Addition to the design. */
  position?: number;
}

/** A column read but not used (appearance, other languages...), so the caller can say what was left aside. */
export interface XlsFormIgnoredColumn {
  sheet: string;
  column: string;
  reason: string;
}

export interface XlsFormImport {
  /** Null when `issues` is not empty. */
  form: FormDefinition | null;
  /** Refuse the import when any: every problem, row by row. */
  issues: XlsFormRowIssue[];
  /** UNSUPPORTED rows and cells left out because the caller asked (`skipUnsupported`). */
  skipped: XlsFormRowIssue[];
  /** Columns and sheets that carry nothing Shuraka uses (addition to the design). */
  ignored: XlsFormIgnoredColumn[];
}

export interface XlsFormImportOptions {
  /** Leave out unsupported rows and cells (listed in `skipped`) instead of refusing the file. */
  skipUnsupported?: boolean;
}
