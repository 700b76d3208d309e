/**
 * Redaction for everything that leaves the background as text: console output, the local error
 * log, error replies (compliance C1, C9). Two nets, because an error can carry data in any shape:
 * - by field name: values under secret-like keys (keys, tokens, signatures, Authorization) and
 *   under personal-data keys (recipient names, phones, addresses, customs codes, memos);
 * - by pattern in free text: phone numbers (KR, CN), customs codes (P + 12 digits), e-mails,
 *   Korean/Chinese addresses, labelled names, Authorization values, long hex/UUID secrets.
 * It errs towards hiding: a log line with too little is a nuisance, one with too much is a breach.
 */
export const SECRET = '[secret]';
export const PII = '[pii]';

const norm = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

const SECRET_PARTS = [
  'secret',
  'token',
  'signature',
  'password',
  'passwd',
  'authorization',
  'cookie',
  'accesskey',
  'apikey',
  'privatekey',
  'credential',
  'pairingcode',
];
const SECRET_EXACT = new Set(['sign', 'auth', 'pwd', 'rawkey', 'sessionkey', 'cachekey']);

const PII_PARTS = [
  'phone',
  'mobile',
  'safenumber',
  'address',
  'addr',
  'postcode',
  'postalcode',
  'zipcode',
  'customs',
  'pccc',
  'email',
  'memo',
  'parcelprintmessage',
  'deliverymessage',
  'buyermessage',
  'buyerfeedback',
  'remark',
  'contactperson',
  'loginid',
  'idcard',
  'inquirycontent',
  'recipient',
  'receiver',
  'orderer',
  'consignee',
];
const PII_EXACT = new Set([
  'tel',
  'telephone',
  'zip',
  'post',
  'mail',
  'content',
  'name',
  'fullname',
  'realname',
  'tofullname',
  'toarea',
  'todivisioncode',
  'totownname',
  'nickname',
]);
/** "...Name" keys that name a person (receiverName, buyerName…), not a product or courier. */
const PERSON_NAME =
  /^(receiver|recipient|orderer|buyer|customer|contact|consignee|to|from|full|real|person|user|member|seller|sender|writer|inquirer|requester|returner)(full)?name$/;

/** Keys that are never redacted even though a part matches (they describe, not hold, data). */
const SAFE_KEYS = new Set([
  'piittlminutes',
  'errorcode',
  'statuscode',
  'couriercode',
  'deliverycompanycode',
  'productname',
  'itemname',
  'optionname',
  'vendoritemname',
  'sellerproductname',
  'couriername',
  'categoryname',
  'accountlabel',
  'label',
  'kind',
  'type',
]);

export type KeyClass = 'secret' | 'pii' | undefined;

export function classifyKey(key: string): KeyClass {
  const k = norm(key);
  if (!k || SAFE_KEYS.has(k)) return undefined;
  if (SECRET_EXACT.has(k) || SECRET_PARTS.some((p) => k.includes(p))) return 'secret';
  if (PII_EXACT.has(k) || PERSON_NAME.test(k) || PII_PARTS.some((p) => k.includes(p))) return 'pii';
  return undefined;
}

const PROVINCES_KO =
  '(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청북|충청남|충북|충남|전라북|전라남|전북|전남|경상북|경상남|경북|경남|제주)';

/** [pattern, replacement] applied in order to every free-text string. */
const TEXT_RULES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  // Authorization header values (Coupang "CEA algorithm=…, signature=…", OAuth bearer tokens).
  [/(authorization["']?\s*[:=]\s*["']?)[^"'\r\n]*/gi, `$1${SECRET}`],
  [/CEA\s+algorithm=[^"'\r\n]*/g, SECRET],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, `Bearer ${SECRET}`],
  [/\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]+/g, SECRET],
  // OAuth authorization codes and state in redirect URLs.
  [/([?&#](?:code|state)=)[^&\s#"']+/g, `$1${SECRET}`],
  // key=value, key: value, "key":"value" for secret or personal keys (query strings, headers, JSON text).
  [
    /(["']?)([A-Za-z_][\w-]{0,60})\1(\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,&;}\]"'<>=?]+)/g,
    (whole, q, key, sep, value) => {
      const cls = classifyKey(key);
      if (!cls) return whole;
      const quote = value.startsWith('"') ? '"' : value.startsWith("'") ? "'" : '';
      return `${q}${key}${q}${sep}${quote}${cls === 'secret' ? SECRET : PII}${quote}`;
    },
  ],
  // Long hex strings and UUIDs: API keys, secrets, HMAC signatures, OAuth tokens.
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, SECRET],
  [/\b[0-9a-fA-F]{32,}\b/g, SECRET],
  // E-mail addresses.
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, PII],
  // Korean personal customs clearance code (P + 12 digits).
  [/(?<![A-Za-z0-9])[Pp]\d{12}(?!\d)/g, PII],
  // Korean phones and safe numbers (010-…, 0502-…, 02-…, +82 10-…).
  [/(?<![\d+])(?:\+?82[-\s]?)?0\d{1,3}[-\s]?\d{3,4}[-\s]?\d{4}(?!\d)/g, PII],
  [/(?<![\d+])\+82[-\s]?1\d[-\s]?\d{3,4}[-\s]?\d{4}(?!\d)/g, PII],
  // Chinese mobiles (138…, +86 138 …).
  [/(?<![\d+])(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g, PII],
  // Korean resident registration numbers, just in case one is ever pasted somewhere.
  [/(?<!\d)\d{6}-[1-4]\d{6}(?!\d)/g, PII],
  // Korean addresses: a province or metropolitan city, then district and up to four more tokens.
  [new RegExp(`${PROVINCES_KO}[가-힣]*\\s+[가-힣]+(?:시|군|구)(?:\\s+[가-힣0-9-]+){0,4}`, 'g'), PII],
  [/[가-힣0-9]+(?:로|길)\s*\d+(?:-\d+)?(?:\s+[가-힣0-9-]+){0,2}/g, PII],
  // Chinese addresses: province / autonomous region / city, then the rest of the line of Han text.
  [/[\u4e00-\u9fff]{2,8}(?:省|自治区|特别行政区|市)[\u4e00-\u9fff0-9A-Za-z#-]*/g, PII],
  // Names after a label (수취인 김철수, 收件人：王小明).
  [
    /(수취인|수령인|받는\s?분|받는\s?사람|주문자|구매자|고객명?|성명|이름|收件人|收货人|联系人|买家|姓名|receiver|recipient|orderer|buyer|customer|consignee|contact|name)(\s*[:：=]?\s*)([가-힣]{2,5}|[\u4e00-\u9fff]{2,5})/gi,
    `$1$2${PII}`,
  ],
];

export function redactText(text: string, maxLength = 2000): string {
  let out = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  for (const [re, rep] of TEXT_RULES) out = out.replace(re, rep as string);
  return out;
}

/** A redacted plain copy of an Error: name, message, known codes, cause chain, stack frames only. */
export function redactError(error: unknown, depth = 0, seen = new WeakSet<object>()): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: 'NonError', message: stringify(redactValue(error, depth + 1, seen)) };
  seen.add(error);
  const out: Record<string, unknown> = { name: error.name, message: redactText(error.message) };
  const extra = error as unknown as Record<string, unknown>;
  for (const k of ['code', 'kind', 'status', 'params', 'body', 'response', 'details', 'data']) {
    if (extra[k] !== undefined) out[k] = redactValue(extra[k], depth + 1, seen, k);
  }
  if (error instanceof AggregateError)
    out.errors = error.errors.slice(0, 5).map((e) => redactError(e, depth + 1, seen));
  if (error.cause !== undefined && depth < 5) {
    out.cause =
      error.cause instanceof Error && !seen.has(error.cause)
        ? redactError(error.cause, depth + 1, seen)
        : redactValue(error.cause, depth + 1, seen);
  }
  // The stack's first line repeats the message: keep only the frames, which hold code locations.
  const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at\s/.test(l));
  if (frames.length) out.stack = frames.slice(0, 6).map((f) => redactText(f.trim(), 300));
  return out;
}

/** A redacted deep copy of any value, safe to print or store. */
export function redact(value: unknown): unknown {
  return redactValue(value, 0, new WeakSet());
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>, key?: string): unknown {
  const cls = key === undefined ? undefined : classifyKey(key);
  if (cls && value !== undefined && value !== null && value !== '') return cls === 'secret' ? SECRET : PII;
  if (typeof value === 'string') return redactString(value, depth, seen);
  if (value === null || typeof value !== 'object')
    return typeof value === 'function' || typeof value === 'symbol' ? String(typeof value) : value;
  if (seen.has(value)) return '[circular]';
  if (depth > 8) return '[deep]';
  if (value instanceof Error) return redactError(value, depth, seen);
  seen.add(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
  if (typeof Headers !== 'undefined' && value instanceof Headers)
    return redactValue(Object.fromEntries(value.entries()), depth + 1, seen);
  if (typeof URL !== 'undefined' && value instanceof URL) return redactText(value.href);
  if (value instanceof Map) return redactValue(Object.fromEntries(value), depth + 1, seen);
  if (value instanceof Set) return redactValue([...value], depth + 1, seen);
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactValue(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value).slice(0, 100)) out[k] = redactValue(v, depth + 1, seen, k);
  return out;
}

/** JSON bodies are parsed and redacted field by field; anything else is free text. */
function redactString(s: string, depth: number, seen: WeakSet<object>): string {
  const t = s.trim();
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
    try {
      return JSON.stringify(redactValue(JSON.parse(t), depth + 1, seen));
    } catch {
      // Not JSON after all: fall through to the text rules.
    }
  }
  return redactText(s);
}

function stringify(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return '[unprintable]';
  }
}

/** One line of text for a log entry, already redacted. */
export function summarize(value: unknown): string {
  if (value instanceof Error) {
    const e = redactError(value);
    const causes: string[] = [];
    let c = e.cause as Record<string, unknown> | undefined;
    while (c && typeof c === 'object' && causes.length < 4) {
      causes.push(`${c.name ?? 'cause'}: ${c.message ?? stringify(c)}`);
      c = c.cause as Record<string, unknown> | undefined;
    }
    return [`${e.name}: ${e.message}`, ...causes].join(' ← ').slice(0, 1000);
  }
  return stringify(redact(value)).slice(0, 1000);
}
