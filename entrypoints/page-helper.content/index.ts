import { ALL_HELPER_MATCHES, injectionProvesOn, pageContextFor } from '@/utils/page-helpers/registry';
import { mark } from '@/utils/page-helpers/timing';
import type { PageContext } from '@/utils/page-helpers/types';
import { send } from '@/utils/protocol/client';
import { mountShell, type Shell } from './shell';

/**
 * Helper panels on marketplace seller pages. Reads the page URL and nothing else of the host page
 * (no cookies, storage, form fields or DOM content); mounts a closed shadow root holding the
 * panel's shell and the helper frame — the extension page where the helper, its inputs and its
 * buttons live, out of the page's reach (issue 18). This script only decides which helper a URL
 * gets and whether the seller has it on; it asks the background for nothing else.
 *
 * Not in the manifest: the background registers this script at run time, only for the helpers the
 * seller has on (utils/background/page-helpers/content-script-registration.ts), so pages with no
 * helper on get no script at all, and a page that gets it knows its helper is on. The shell is
 * therefore in the page at once, before the background answers (issue 13).
 */
const RUNNING = Symbol.for('crossdock.page-helper');

export default defineContentScript({
  matches: ALL_HELPER_MATCHES,
  registration: 'runtime',
  runAt: 'document_idle',
  // The shell's few styles ship inside the script and go straight into the shadow root: no CSS
  // file for the page to probe, no extra request per page load.
  cssInjectionMode: 'manual',
  main(ctx) {
    // Once per page: the background also runs this script in pages already open when a helper
    // comes on, and such a page may be loading at that moment. The mark lives in this extension's
    // isolated world (no page script sees it); a context left over from an older version of
    // Crossdock (no longer valid) does not count.
    const world = globalThis as { [RUNNING]?: { isValid: boolean } };
    if (world[RUNNING]?.isValid) return;
    world[RUNNING] = ctx;
    mark('start');
    // Each URL (first load or an SPA navigation) decides afresh; a slower, older answer never wins.
    let generation = 0;
    let shown: string | undefined;
    let shell: Shell | undefined;
    const unmount = () => {
      shell?.remove();
      shell = undefined;
    };
    const mount = (context: PageContext) => {
      shell = mountShell(context, (collapsed) => {
        void send('settings.setCollapsed', { collapsed }).catch(() => undefined);
      });
      mark('mounted');
    };
    const show = async (href: string) => {
      if (href === shown) return; // same URL again (e.g. a repeated event): nothing to redo
      shown = href;
      const mine = ++generation;
      unmount();
      const context = pageContextFor(href);
      // No helper here: nothing of ours stays in the page.
      if (!context) return;
      // Registered only where a helper is on: mount now, unless this URL could be another helper's.
      if (injectionProvesOn(href, context.helperId)) mount(context);
      const page = await send('settings.forPage', { helperId: context.helperId }).catch(() => undefined);
      if (mine !== generation) return;
      // Switched off while the page loaded (or no answer): the shell goes again.
      if (!page?.enabled) return unmount();
      if (!shell) mount(context);
      shell?.settle(page);
    };
    void show(location.href);
    // Wing and the 1688 workbench are single-page apps: follow URL changes without reloads. The
    // event only says "look again": the URL is read from `location` once the navigation committed
    // (a page script can fire the same event name, but cannot change what location says).
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void show(location.href), 0);
    });
    ctx.onInvalidated(unmount);
  },
});
