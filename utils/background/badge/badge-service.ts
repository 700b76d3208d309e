import { browser } from 'wxt/browser';
import { accountKeyOf } from '../../domain/keys';
import { translate } from '../../i18n/background';
import type { AccountsService } from '../core/accounts';
import type { SettingsService } from '../core/settings-service';
import { backgroundLocale } from '../notifications/text';
import { countedOrders, type OpeningWindows } from '../orders/opening-windows';
import type { OrderStore } from '../orders/order-store';
import { type BadgeState, computeBadge } from './compute';
import { extraAttention } from './extra-attention';

/**
 * Keeps the toolbar badge true: recomputed (debounced) after orders change, a sync ends or an
 * outbox item moves; empty when no account is connected (last disconnect, delete all).
 */
export class BadgeService {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<BadgeState> | undefined;
  private again = false;
  private last: BadgeState | undefined;

  constructor(
    private deps: {
      accounts: AccountsService;
      orders: Pick<OrderStore, 'all' | 'isLoaded'>;
      openingWindows: Pick<OpeningWindows, 'digests'>;
      settings: SettingsService;
      now(): number;
      onError?(where: string, e: unknown): void;
      debounceMs?: number;
    },
  ) {}

  /** Asks for a refresh soon; bursts (a sync stores page after page) collapse into one. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, this.deps.debounceMs ?? 250);
  }

  /** Recomputes and applies the badge now (one at a time; a request during a run runs after it). */
  refresh(): Promise<BadgeState> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.compute()
      .then((state) => this.apply(state))
      .catch((e) => {
        this.deps.onError?.('badge.refresh', e);
        return this.last ?? computeBadge([], this.deps.now(), false);
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          void this.refresh();
        }
      });
    return this.running;
  }

  /** Empties the badge at once (delete all data). */
  async clear(): Promise<void> {
    await this.apply(computeBadge([], this.deps.now(), false));
  }

  private async compute(): Promise<BadgeState> {
    const accounts = await this.deps.accounts.list();
    // No account: never touch the order store (it would re-open a database "delete all" just removed).
    if (accounts.length === 0) return computeBadge([], this.deps.now(), false);
    const connected = new Set(accounts.map((a) => a.accountKey));
    // Every wake recounts (after its first reply): from the kept digests while no order is held.
    const counted = await countedOrders(this.deps.orders, this.deps.openingWindows);
    const orders = counted.filter((o) => connected.has(accountKeyOf(o)));
    const now = this.deps.now();
    return computeBadge(orders, now, true, await extraAttention(accounts, now));
  }

  private async apply(state: BadgeState): Promise<BadgeState> {
    const locale = backgroundLocale((await this.deps.settings.get()).language);
    await browser.action.setBadgeText({ text: state.text });
    await browser.action.setBadgeBackgroundColor({ color: state.color });
    await browser.action.setTitle({
      title: state.count > 0 ? translate(locale, 'badge.title', { count: state.count }) : translate(locale, 'app.name'),
    });
    this.last = state;
    return state;
  }
}
