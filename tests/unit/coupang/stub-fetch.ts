import { createCoupangClient } from '../../../utils/background/coupang/api/client';
import { createCoupangQueue } from '../../../utils/background/coupang/api/queue';
import type { RequestQueueOptions } from '../../../utils/background/net/request-queue';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type Reply = { status?: number; body: string; headers?: Record<string, string> } | Error;

/** A fetch stub that records requests and answers from a handler (or a fixed queue of replies). */
export function stubFetch(handler: (req: RecordedRequest, index: number) => Reply | Promise<Reply>) {
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
    const req: RecordedRequest = {
      method: init?.method ?? 'GET',
      url: String(input),
      headers,
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    requests.push(req);
    if (init?.signal?.aborted) throw init.signal.reason;
    const reply = await handler(req, requests.length - 1);
    if (reply instanceof Error) throw reply;
    return new Response(reply.body, {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

export const NOW = Date.UTC(2025, 6, 16, 1, 0, 0); // 2025-07-16 10:00 KST
export const CREDENTIALS = { vendorId: 'A00012345', accessKey: 'test-access-key', secretKey: 'test-secret-key' };
export const BASE_URL = 'https://gateway.test';

/** A client whose queue is fast (no real waiting in tests) unless overridden. */
export function testClient(
  handler: (req: RecordedRequest, index: number) => Reply | Promise<Reply>,
  queue: Partial<RequestQueueOptions> = {},
) {
  const stub = stubFetch(handler);
  const client = createCoupangClient({
    baseUrl: `${BASE_URL}/`,
    credentials: CREDENTIALS,
    fetch: stub.fetch,
    now: () => NOW,
    queue: createCoupangQueue({
      ratePerSecond: 1000,
      burst: 100,
      retry: { maxAttempts: 3, baseMs: 1, maxMs: 2, jitter: 0 },
      ...queue,
    }),
  });
  return { client, ...stub };
}
