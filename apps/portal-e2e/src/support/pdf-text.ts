import { inflateSync } from 'node:zlib';

/**
 * Just enough of PDF to read back what Chromium printed: the text runs of each content stream with their
 * position, glyphs mapped through the fonts' ToUnicode CMaps (or the ActualText Chromium adds for shaped
 * Arabic), right-to-left runs (marked /ReversedChars, drawn in visual order) turned back into reading order,
 * presentation forms folded (NFKC). Not a general PDF parser: no object streams, no encryption.
 */
export interface PdfTextRun {
  /** Order of the content stream in the file (one per page in Chromium's output). */
  stream: number;
  x: number;
  /** Down the page: Chromium's text matrix flips y, so a larger y is lower. */
  y: number;
  rightToLeft: boolean;
  text: string;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<string, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  const header = /(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(stream\r?\n|endobj)/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const object: PdfObject = { dict: match[2] };
    const length = /\/Length (\d+)/.exec(match[2]);
    if (match[3].startsWith('stream') && length) {
      const start = match.index + match[0].length;
      const raw = pdf.subarray(start, start + Number(length[1]));
      object.stream = /\/FlateDecode/.test(match[2]) ? inflateSync(raw) : raw;
    }
    objects.set(match[1], object);
  }
  return objects;
}

function hexToText(hex: string): string {
  const codes: number[] = [];
  for (let index = 0; index + 4 <= hex.length; index += 4) codes.push(parseInt(hex.slice(index, index + 4), 16));
  return String.fromCharCode(...codes);
}

function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(pair[1], 16), hexToText(pair[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, first] = [parseInt(range[1], 16), parseInt(range[2], 16), parseInt(range[3], 16)];
      for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(first + code - from));
    }
  }
  return map;
}

/** Font resource name (`F4`) → its glyph-to-text map, over all pages' resources. */
function readFonts(objects: Map<string, PdfObject>): Map<string, Map<number, string>> {
  const fonts = new Map<string, Map<number, string>>();
  for (const object of objects.values()) {
    const resources = /\/Font\s*<<([^>]*)>>/.exec(object.dict);
    if (!resources) continue;
    for (const entry of resources[1].matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(entry[2])?.dict ?? '');
      const cmap = toUnicode ? objects.get(toUnicode[1])?.stream : undefined;
      if (cmap) fonts.set(entry[1], readCMap(cmap.toString('latin1')));
    }
  }
  return fonts;
}

export function pdfTextRuns(pdf: Buffer): PdfTextRun[] {
  const objects = readObjects(pdf);
  const fonts = readFonts(objects);
  const runs: PdfTextRun[] = [];
  let streamIndex = -1;
  for (const object of objects.values()) {
    const content = object.stream?.toString('latin1');
    if (!content || !content.includes('BT') || /\/Subtype|\/Type \/XObject/.test(object.dict)) continue;
    streamIndex++;
    for (const block of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      const body = block[1];
      const matrix = /1 0 0 -1 ([\d.-]+) ([\d.-]+) Tm/.exec(body);
      let glyphs: Map<number, string> | undefined;
      let actualText: string | null = null;
      // One piece per glyph drawn (a ligature's piece holds its letters in reading order).
      const pieces: string[] = [];
      const ops = /\/(\w+) [\d.]+ Tf|\/Span\s*<<\s*\/ActualText <([0-9A-Fa-f]+)>\s*>>\s*BDC|\bEMC\b|<([0-9A-Fa-f]+)> Tj/g;
      for (const op of body.matchAll(ops)) {
        if (op[1]) glyphs = fonts.get(op[1]);
        else if (op[2]) actualText = hexToText(op[2].replace(/^FEFF/i, ''));
        else if (op[0] === 'EMC') actualText = null;
        else if (op[3]) {
          if (actualText !== null) {
            pieces.push(actualText);
            actualText = '';
          } else {
            for (let index = 0; index + 4 <= op[3].length; index += 4) pieces.push(glyphs?.get(parseInt(op[3].slice(index, index + 4), 16)) ?? '');
          }
        }
      }
      const rightToLeft = /\/ReversedChars BMC/.test(body);
      const logical = (rightToLeft ? pieces.reverse() : pieces).join('');
      runs.push({ stream: streamIndex, x: matrix ? Number(matrix[1]) : 0, y: matrix ? Number(matrix[2]) : 0, rightToLeft, text: logical.normalize('NFKC') });
    }
  }
  return runs;
}
