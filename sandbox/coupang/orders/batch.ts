/**
 * Batch write answers (reference §3.2): always HTTP 200; `data.responseCode` 0 all ok / 1
 * partial / 99 all failed / -1 nothing, and one `responseList[]` entry per box.
 */
export interface BatchItem {
  shipmentBoxId: bigint | number | string;
  succeed: boolean;
  resultCode: string;
  retryRequired: boolean;
  resultMessage: string | null;
}

export function ok(shipmentBoxId: bigint, resultMessage: string | null): BatchItem {
  return { shipmentBoxId, succeed: true, resultCode: 'OK', retryRequired: false, resultMessage };
}

export function failed(
  shipmentBoxId: BatchItem['shipmentBoxId'],
  resultCode: string,
  resultMessage: string,
  retryRequired = false,
): BatchItem {
  return { shipmentBoxId, succeed: false, resultCode, retryRequired, resultMessage };
}

function responseCode(items: BatchItem[]): number {
  if (items.length === 0) return -1;
  const okCount = items.filter((i) => i.succeed).length;
  if (okCount === items.length) return 0;
  return okCount === 0 ? 99 : 1;
}

/** A ~ -7.3e18 request key, as the acknowledgement sample shows (also beyond 2^53). */
function responseKey(): bigint {
  return -(7_326_489_997_410_940_000n + BigInt(Math.floor(Math.random() * 1_000_000_000)));
}

const ACK_MESSAGES: Record<number, string> = {
  [-1]: 'apply instructStatus result - None.',
  0: 'apply instructStatus result - All succeeded.',
  1: 'apply instructStatus result - Partial errors.',
  99: 'apply instructStatus result - All Failed.',
};

const INVOICE_MESSAGES: Record<number, string> = { [-1]: 'NONE', 0: 'SUCCESS', 1: 'PARTIAL_ERROR', 99: 'FAILED' };

export function acknowledgementData(items: BatchItem[]) {
  const code = responseCode(items);
  return { responseKey: responseKey(), responseCode: code, responseMessage: ACK_MESSAGES[code], responseList: items };
}

export function invoiceData(items: BatchItem[]) {
  const code = responseCode(items);
  return { responseCode: code, responseMessage: INVOICE_MESSAGES[code], responseList: items };
}
