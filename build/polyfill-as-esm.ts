import type { Plugin } from 'vite';

/** The one file webextension-polyfill ships: a UMD wrapper that assigns `module.exports`. */
const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;

/**
 * Loads webextension-polyfill as an ES module with a default export only.
 *
 * Imported as CommonJS, the bundler's interop helper (`__toESM`) copies every own property of
 * `module.exports` onto a namespace object, asking each for its property descriptor. In Chromium,
 * where the polyfill hands back the browser's own `browser` object, that descriptor read
 * materialises every extension API binding (windows, tabs, scripting, …) at import: measured
 * 6–9 ms of a side panel's first render, and the same in the worker's start. Nothing here uses
 * a named export of the polyfill, only `browser` itself, so the copy is not needed.
 *
 * The file is left as it is and run with a local `module` of its own: the UMD wrapper takes its
 * CommonJS branch (`exports` is defined), and the module exports what the polyfill assigned.
 */
export function polyfillAsEsm(): Plugin {
  return {
    name: 'crossdock:polyfill-as-esm',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL_FILE.test(id)) return undefined;
      if (!code.includes('factory(module)')) {
        // A future polyfill whose wrapper changed: fail the build rather than ship a broken import.
        throw new Error('webextension-polyfill no longer has the UMD wrapper polyfill-as-esm expects.');
      }
      return {
        code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
