import type { MessageKey } from '../../i18n';

/** t() as every page's I18nProvider gives it (components/i18n.tsx). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Anything shaped like `{code, kind, params, message}` — a `MessageError` from `send()`, an
 * account's `lastError`, a sync error, an outbox result — plus plain Errors and strings.
 */
export interface ErrorLike {
  code?: string;
  kind?: string;
  message?: string;
  params?: Record<string, string | number>;
}

export interface ErrorDescription {
  kind: string;
  title: string;
  fix?: string;
}

export function toErrorLike(error: unknown): ErrorLike {
  if (error === undefined || error === null) return {};
  if (typeof error === 'string') return { message: error };
  if (typeof error === 'object') {
    const e = error as Record<string, unknown>;
    const params = e.params && typeof e.params === 'object' ? (e.params as Record<string, string | number>) : undefined;
    return {
      code: typeof e.code === 'string' ? e.code : undefined,
      kind: typeof e.kind === 'string' ? e.kind : undefined,
      message: typeof e.message === 'string' ? e.message : undefined,
      params,
    };
  }
  return { message: String(error) };
}
