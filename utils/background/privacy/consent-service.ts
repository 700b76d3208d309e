import { storageItem } from '../store/storage';

/**
 * The seller's consent (agreement 1688 §5.11.1: prior, express, informed). Versioned: when what
 * Crossdock collects changes, bump CONSENT_VERSION and the seller is asked again. Until consent
 * for the current version is recorded, the background makes no marketplace call.
 */
export const CONSENT_VERSION = 1;

export interface ConsentRecord {
  version: number;
  acceptedAt: number;
  /** The UI language the seller read the notice in. */
  locale: string;
}

const consentItem = storageItem<ConsentRecord>('consent');

export class ConsentService {
  private listeners = new Set<(granted: boolean) => void>();

  /** `version` is injectable so a test can play a notice change (a bump asks again). */
  constructor(readonly version: number = CONSENT_VERSION) {}

  async get(): Promise<ConsentRecord | undefined> {
    return consentItem.get();
  }

  async hasConsent(): Promise<boolean> {
    return (await consentItem.get())?.version === this.version;
  }

  async accept(locale: string, now = Date.now()): Promise<ConsentRecord> {
    const rec = { version: this.version, acceptedAt: now, locale };
    await consentItem.set(rec);
    for (const l of this.listeners) l(true);
    return rec;
  }

  /** Withdrawal is followed by a full wipe (see the privacy handlers); this only clears the record. */
  async withdraw(): Promise<void> {
    await consentItem.remove();
    for (const l of this.listeners) l(false);
  }

  onChange(listener: (granted: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
