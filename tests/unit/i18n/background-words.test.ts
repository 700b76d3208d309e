import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '@/utils/i18n';
import { allMessages } from '@/utils/i18n/all';
import { BACKGROUND_KEY_PREFIXES, backgroundMessages } from '@/utils/i18n/background';

/** Every .ts file under a folder (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe("the service worker's own words (issue 13: not every dictionary in the worker)", () => {
  it('holds every key with a worker prefix, in every language, as the full dictionaries say it', () => {
    for (const locale of LOCALES) {
      const wanted = Object.keys(allMessages[locale]).filter((k) =>
        BACKGROUND_KEY_PREFIXES.some((p) => k.startsWith(p)),
      );
      expect(wanted.length).toBeGreaterThan(10);
      for (const key of wanted)
        expect(backgroundMessages[locale][key], `${locale} ${key}`).toBe(allMessages[locale][key]);
    }
  });

  it('has every dictionary key the background code names', () => {
    const root = path.resolve(import.meta.dirname, '../../../utils/background');
    const named = new Set<string>();
    for (const file of sources(root))
      for (const m of readFileSync(file, 'utf8').matchAll(
        /['`]((?:app|badge|notify|money|state)\.[A-Za-z0-9_.]+)['`]/g,
      ))
        named.add(m[1]!);
    // Names that are dictionary keys (or the start of some): not timer names like 'badge.refresh'.
    const isDictionaryKey = (key: string) =>
      Object.keys(allMessages.en).some((k) => k === key || k.startsWith(`${key}.`));
    const keys = [...named].filter(isDictionaryKey);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) {
      // Keys built at run time name a prefix (`notify.new` + `.one`): some key starts with it.
      const known = Object.keys(backgroundMessages.en).some((k) => k === key || k.startsWith(`${key}.`));
      expect(known, key).toBe(true);
    }
  });

  it("is only a part of the pages' words", () => {
    expect(Object.keys(backgroundMessages.en).length).toBeLessThan(Object.keys(allMessages.en).length / 3);
  });
});
