import { STORED_ITEMS } from '../store/registry';
import { storageItem } from '../store/storage';
import { redact, summarize } from './redact';

/**
 * The background's only logger (compliance C9: personal data never reaches logs). Every argument
 * is redacted before it reaches the console or the local error log; the error log keeps one
 * redacted line per problem, at most KEEP entries, none older than the registry's TTL.
 */
export interface ErrorLogEntry {
  at: number;
  level: 'warn' | 'error';
  scope: string;
  message: string;
}

interface ErrorLogState {
  entries: ErrorLogEntry[];
}

type Sink = Pick<Console, 'info' | 'warn' | 'error'>;

const KEEP = 100;
const PREFIX = '[crossdock]';
const errorLogItem = storageItem<ErrorLogState>('errorLog');
const ERROR_LOG_TTL_MS = STORED_ITEMS.errorLog.ttlMs;

export class Logger {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly sink: Sink;
  private readonly now: () => number;

  constructor(opts: { sink?: Sink; now?: () => number } = {}) {
    this.sink = opts.sink ?? console;
    this.now = opts.now ?? Date.now;
  }

  info(scope: string, ...details: unknown[]): void {
    this.sink.info(PREFIX, safeScope(scope), ...details.map(redact));
  }

  warn(scope: string, problem: unknown, ...details: unknown[]): Promise<void> {
    this.sink.warn(PREFIX, safeScope(scope), redact(problem), ...details.map(redact));
    return this.persist('warn', scope, problem);
  }

  error(scope: string, problem: unknown, ...details: unknown[]): Promise<void> {
    this.sink.error(PREFIX, safeScope(scope), redact(problem), ...details.map(redact));
    return this.persist('error', scope, problem);
  }

  async read(): Promise<ErrorLogEntry[]> {
    await this.chain;
    return prune((await errorLogItem.get())?.entries ?? [], this.now());
  }

  private persist(level: ErrorLogEntry['level'], scope: string, problem: unknown): Promise<void> {
    const entry: ErrorLogEntry = { at: this.now(), level, scope: safeScope(scope), message: summarize(problem) };
    const next = this.chain.then(() =>
      errorLogItem.update((s) => ({ entries: prune([entry, ...(s?.entries ?? [])], entry.at) })),
    );
    // A failing write (e.g. during delete-all) must never break the caller or later writes.
    this.chain = next.catch(() => undefined);
    return next.then(
      () => undefined,
      () => undefined,
    );
  }
}

function prune(entries: ErrorLogEntry[], now: number): ErrorLogEntry[] {
  return entries.filter((e) => ERROR_LOG_TTL_MS === null || now - e.at < ERROR_LOG_TTL_MS).slice(0, KEEP);
}

/** Scopes are our own identifiers (message types, job names); keep them short and redacted anyway. */
function safeScope(scope: string): string {
  return summarize(scope.slice(0, 80));
}
