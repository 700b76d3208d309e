import { type Settings, type SettingsPatch, settingsPatchSchema, settingsSchema } from '../../settings/schema';
import { storageItem } from '../store/storage';

const settingsItem = storageItem<unknown>('settings');

/** Reads and writes the seller's settings; the background is the only writer. */
export class SettingsService {
  private listeners = new Set<(s: Settings) => void>();

  async get(): Promise<Settings> {
    const parsed = settingsSchema.safeParse((await settingsItem.get()) ?? {});
    return parsed.success ? parsed.data : settingsSchema.parse({});
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const checked = settingsPatchSchema.parse(patch);
    const next = settingsSchema.parse({ ...(await this.get()), ...checked });
    await settingsItem.set(next);
    for (const l of this.listeners) l(next);
    return next;
  }

  onChange(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
