/**
 * Reads the first sheet of an .xlsx file in the page (nothing leaves the computer) and returns it
 * as tab-separated text, so an Excel file goes through the same checks as a paste or a CSV.
 *
 * Numbers are kept exactly as the file stores them (`parseNumber` returns the text): an 18-digit
 * shipmentBoxId that Excel saved as a number reads "6.42539E+17" or ends in zeros, and the import's
 * checks name that on its row instead of this reader silently rounding it. The web-worker build is
 * used because it spawns no worker of its own (an extension page's CSP allows no blob: workers).
 */
export async function readXlsxAsTable(file: Blob): Promise<{ text: string; rows: number }> {
  // Loaded when a workbook is dropped, not with the page that offers the import.
  const { readSheet } = await import('read-excel-file/web-worker');
  const sheet = await readSheet(file, { parseNumber: (text: string) => text });
  const lines = sheet
    .map((row) => row.map(cellText).join('\t'))
    .filter((line) => line.replace(/\t/g, '').trim() !== '');
  return { text: lines.join('\n'), rows: lines.length };
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  // A tab or line break inside a cell would split it: a label cell never needs one.
  return String(cell).replace(/[\t\r\n]+/g, ' ');
}

/** An .xlsx by its name or type (browsers report the type unevenly, so the name decides too). */
export function isXlsx(file: File): boolean {
  return (
    /\.xlsx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  );
}
