import { consentRequiredError, HandledError } from '../../protocol/envelope';

/**
 * The fetch every marketplace client gets. It refuses before consent (compliance C4) and refuses
 * any origin that is not a configured marketplace or relay (C3: no request goes anywhere else).
 */
export interface GuardedFetchDeps {
  hasConsent(): Promise<boolean>;
  allowedOrigins(): string[];
  fetch?: typeof fetch;
}

export function createGuardedFetch(deps: GuardedFetchDeps): typeof fetch {
  const doFetch = deps.fetch ?? ((input, init) => fetch(input, init));
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (!deps.allowedOrigins().includes(url.origin)) {
      throw new HandledError('forbidden', `Requests to ${url.origin} are not allowed.`, 'originNotAllowed');
    }
    if (!(await deps.hasConsent())) throw consentRequiredError();
    return doFetch(input, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
  };
}
