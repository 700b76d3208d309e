import type { BatchData } from './batch-schemas';

/** One result per requested id, whatever the API's batch shape. */
export interface BatchItemResult {
  id: string;
  ok: boolean;
  code?: string;
  message?: string;
  /** The API says this item may succeed if sent again later (e.g. PERMISSION_DENIED). */
  retryRequired?: boolean;
}

export interface BatchResult {
  items: BatchItemResult[];
}

/** Result codes the invoice article marks "(retry)" (§4.4), used when an item lacks retryRequired. */
const RETRY_CODES = new Set([
  'PERMISSION_DENIED',
  'DUPLICATE_INVOICE_NUMBER',
  'INVALID_INVOICE_NUMBER',
  'ORDER_DELIVERY_PARTIAL_STOP_REQUESTED',
  'ORDER_DELIVERY_CANCELED_HOLDING_FOR_CANCEL',
  'UNDEFINED_ERROR_OCCUR',
]);

/** Code for a requested id the response did not mention: outcome unknown, re-read before resending. */
export const NO_RESULT = 'NO_RESULT';

/**
 * Normalizes `responseList` to one entry per requested id, in request order. An id missing from
 * the response is reported as not ok with NO_RESULT rather than silently dropped.
 */
export function normalizeBatch(requestedIds: readonly string[], data: BatchData): BatchResult {
  const byId = new Map<string, BatchItemResult>();
  for (const item of data.responseList ?? []) {
    if (!item.shipmentBoxId) continue;
    const ok = item.succeed ?? item.resultCode === 'OK';
    const code = item.resultCode ?? (ok ? 'OK' : undefined);
    byId.set(item.shipmentBoxId, {
      id: item.shipmentBoxId,
      ok,
      ...(code ? { code } : {}),
      ...(item.resultMessage ? { message: item.resultMessage } : {}),
      ...(ok ? {} : { retryRequired: item.retryRequired ?? (code ? RETRY_CODES.has(code) : false) }),
    });
  }
  const unique = [...new Set(requestedIds)];
  return {
    items: unique.map((id) => byId.get(id) ?? { id, ok: false, code: NO_RESULT, retryRequired: false }),
  };
}

function mergeBatches(results: BatchResult[]): BatchResult {
  return { items: results.flatMap((r) => r.items) };
}

/**
 * Sends chunks one after another. If a later chunk fails, the results already obtained are kept
 * and that chunk's and the remaining ids are reported as failed (retryRequired only when the error
 * proves nothing was processed); if the very first chunk fails, the error is thrown so the caller
 * sees the diagnosis (bad key, blocked IP, …) rather than a page of identical item failures.
 */
export async function runChunks<T>(
  chunks: readonly T[][],
  idsOf: (chunk: T[]) => string[],
  send: (chunk: T[]) => Promise<BatchResult>,
): Promise<BatchResult> {
  const results: BatchResult[] = [];
  for (let i = 0; i < chunks.length; i++) {
    try {
      results.push(await send(chunks[i]!));
    } catch (error) {
      if (i === 0) throw error;
      const e = error as { code?: string; notProcessed?: boolean; message?: string };
      const rest = chunks.slice(i).flatMap(idsOf);
      results.push({
        items: [...new Set(rest)].map((id) => ({
          id,
          ok: false,
          code: `REQUEST_${String(e.code ?? 'FAILED').toUpperCase()}`,
          retryRequired: e.notProcessed === true,
          ...(e.message ? { message: e.message } : {}),
        })),
      });
      break;
    }
  }
  return mergeBatches(results);
}
