import { buildConfig } from '../../config/build-config';
import { accountKey as accountKeyFor } from '../../domain/keys';
import { HandledError } from '../../protocol/envelope';
import { type AccountRecord, maskKey } from '../core/accounts';
import type { CoreServices } from '../core/core';
import { parseLosslessJson } from '../net/lossless-json';
import {
  authFlowRejection,
  buildAuthorizeUrl,
  completeAuthorization,
  createOAuthState,
  isAlibabaApiError,
  OAuthRedirectError,
  type Tokens,
} from './api';
import type { AlibabaClients } from './clients';
import { appBindings, relayOrigin } from './clients';
import { alibabaError, asHandled } from './errors';
import type { AlibabaSecret, SecretStore } from './secrets';

export type ConnectRequest =
  | { mode: 'ownApp'; appKey: string; appSecret: string }
  | { mode: 'relay'; relayUrl: string; appKey: string; pairingCode: string };

/** The browser half of OAuth, injected so unit tests can play the consent page. */
export interface AuthFlow {
  /** `browser.identity.getRedirectURL(…)`: https://<extension id>.chromiumapp.org/… */
  redirectUri(): string;
  /** `browser.identity.launchWebAuthFlow({url, interactive: true})`. */
  launch(url: string): Promise<string | undefined>;
}

const MEMBER_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** A relay URL the seller may use: https, or http on this computer (a relay they run locally). */
function checkRelayUrl(relayUrl: string): URL {
  let url: URL;
  try {
    url = new URL(relayUrl);
  } catch {
    throw alibabaError('invalid_request', 'relayPairingRejected', 'The relay URL is not a URL.', { reason: 'url' });
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw alibabaError('invalid_request', 'relayPairingRejected', 'The relay must use https.', { reason: 'https' });
  }
  if (url.username || url.password || url.search || url.hash) {
    throw alibabaError('invalid_request', 'relayPairingRejected', 'The relay URL must be a plain base URL.', {
      reason: 'url',
    });
  }
  return url;
}

const base = (relayUrl: string) => relayUrl.replace(/\/+$/, '');

/**
 * Connecting a 1688 member (issue #5 "OAuth"): own app (the seller's AppKey + AppSecret, kept in
 * the vault, signing locally) or a signing relay (paired once with the operator's pairing code;
 * the installation key goes to the vault, the AppSecret stays on the relay). Both then run the
 * authorization-code flow with a one-time random state and keep the tokens in the vault.
 */
export class AlibabaConnector {
  constructor(
    private core: CoreServices,
    private secrets: SecretStore,
    private clients: AlibabaClients,
    private flow: AuthFlow,
  ) {}

  async connect(req: ConnectRequest): Promise<AccountRecord> {
    const secret: AlibabaSecret =
      req.mode === 'ownApp'
        ? { mode: 'ownApp', appKey: req.appKey, appSecret: req.appSecret }
        : await this.pair(req.relayUrl, req.pairingCode, req.appKey);
    try {
      const tokens = await this.authorize(secret);
      return await this.store(secret, tokens);
    } catch (e) {
      // A pairing that led to no connection must not leave a live key on the relay.
      if (secret.mode === 'relay') void this.unpair(secret);
      throw e;
    }
  }

  /** OAuth again for a connected member, with its stored app or relay (the Reconnect button). */
  async reauthorize(accountKey: string): Promise<AccountRecord> {
    const [secret, account] = await Promise.all([this.secrets.get(accountKey), this.core.accounts.get(accountKey)]);
    if (!secret || !account) throw alibabaError('not_connected', 'noAccount', 'This 1688 member is not connected.');
    const tokens = await this.authorize(secret);
    if (accountKeyFor('alibaba', tokens.memberId) !== accountKey) {
      throw alibabaError('invalid_request', 'memberMismatch', 'A different 1688 member signed in.', {
        expected: account.accountId,
      });
    }
    return this.store(secret, tokens, account);
  }

  /** Best effort: tells the relay to revoke this installation's key (disconnect, failed connect). */
  async unpair(secret: AlibabaSecret): Promise<void> {
    if (secret.mode !== 'relay') return;
    try {
      await this.core.marketplaceFetch(`${base(secret.relayUrl)}/v1/installation`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${secret.installKey}` },
      });
    } catch {
      // The operator can still revoke it from the admin API.
    }
  }

  private async pair(relayUrl: string, pairingCode: string, appKey: string): Promise<AlibabaSecret> {
    const url = checkRelayUrl(relayUrl);
    const relay = base(url.toString());
    this.core.allowOrigin(relayOrigin(relay));
    let res: Response;
    let body: unknown;
    try {
      res = await this.core.marketplaceFetch(`${relay}/v1/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          pairingCode,
          installationName: `Crossdock ${new Date(this.core.now()).toISOString().slice(0, 10)}`,
        }),
      });
      const text = await res.text();
      body = text ? parseLosslessJson(text) : undefined;
    } catch (e) {
      if (e instanceof HandledError) throw e;
      throw alibabaError('marketplace_error', 'network', 'The relay could not be reached.', { route: 'relay.pair' });
    }
    const b = (body ?? {}) as { installKey?: unknown; appKey?: unknown; relay_error?: { code?: unknown } };
    if (res.status !== 201 || typeof b.installKey !== 'string') {
      const code = typeof b.relay_error?.code === 'string' ? b.relay_error.code : `http${res.status}`;
      throw alibabaError('invalid_request', 'relayPairingRejected', `The relay refused pairing (${code}).`, {
        reason: code,
      });
    }
    const secret: AlibabaSecret = { mode: 'relay', appKey, relayUrl: relay, installKey: b.installKey };
    if (b.appKey !== undefined && String(b.appKey) !== appKey) {
      void this.unpair(secret);
      throw alibabaError('invalid_request', 'relayAppKeyMismatch', 'The relay signs for a different AppKey.', {
        relayAppKey: String(b.appKey),
      });
    }
    return secret;
  }

  private async authorize(secret: AlibabaSecret): Promise<Tokens> {
    const { endpoint } = appBindings(this.core, secret);
    const state = createOAuthState();
    const redirectUri = this.flow.redirectUri();
    const url = buildAuthorizeUrl({
      authBaseUrl: buildConfig.alibabaAuthBaseUrl,
      appKey: secret.appKey,
      redirectUri,
      state,
    });
    let redirectUrl: string | undefined;
    try {
      redirectUrl = await this.flow.launch(url);
    } catch (e) {
      throw oauthFailure(authFlowRejection(e));
    }
    try {
      return await completeAuthorization({
        redirectUrl,
        expectedState: state,
        redirectUri,
        endpoint,
        now: () => this.core.now(),
      });
    } catch (e) {
      throw oauthFailure(e);
    }
  }

  private async store(secret: AlibabaSecret, tokens: Tokens, previous?: AccountRecord): Promise<AccountRecord> {
    if (!MEMBER_ID.test(tokens.memberId)) {
      throw alibabaError('handler_error', 'authMissingCode', '1688 returned an unusable member id.', {
        reason: 'memberId',
      });
    }
    const accountKey = accountKeyFor('alibaba', tokens.memberId);
    const existing = previous ?? (await this.core.accounts.get(accountKey));
    await this.secrets.put(accountKey, { ...secret, tokens });
    this.clients.drop(accountKey);
    const rec: AccountRecord = {
      accountKey,
      marketplace: 'alibaba',
      accountId: tokens.memberId,
      label: existing?.label || tokens.resourceOwner || tokens.memberId,
      mode: secret.mode,
      maskedKey: maskKey(secret.appKey),
      connectedAt: existing?.connectedAt ?? this.core.now(),
      status: 'ok',
      ...(existing?.lastSyncAt ? { lastSyncAt: existing.lastSyncAt } : {}),
      ...(tokens.refreshTokenExpiresAt !== undefined ? { refreshExpiresAt: tokens.refreshTokenExpiresAt } : {}),
    };
    await this.core.accounts.upsert(rec);
    // The member's orders appear without another click; the sync reports its own progress.
    void this.core.sync.sync(accountKey);
    return rec;
  }
}

/** OAuth endings → errors a seller can act on. */
function oauthFailure(e: unknown) {
  if (e instanceof OAuthRedirectError) {
    switch (e.kind) {
      case 'denied':
        return alibabaError('invalid_request', 'authDenied', 'The 1688 authorization was denied.', {
          ...(e.providerError ? { providerError: e.providerError.slice(0, 40) } : {}),
        });
      case 'cancelled':
        return alibabaError('invalid_request', 'authCancelled', 'The 1688 authorization window was closed.');
      case 'stateMismatch':
        return alibabaError(
          'invalid_request',
          'authStateMismatch',
          'The 1688 authorization answer did not match this request.',
        );
      case 'missingCode':
        return alibabaError('invalid_request', 'authMissingCode', '1688 returned no authorization code.');
    }
  }
  if (isAlibabaApiError(e, 'tokenRejected')) {
    return alibabaError(
      'invalid_request',
      'authCodeRejected',
      '1688 refused the authorization code (expired or used).',
      {
        code: e.code ?? String(e.httpStatus ?? ''),
      },
    );
  }
  return asHandled(e);
}
