import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import { polyfillAsEsm } from '../../../build/polyfill-as-esm';

const require = createRequire(import.meta.url);
const POLYFILL = require.resolve('webextension-polyfill');

/** A real Vite build of an entry that imports the polyfill as WXT's `wxt/browser` does. */
async function buildEntry(plugin: boolean, tag: string): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'polyfill-as-esm-'));
  roots.push(root);
  writeFileSync(path.join(root, 'entry.js'), "export { default as browser } from 'webextension-polyfill';\n");
  const result = await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: plugin ? [polyfillAsEsm()] : [],
    resolve: { alias: { 'webextension-polyfill': POLYFILL } },
    build: {
      write: false,
      minify: false,
      modulePreload: false,
      rollupOptions: {
        input: { entry: path.join(root, 'entry.js') },
        // A page entry exports nothing; this one hands the polyfill's export to the test.
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RolldownOutput[];
  const entry = outputs.flatMap((o) => o.output).find((f): f is Rollup.OutputChunk => f.type === 'chunk' && f.isEntry)!;
  const file = path.join(root, 'dist', `entry-${tag}.js`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, entry.code);
  return file;
}

const roots: string[] = [];
const scope = globalThis as { chrome?: unknown; browser?: unknown };

/**
 * The browser's own `browser` object as Chromium hands it to an extension page: its APIs are
 * built when first read, and reading a property's descriptor builds it too (counted here).
 */
function nativeBrowser() {
  const built: string[] = [];
  const apis = { runtime: { id: 'crossdock' }, windows: {}, tabs: {}, scripting: {}, storage: {} };
  const browser = new Proxy(apis, {
    getOwnPropertyDescriptor(target, key) {
      built.push(String(key));
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  return { browser, built };
}

describe('polyfillAsEsm (importing the polyfill builds no extension API up front)', () => {
  afterEach(() => {
    delete scope.chrome;
    delete scope.browser;
  });
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('hands over the browser’s own object without reading every API on it', async () => {
    const without = await buildEntry(false, 'without');
    const withIt = await buildEntry(true, 'with');
    const before = nativeBrowser();
    scope.chrome = { runtime: { id: 'crossdock' } };
    scope.browser = before.browser;
    const copied = (await import(pathToFileURL(without).href)) as { browser: unknown };
    // As CommonJS, the bundler's interop copied every API's descriptor onto a namespace object.
    expect(before.built).toEqual(expect.arrayContaining(['windows', 'tabs', 'scripting']));
    expect(copied.browser).toBeDefined();

    const after = nativeBrowser();
    scope.browser = after.browser;
    const esm = (await import(pathToFileURL(withIt).href)) as { browser: unknown };
    expect(esm.browser).toBe(after.browser);
    expect(after.built).toEqual([]);
  });

  it('still wraps `chrome` where the browser has no `browser` object', async () => {
    const file = await buildEntry(true, 'wraps');
    const getURL = (p: string) => `chrome-extension://crossdock/${p}`;
    scope.chrome = { runtime: { id: 'crossdock', getURL } };
    const { browser } = (await import(pathToFileURL(file).href)) as {
      browser: { runtime: { getURL: (p: string) => string } };
    };
    expect(browser).not.toBe(scope.chrome);
    expect(browser.runtime.getURL('sidepanel.html')).toBe('chrome-extension://crossdock/sidepanel.html');
  });

  it('refuses a polyfill whose wrapper it does not know', () => {
    const plugin = polyfillAsEsm() as { transform: (code: string, id: string) => unknown };
    expect(() =>
      plugin.transform('module.exports = {};', '/x/node_modules/webextension-polyfill/dist/browser-polyfill.js'),
    ).toThrow(/UMD wrapper/);
    expect(plugin.transform('export const a = 1;', '/x/src/other.js')).toBeUndefined();
  });
});
