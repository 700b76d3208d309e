import type { Rejection } from '../messaging/dispatcher';
import { storageItem } from '../store/storage';

interface SecurityLogState {
  total: number;
  byReason: Record<string, number>;
  recent: Array<{ at: number; type: string; reason: string; senderKind: string; origin: string }>;
}

const KEEP = 50;
const logItem = storageItem<SecurityLogState>('securityLog');

/**
 * Counts messages refused by the dispatcher (agreement 1688 §5.13: incident visibility). Keeps
 * the message type, reason and sender origin — never the payload, which may carry anything.
 */
export class SecurityLog {
  private chain: Promise<unknown> = Promise.resolve();

  record(r: Rejection, now = Date.now()): Promise<void> {
    const entry = {
      at: now,
      type: r.type.slice(0, 80),
      reason: r.reason,
      senderKind: r.sender.kind,
      origin:
        r.sender.kind === 'untrusted'
          ? r.sender.origin
          : r.sender.kind === 'content-script' || r.sender.kind === 'helper-frame'
            ? new URL(r.sender.pageUrl).origin
            : 'extension',
    };
    const next = this.chain.then(() =>
      logItem.update((s) => {
        const state = s ?? { total: 0, byReason: {}, recent: [] };
        state.total++;
        state.byReason[entry.reason] = (state.byReason[entry.reason] ?? 0) + 1;
        state.recent = [entry, ...state.recent].slice(0, KEEP);
        return state;
      }),
    );
    this.chain = next.catch(() => undefined);
    return next.then(() => undefined);
  }

  async read(): Promise<SecurityLogState> {
    await this.chain;
    return (await logItem.get()) ?? { total: 0, byReason: {}, recent: [] };
  }
}
