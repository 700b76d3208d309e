import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, parseAst } from 'vite';

/**
 * One module of words per language, built from the feature dictionaries
 * (`utils/i18n/dictionaries/*.ts`, each with Korean, English and Chinese side by side so a
 * feature's wording is reviewed in one place). A page then loads only its seller's language:
 * all three together were more than half of the code the side panel loaded before its first rows
 * (issue 13). `utils/i18n/index.ts` imports `virtual:crossdock-words/<locale>` lazily.
 *
 * The dictionaries are read as data, not run: each holds one `defineDictionary({ en, ko, zh_CN })`
 * of string literals, and anything else fails the build with the file and key.
 */
const PREFIX = 'virtual:crossdock-words/';
const LOCALES = ['ko', 'en', 'zh_CN'] as const;
type Locale = (typeof LOCALES)[number];

const DICTIONARIES = fileURLToPath(new URL('../utils/i18n/dictionaries', import.meta.url));

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

function fail(file: string, source: string, at: number, why: string): never {
  const line = source.slice(0, at).split('\n').length;
  throw new Error(`${path.relative(process.cwd(), file)}:${line}: ${why}`);
}

/** A property's name: `en`, `'orders.title'`. */
function keyOf(prop: Node): string | undefined {
  const key = prop.key as Node & { name?: string; value?: unknown };
  if (prop.computed) return undefined;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** A string literal or a template without placeholders. */
function stringOf(value: Node): string | undefined {
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  const quasis = value.quasis as Array<{ value: { cooked: string } }> | undefined;
  if (value.type === 'TemplateLiteral' && quasis?.length === 1) return quasis[0]!.value.cooked;
  return undefined;
}

/** The words of one language in one dictionary file. */
export function wordsInFile(file: string, locale: Locale): Record<string, string> {
  const source = readFileSync(file, 'utf8');
  const ast = parseAst(source, { lang: 'ts' }) as unknown as { body: Node[] };
  const calls: Node[] = [];
  for (const statement of ast.body) {
    const declaration = statement.declaration as Node | undefined;
    for (const d of (declaration?.declarations as Node[] | undefined) ?? []) {
      const init = d.init as Node | undefined;
      if (init?.type === 'CallExpression' && (init.callee as { name?: string }).name === 'defineDictionary') {
        calls.push(init);
      }
    }
  }
  if (calls.length !== 1) fail(file, source, 0, `expected one defineDictionary(…), found ${calls.length}`);
  const [argument] = calls[0]!.arguments as Node[];
  if (argument?.type !== 'ObjectExpression') fail(file, source, calls[0]!.start, 'defineDictionary takes an object');
  const language = (argument.properties as Node[]).find((p) => keyOf(p) === locale);
  const table = language?.value as Node | undefined;
  if (table?.type !== 'ObjectExpression') fail(file, source, argument.start, `no ${locale} words`);
  const words: Record<string, string> = {};
  for (const prop of table.properties as Node[]) {
    const key = prop.type === 'Property' ? keyOf(prop) : undefined;
    const text = key === undefined ? undefined : stringOf(prop.value as Node);
    if (key === undefined || text === undefined) fail(file, source, prop.start, 'words must be string literals');
    words[key] = text;
  }
  return words;
}

export function dictionaryFiles(): string[] {
  return readdirSync(DICTIONARIES)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => path.join(DICTIONARIES, f));
}

/** Every dictionary's words in one language, as the module `virtual:crossdock-words/<locale>`. */
export function wordsByLanguage(): Plugin {
  return {
    name: 'crossdock-words-by-language',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const locale = id.slice(PREFIX.length + 1) as Locale;
      if (!LOCALES.includes(locale)) throw new Error(`no words for ${locale}`);
      const words: Record<string, string> = {};
      for (const file of dictionaryFiles()) {
        this.addWatchFile(file);
        Object.assign(words, wordsInFile(file, locale));
      }
      // JSON.parse of one string: V8 reads it faster than an object literal of ~2,000 keys.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(words))});`;
    },
  };
}
