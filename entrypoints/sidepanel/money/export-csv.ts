import { send } from '@/utils/protocol/client';
import { saveBlob } from '@/utils/ui/save-file';
import type { MoneyRange } from './use-money';

/**
 * Saves the seller's revenue lines as a CSV file on this computer. The BOM makes Excel read the
 * UTF-8 Korean correctly (without it, Korean Windows Excel guesses CP949 and garbles names).
 */
export async function exportRevenueCsv(accountKey: string, range: MoneyRange): Promise<number> {
  const { csv, filename, lines } = await send('money.exportCsv', { accountKey, ...range });
  saveBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), filename);
  return lines;
}
