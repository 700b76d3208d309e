import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matchForBuild, resolveBuildEnv } from './build/build-env';
import { EXTENSION_PUBLIC_KEY } from './build/extension-key';
import { inlineSmallChunks } from './build/inline-small-chunks';
import { lazyAppStylesLinked } from './build/lazy-app-styles';
import { polyfillAsEsm } from './build/polyfill-as-esm';
import { wordsByLanguage } from './build/words-by-language';
import { ALL_HELPER_MATCHES, HELPER_FRAME_EMBEDDERS } from './utils/page-helpers/registry';

const buildEnv = resolveBuildEnv();
const { hostPermissions, ...runtimeConfig } = buildEnv;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  outDirTemplate: buildEnv.outDirName,
  vite: () => ({
    // wordsByLanguage: one module of words per language, so a page loads only its seller's.
    // lazyAppStylesLinked: the side panel's app is requested without waiting for styles first.
    // inlineSmallChunks: a page loads a few files, not a dozen small shared ones.
    // polyfillAsEsm: importing the polyfill no longer builds every extension API binding up front.
    plugins: [preact(), polyfillAsEsm(), wordsByLanguage(), lazyAppStylesLinked(), inlineSmallChunks()],
    define: {
      __CROSSDOCK_BUILD__: JSON.stringify(runtimeConfig),
      // A plain boolean the bundler folds, so sandbox-only code is dropped from store builds.
      __CROSSDOCK_SANDBOX_BUILD__: JSON.stringify(buildEnv.target === 'sandbox'),
    },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Unpacked builds get a fixed id (registered OAuth redirect); store packages must not carry a key.
    ...(process.env.CROSSDOCK_STORE_PACKAGE ? {} : { key: EXTENSION_PUBLIC_KEY }),
    // `scripting`: the background registers the page-helper content script itself, only for the
    // helpers the seller has on (issue 13), instead of a fixed manifest content_scripts entry. It
    // adds no install warning of its own.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'identity', 'notifications', 'sidePanel', 'scripting'],
    // The marketplace APIs, and exactly the seller pages the helpers run on (ALL_HELPER_MATCHES):
    // a registered content script needs these as host permissions. They are the same patterns the
    // manifest's content_scripts named before, so the install warning ("read and change your data
    // on …") lists the same sites as before.
    host_permissions: [...hostPermissions, ...ALL_HELPER_MATCHES],
    // A seller's own signing relay (1688 relay mode) is asked for at run time, for its origin only.
    optional_host_permissions:
      buildEnv.target === 'production' ? ['https://*/*'] : ['https://*/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_extName__' },
    // Keyboard shortcuts (chrome://extensions/shortcuts lets the seller change them).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' } },
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmdOpenSidePanel__' },
      'sync-now': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_cmdSyncNow__' },
    },
    // The helper frame (issue 18) sits inside the panels on seller pages, so those pages may load
    // it, and no others. It never trusts its URL: the background judges it by its tab's URL.
    web_accessible_resources: [{ resources: ['helper-frame.html'], matches: HELPER_FRAME_EMBEDDERS }],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
  hooks: {
    // The worker's script in ASCII only (rolldown escapes the rest): Chromium holds an all-ASCII
    // script one byte a character and scans it faster. Chromium parses the whole script again at
    // every wake, and a wake is mostly that parse (docs/performance.md). Pages keep UTF-8: their
    // dictionaries are mostly Hangul and Hanzi, which escaping makes half as large again.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((e) => e.type === 'background')) return;
      viteConfig.build ??= {};
      viteConfig.build.rolldownOptions ??= {};
      const output = viteConfig.build.rolldownOptions.output;
      if (Array.isArray(output)) throw new Error('the background build has one output');
      viteConfig.build.rolldownOptions.output = { ...output, charset: 'ascii' };
    },
    // Helpers declare their real marketplace matches; a sandbox build serves the same pages at
    // <host>.localhost, so rewrite the matches here rather than in each helper.
    'build:manifestGenerated': (_wxt, manifest) => {
      // The helper page patterns (declared above, and added again by WXT for the runtime-registered
      // script): rewritten for this build, each once.
      manifest.host_permissions = [
        ...new Set(
          (manifest.host_permissions ?? []).map((m: string) =>
            ALL_HELPER_MATCHES.includes(m) ? matchForBuild(buildEnv, m) : m,
          ),
        ),
      ];
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = cs.matches?.map((m) => matchForBuild(buildEnv, m));
        if (cs.exclude_matches) cs.exclude_matches = cs.exclude_matches.map((m) => matchForBuild(buildEnv, m));
      }
      for (const war of manifest.web_accessible_resources ?? []) {
        if (typeof war === 'object' && 'matches' in war && war.matches) {
          war.matches = war.matches.map((m: string) => matchForBuild(buildEnv, m));
        }
      }
    },
  },
});
