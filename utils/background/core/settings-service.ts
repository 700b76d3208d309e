import { applySettingsPatch, type Settings, type SettingsPatch, settingsPatchSchema } from '../../settings/schema';
import { readStoredSettings, toStoredSettings } from '../../settings/stored';
import { storageItem } from '../store/storage';

const settingsItem = storageItem<unknown>('settings');

/**
 * Reads and writes the seller's settings; the background is the only writer. Every change is a
 * patch applied to the value read fresh from storage, one change at a time: two writers (the
 * options page and a helper panel, say) can never undo each other's change.
 */
export class SettingsService {
  private listeners = new Set<(s: Settings) => void>();
  /** The last change in line; each change starts after the one before has been written. */
  private chain: Promise<unknown> = Promise.resolve();

  async get(): Promise<Settings> {
    return readStoredSettings(await settingsItem.get());
  }

  /** Applies a patch of some fields; every field it does not name stays as stored. */
  update(patch: SettingsPatch): Promise<Settings> {
    return this.modify(() => patch);
  }

  /**
   * Computes a patch from the current settings and applies it, without another change in between
   * (e.g. adding one site to a list without losing a site added a moment before).
   */
  modify(change: (current: Settings) => SettingsPatch): Promise<Settings> {
    const run = async () => {
      const current = await this.get();
      const next = applySettingsPatch(current, settingsPatchSchema.parse(change(current)));
      await settingsItem.set(toStoredSettings(next));
      for (const l of this.listeners) l(next);
      return next;
    };
    const result = this.chain.then(run);
    this.chain = result.catch(() => undefined);
    return result;
  }

  onChange(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
