import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matchForBuild, resolveBuildEnv } from './build/build-env';
import { EXTENSION_PUBLIC_KEY } from './build/extension-key';
import { HELPER_FRAME_EMBEDDERS } from './utils/page-helpers/registry';

const buildEnv = resolveBuildEnv();
const { hostPermissions, ...runtimeConfig } = buildEnv;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  outDirTemplate: buildEnv.outDirName,
  vite: () => ({
    plugins: [preact()],
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
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'identity', 'notifications', 'sidePanel'],
    host_permissions: hostPermissions,
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
    // Content scripts declare their real marketplace matches; a sandbox build serves the same
    // pages at <host>.localhost, so rewrite the matches here rather than in each helper.
    'build:manifestGenerated': (_wxt, manifest) => {
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
