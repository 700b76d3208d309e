import type { DomainOrder } from '../../domain/order';
import type { EventHub } from '../messaging/event-hub';
import type { OpeningWindows } from '../orders/opening-windows';
import type { OrderStore } from '../orders/order-store';
import type { Outbox } from '../outbox/outbox';
import type { ConsentService } from '../privacy/consent-service';
import type { CheckpointStore } from '../sync/checkpoints';
import type { SyncCoordinator } from '../sync/sync-coordinator';
import type { AccountsService } from './accounts';
import type { QueueRegistry } from './queues';
import type { SettingsService } from './settings-service';
import type { WarmUp } from './warm-up';

/**
 * The background's shared services, built once in background-app.ts and handed to each
 * marketplace module (utils/background/coupang, utils/background/alibaba). Modules never construct
 * these themselves.
 */
export interface CoreServices {
  accounts: AccountsService;
  orders: OrderStore;
  /** The side panel's opening list, answered after a worker wake without reading every order. */
  openingWindows: OpeningWindows;
  outbox: Outbox;
  queues: QueueRegistry;
  checkpoints: CheckpointStore;
  sync: SyncCoordinator;
  settings: SettingsService;
  consent: ConsentService;
  events: EventHub;
  /** Builds ahead what an opening view reads first (a feature registers its own). */
  warmUp: WarmUp;
  /** fetch for marketplace calls: refuses before consent and to unconfigured origins. */
  marketplaceFetch: typeof fetch;
  /** Lets the guarded fetch reach a seller-configured relay origin (1688 relay mode). */
  allowOrigin(origin: string): void;
  now(): number;
}

/** What a marketplace module gives back to the composition root. */
export interface MarketplaceModule<H> {
  handlers: H;
  /** Called on worker start (after migrations): resume interrupted work. */
  start?(): Promise<void>;
  /** Called when an account of this marketplace is disconnected, before its data is wiped. */
  forget?(accountKey: string): void | Promise<void>;
  /** A cheap signed call that proves the connection works (connections.verify). */
  verify?(accountKey: string): Promise<Verification>;
  /**
   * Reads what a list left out of one order the seller opened (1688's recipient), and caches it;
   * the order as it was when there is nothing to add or the read fails.
   */
  completeOrder?(order: DomainOrder): Promise<DomainOrder>;
}

export interface Verification {
  ok: boolean;
  error?: import('../../protocol/envelope').WireError;
  clockSkewSeconds?: number;
}
