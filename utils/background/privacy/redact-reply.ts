import type { WireReply } from '../../protocol/envelope';
import { classifyKey, PII, redactText, SECRET } from './redact';

/**
 * Error replies are shown to the seller and may be copied into a support mail: a marketplace
 * message quoting a recipient or a key must not ride along (compliance C1, C9). Successful
 * replies pass untouched — their data is what the seller asked for, already masked by views.
 */
export function redactReply<T>(reply: WireReply<T>): WireReply<T> {
  if (reply.ok) return reply;
  const { params, ...error } = reply.error;
  return {
    ok: false,
    error: {
      ...error,
      message: redactText(error.message, 500),
      ...(params && {
        params: Object.fromEntries(
          Object.entries(params).map(([k, v]) => {
            const cls = classifyKey(k);
            if (cls) return [k, cls === 'secret' ? SECRET : PII];
            return [k, typeof v === 'string' ? redactText(v, 200) : v];
          }),
        ),
      }),
    },
  };
}
