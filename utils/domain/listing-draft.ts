/**
 * A Coupang listing made from a 1688 offer keeps only the seller's own words and images (1688
 * terms; compliance C16): the background refuses a create whose title, option names, brand or image
 * URLs name a 1688/Alibaba host, or repeat text of the offer as 1688's API described it.
 */

/** Hosts of 1688 and its image CDNs: never in a Coupang listing's text or images. */
const HOSTS = /(?:^|[^a-z0-9])(?:[a-z0-9-]+\.)*(?:1688\.com|alibaba\.com|alicdn\.com|aliyuncs\.com|alibaba-inc\.com)/i;

/** The shortest run of an offer's text that counts as copied (shorter texts: the whole text). */
export const COPIED_RUN = 8;

export type CopyProblem = { code: 'SOURCE_HOST'; field: string } | { code: 'SOURCE_TEXT'; field: string };

/** Letters and digits only, lower case: copying survives added spaces, punctuation or case. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when `text` holds a run of `source` long enough to be a copy (the whole of a short source). */
export function holdsRunOf(text: string, source: string, run = COPIED_RUN): boolean {
  const t = normalise(text);
  const s = normalise(source);
  // Two-character texts (a colour, a size) are words anyone writes, not a copy.
  if (s.length < 3 || !t) return false;
  const n = Math.min(run, s.length);
  for (let i = 0; i + n <= s.length; i++) if (t.includes(s.slice(i, i + n))) return true;
  return false;
}

export function namesSourceHost(text: string): boolean {
  return HOSTS.test(text);
}

/**
 * The first problem of each field: `fields` are the seller's texts by name (title, brand, option
 * names, image URLs), `offerTexts` the offer's own words from 1688's API answer (title, supplier,
 * SKU values). Empty: nothing copied.
 */
export function copiedFromSource(fields: Record<string, string>, offerTexts: readonly string[]): CopyProblem[] {
  const problems: CopyProblem[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    if (namesSourceHost(text)) problems.push({ code: 'SOURCE_HOST', field });
    else if (offerTexts.some((s) => holdsRunOf(text, s))) problems.push({ code: 'SOURCE_TEXT', field });
  }
  return problems;
}
