/**
 * `_aop_signature` per the official rule (docs/1688-api.md §2.3):
 *   message   = urlPath + concat(sort(key + value for every sent param except _aop_signature))
 *   signature = UPPERCASE(hex(HMAC-SHA1(AppSecret, message)))   (UTF-8 on both sides)
 *
 * The sort is over the concatenated `key+value` strings, as the official Java/PHP/Python SDKs do,
 * not over keys: the two differ when one key is a prefix of another ({a:'z', ab:'1'} → `ab1az`).
 * `Array.prototype.sort()` compares UTF-16 code units, which is what Java's `String.compareTo` does.
 *
 * Web Crypto only, so the same code runs in the extension's service worker and in the relay.
 */
const SIGNATURE_PARAM = '_aop_signature';

export function aopSignatureMessage(urlPath: string, params: Record<string, string>): string {
  const pieces: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (key !== SIGNATURE_PARAM) pieces.push(key + value);
  }
  pieces.sort();
  return urlPath + pieces.join('');
}

const encoder = new TextEncoder();

/** Imports the secret once; keep the returned key instead of the secret string where possible. */
export function importAopKey(appSecret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(appSecret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
}

async function hmacSha1UpperHex(key: CryptoKey, message: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex.toUpperCase();
}

export async function computeAopSignature(
  key: CryptoKey,
  urlPath: string,
  params: Record<string, string>,
): Promise<string> {
  return hmacSha1UpperHex(key, aopSignatureMessage(urlPath, params));
}
