import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMessageKey, LOCALES, translate } from '@/utils/i18n';
import { allMessages, dictionaries } from '@/utils/i18n/all';
import { dictionaryFiles, wordsInFile } from '../../../build/words-by-language';

describe('words by language (what pages load)', () => {
  it('each language module holds exactly that language of every dictionary', async () => {
    const modules = {
      ko: await import('virtual:crossdock-words/ko'),
      en: await import('virtual:crossdock-words/en'),
      zh_CN: await import('virtual:crossdock-words/zh_CN'),
    };
    for (const locale of LOCALES) expect(modules[locale].default).toEqual(allMessages[locale]);
  });

  it('every dictionary file is registered in utils/i18n/all.ts (the message keys’ type)', () => {
    expect(dictionaryFiles()).toHaveLength(dictionaries.length);
  });

  it('translates from the loaded language, and knows which keys name words', () => {
    expect(translate('ko', 'orders.title')).toBe(allMessages.ko['orders.title']);
    expect(translate('zh_CN', 'orders.title')).toBe(allMessages.zh_CN['orders.title']);
    expect(isMessageKey('orders.title')).toBe(true);
    expect(isMessageKey('products.problem.NO_SUCH_CODE')).toBe(false);
  });

  it('refuses words that are not string literals, naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'words-'));
    const file = join(dir, 'bad.ts');
    writeFileSync(
      file,
      [
        "import { defineDictionary } from '../define';",
        "const name = 'x';",
        'export const bad = defineDictionary({',
        "  en: { 'a.b': 'fine' },",
        "  ko: { 'a.b': name },",
        "  zh_CN: { 'a.b': 'fine' },",
        '});',
      ].join('\n'),
    );
    expect(wordsInFile(file, 'en')).toEqual({ 'a.b': 'fine' });
    expect(() => wordsInFile(file, 'ko')).toThrow(/bad\.ts:5: words must be string literals/);
  });
});
