import type { ReturnClaim } from '../../../protocol/messages/claims';
import type { CoreServices } from '../../core/core';
import { type Snapshot, snapshotKind } from '../../store/snapshot-kind';

/** A vendor's return receipts of the last 30 days (cache kind `coupang.returns`). */
export type ReturnsSnapshot = Snapshot<ReturnClaim>;

export const createReturnsStore = (core: CoreServices) =>
  snapshotKind<ReturnClaim>(core, 'coupang.returns', (r) => r.receiptId);
export type ReturnsStore = ReturnType<typeof createReturnsStore>;
