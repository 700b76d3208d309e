import { type ReplyOf, type RequestOf, send } from '@/utils/protocol/client';
import { accountsAnswer, knownAccounts } from '../shell/use-accounts';

type ListRequest = RequestOf<'products.list'>;
type ListReply = ReplyOf<'products.list'>;

/** Options read per request as the list scrolls (the list is virtualized). */
export const BLOCK = 100;

/** What the list asks for: one block of rows of one filter. */
export function listRequest(
  accountKey: string,
  filter: { query: string; state?: ListRequest['state']; sale: NonNullable<ListRequest['sale']> },
  block: number,
): ListRequest {
  const query = filter.query.trim();
  return {
    accountKey,
    ...(query ? { query } : {}),
    ...(filter.state ? { state: filter.state } : {}),
    sale: filter.sale,
    offset: block * BLOCK,
    limit: BLOCK,
  };
}

/** A reply older than this is asked for again (an edit may have landed since). */
const FRESH_MS = 3_000;

let opening: { signature: string; at: number; reply: Promise<ListReply> } | undefined;

/**
 * Sent as the products tab is clicked, while the area's code loads: the first rows of the list as
 * it opens (the seller's first Coupang account, no filter), so the background answers in parallel
 * with the browser fetching and compiling the view instead of after it. Clicked before the page's
 * accounts answer came, it is sent when it comes (before the view, which waits for them too).
 */
export function sendOpeningRows(): void {
  const known = knownAccounts();
  if (known) sendFor(known);
  else void accountsAnswer().then((answer) => answer && sendFor(answer));
}

function sendFor(accounts: NonNullable<ReturnType<typeof knownAccounts>>): void {
  const first = accounts.accounts.find((a) => a.marketplace === 'coupang');
  if (!first) return;
  const request = listRequest(first.accountKey, { query: '', sale: 'all' }, 0);
  const reply = send('products.list', request);
  reply.catch(() => undefined); // a failure is the list's to show when it asks again
  opening = { signature: JSON.stringify(request), at: Date.now(), reply };
}

/** The opening reply if `request` is what was sent and it is fresh; each reply is taken once. */
export function takeOpeningRows(request: ListRequest): Promise<ListReply> | undefined {
  const held = opening;
  opening = undefined;
  if (!held || held.signature !== JSON.stringify(request) || Date.now() - held.at > FRESH_MS) return undefined;
  return held.reply;
}
