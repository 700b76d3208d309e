import type { ExchangeClaim } from '../../../protocol/messages/claims';
import type { CoreServices } from '../../core/core';
import { type Snapshot, snapshotKind } from '../../store/snapshot-kind';

/** A vendor's exchanges of the last 30 days (cache kind `coupang.exchanges`). */
export type ExchangesSnapshot = Snapshot<ExchangeClaim>;

export const createExchangesStore = (core: CoreServices) =>
  snapshotKind<ExchangeClaim>(core, 'coupang.exchanges', (x) => x.exchangeId);
export type ExchangesStore = ReturnType<typeof createExchangesStore>;
