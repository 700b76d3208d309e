import { HandledError } from '../../protocol/envelope';
import type { ConsentStatus } from '../../protocol/messages/privacy';
import type { SettingsService } from '../core/settings-service';
import type { EventHub } from '../messaging/event-hub';
import { wipe } from '../store/wipe';
import type { CacheSweeper } from './cache-sweeper';
import type { ConsentService } from './consent-service';
import type { Logger } from './logger';

export type WipeCause = 'deleteAll' | 'withdrawConsent';

/**
 * The seller's rights over their data (compliance C4, C6): consent, delete everything, withdraw.
 * Deleting leaves Crossdock as freshly installed — and still running: the next message finds
 * default settings, no consent and an empty cache, and the housekeeping alarm comes back.
 */
export class PrivacyService {
  private chain: Promise<unknown> = Promise.resolve();
  private wipedListeners = new Set<(cause: WipeCause) => void | Promise<void>>();

  constructor(
    private deps: {
      consent: ConsentService;
      settings: SettingsService;
      events: EventHub;
      sweeper: CacheSweeper;
      logger: Logger;
    },
  ) {}

  async status(): Promise<ConsentStatus> {
    const [rec, settings] = await Promise.all([this.deps.consent.get(), this.deps.settings.get()]);
    return {
      granted: rec?.version === this.deps.consent.version,
      currentVersion: this.deps.consent.version,
      acceptedVersion: rec?.version,
      acceptedAt: rec?.acceptedAt,
      retention: settings.cache,
    };
  }

  /** `version` is the notice the seller read: agreeing to an older notice records nothing. */
  async accept(version: number, locale: string): Promise<ConsentStatus> {
    if (version !== this.deps.consent.version) {
      throw new HandledError('invalid_request', 'The consent notice changed; read it again.', 'consentVersionChanged');
    }
    await this.deps.consent.accept(locale);
    return this.status();
  }

  deleteAll(): Promise<void> {
    return this.serialized(() => this.wipeEverything('deleteAll'));
  }

  withdraw(): Promise<void> {
    return this.serialized(async () => {
      await this.deps.consent.withdraw();
      await this.wipeEverything('withdrawConsent');
    });
  }

  /** Services that keep in-memory state (sync schedulers, queues) reset themselves here. */
  onWiped(listener: (cause: WipeCause) => void | Promise<void>): () => void {
    this.wipedListeners.add(listener);
    return () => this.wipedListeners.delete(listener);
  }

  private async wipeEverything(cause: WipeCause): Promise<void> {
    await wipe('deleteAll');
    for (const l of this.wipedListeners) {
      try {
        await l(cause);
      } catch (e) {
        void this.deps.logger.error('privacy.onWiped', e);
      }
    }
    // Alarms were cleared with everything else; the sweep is part of a fresh install.
    await this.deps.sweeper.ensureAlarm();
    this.deps.events.emit('data.wiped', { reason: cause });
  }

  private serialized(fn: () => Promise<void>): Promise<void> {
    const next = this.chain.then(fn);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
