import Papa from 'papaparse';

/**
 * Turns CSV text or a table pasted from a spreadsheet into rows of trimmed cells, keeping each
 * row's position in the source so errors can point at it. Excel pastes are tab-separated; files
 * are usually comma-separated (both may start with a UTF-8 BOM).
 */

export interface SourceRow {
  /** 1-based row number in the source (header included), as a spreadsheet shows it. */
  row: number;
  cells: string[];
}

export interface ParsedTable {
  rows: SourceRow[];
  delimiter: '\t' | ',';
  /** Papaparse complaints (e.g. an unclosed quote), with their row. */
  problems: Array<{ row: number; code: string }>;
}

/** Removes what spreadsheets add around values: the `'` text prefix, `="…"` wrappers, odd spaces. */
function cleanCell(value: string): string {
  let v = value
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ')
    .trim();
  const formula = /^="(.*)"$/.exec(v);
  if (formula) v = formula[1]!.trim();
  if (v.startsWith("'")) v = v.slice(1).trim();
  return v;
}

export function parseTable(text: string): ParsedTable {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  // Blank lines are kept here (and skipped below) so row numbers match the source.
  const result = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false });
  const rows: SourceRow[] = [];
  result.data.forEach((cells, index) => {
    const cleaned = cells.map(cleanCell);
    if (cleaned.some((c) => c !== '')) rows.push({ row: index + 1, cells: cleaned });
  });
  const problems = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, code: e.code }));
  return { rows, delimiter, problems };
}
