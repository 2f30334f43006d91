export declare const INITIAL_JS_BUDGET_BYTES: number;

export interface InitialChunk {
  /** Path inside the build, e.g. assets/index-abc123.js */
  file: string;
  raw: number;
  gzip: number;
}

export interface InitialJavaScript {
  chunks: InitialChunk[];
  rawBytes: number;
  gzipBytes: number;
}

export declare function entryUrls(html: string): string[];
export declare function initialJavaScript(distDir: string): Promise<InitialJavaScript>;
export declare function describeInitialJavaScript(report: InitialJavaScript, budgetBytes?: number): string;
