import { randomUUID } from 'node:crypto';
import type { SandboxContext } from '../../core/context';

export interface AuthCode {
  code: string;
  appKey: string;
  memberId: string;
  redirectUri: string;
  expiresAt: number;
  used: boolean;
}

export interface IssuedToken {
  kind: 'access' | 'refresh';
  token: string;
  appKey: string;
  memberId: string;
  issuedAt: number;
  expiresAt: number;
  revoked: boolean;
  /** For refresh tokens: replaced by postponeToken (the old one stops working). */
  replacedBy?: string;
}

export type AccessCheck =
  | { ok: true; token: IssuedToken }
  | { ok: false; reason: 'missing' | 'unknown' | 'expired' | 'revoked' | 'otherApp' };

/**
 * Codes, access tokens and refresh tokens, all timed on the business clock with lifetimes from
 * the settings, so a test can expire a token by advancing the clock or shortening the setting.
 */
export class TokenStore {
  private readonly codes = new Map<string, AuthCode>();
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly ctx: SandboxContext) {}

  private now() {
    return this.ctx.clock.now();
  }

  issueCode(appKey: string, memberId: string, redirectUri: string): AuthCode {
    const code: AuthCode = {
      // Real codes are opaque UUID-like strings.
      code: randomUUID(),
      appKey,
      memberId,
      redirectUri,
      expiresAt: this.now() + this.ctx.settings.alibabaCodeSeconds * 1000,
      used: false,
    };
    this.codes.set(code.code, code);
    return code;
  }

  /** Consumes a code: single use, even when the exchange then fails for another reason. */
  redeemCode(code: string, appKey: string): AuthCode | 'unknown' | 'used' | 'expired' | 'otherApp' {
    const c = this.codes.get(code);
    if (!c) return 'unknown';
    if (c.appKey !== appKey) return 'otherApp';
    if (c.used) return 'used';
    c.used = true;
    if (this.now() >= c.expiresAt) return 'expired';
    return c;
  }

  issueAccess(appKey: string, memberId: string): IssuedToken {
    return this.store('access', appKey, memberId, this.ctx.settings.alibabaAccessTokenSeconds);
  }
  issueRefresh(appKey: string, memberId: string): IssuedToken {
    return this.store('refresh', appKey, memberId, this.ctx.settings.alibabaRefreshTokenSeconds);
  }

  private store(kind: IssuedToken['kind'], appKey: string, memberId: string, seconds: number): IssuedToken {
    const t: IssuedToken = {
      kind,
      token: randomUUID(),
      appKey,
      memberId,
      issuedAt: this.now(),
      expiresAt: this.now() + seconds * 1000,
      revoked: false,
    };
    this.tokens.set(t.token, t);
    return t;
  }

  checkAccess(token: string | undefined, appKey: string): AccessCheck {
    return this.check(token, appKey, 'access');
  }
  checkRefresh(token: string | undefined, appKey: string): AccessCheck {
    return this.check(token, appKey, 'refresh');
  }

  private check(token: string | undefined, appKey: string, kind: IssuedToken['kind']): AccessCheck {
    if (!token) return { ok: false, reason: 'missing' };
    const t = this.tokens.get(token);
    if (!t || t.kind !== kind) return { ok: false, reason: 'unknown' };
    if (t.appKey !== appKey) return { ok: false, reason: 'otherApp' };
    if (t.revoked || t.replacedBy) return { ok: false, reason: 'revoked' };
    if (this.now() >= t.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, token: t };
  }

  /** The raw record, whatever its state (postponeToken accepts an expired access token). */
  find(token: string): IssuedToken | undefined {
    return this.tokens.get(token);
  }

  /** postponeToken: a new refresh token with a new lifetime; the old one stops working. */
  replaceRefresh(old: IssuedToken): IssuedToken {
    const next = this.issueRefresh(old.appKey, old.memberId);
    old.replacedBy = next.token;
    return next;
  }

  /** What a user revoking the app or changing their password does. */
  revokeMember(memberId: string, appKey?: string): number {
    let n = 0;
    for (const t of this.tokens.values()) {
      if (t.memberId === memberId && (!appKey || t.appKey === appKey) && !t.revoked) {
        t.revoked = true;
        n++;
      }
    }
    return n;
  }

  /** Makes a member's tokens expire now (refresh tokens too when asked). */
  expireMember(memberId: string, includeRefresh: boolean): number {
    let n = 0;
    for (const t of this.tokens.values()) {
      if (t.memberId !== memberId || t.revoked || (t.kind === 'refresh' && !includeRefresh)) continue;
      if (t.expiresAt > this.now()) {
        t.expiresAt = this.now();
        n++;
      }
    }
    return n;
  }

  list(): Array<IssuedToken & { expired: boolean }> {
    return [...this.tokens.values()].map((t) => ({ ...t, expired: this.now() >= t.expiresAt }));
  }
  listCodes(): AuthCode[] {
    return [...this.codes.values()].map((c) => ({ ...c }));
  }

  clear(): void {
    this.codes.clear();
    this.tokens.clear();
  }
}
