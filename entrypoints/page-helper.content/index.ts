import { ALL_HELPER_MATCHES, pageContextFor } from '@/utils/page-helpers/registry';
import { mark } from '@/utils/page-helpers/timing';
import { send } from '@/utils/protocol/client';
import { mountShell, type PageSettings, type Shell } from './shell';

/**
 * Helper panels on marketplace seller pages. Reads the page URL and nothing else of the host page
 * (no cookies, storage, form fields or DOM content); mounts a closed shadow root holding the
 * panel's shell and the helper frame — the extension page where the helper, its inputs and its
 * buttons live, out of the page's reach (issue 18). This script only decides which helper a URL
 * gets and whether the seller has it on; it asks the background for nothing else.
 */
export default defineContentScript({
  matches: ALL_HELPER_MATCHES,
  runAt: 'document_idle',
  // The shell's few styles ship inside the script and go straight into the shadow root: no CSS
  // file for the page to probe, no extra request per page load.
  cssInjectionMode: 'manual',
  main(ctx) {
    mark('start');
    // Each URL (first load or an SPA navigation) decides afresh; a slower, older answer never wins.
    let generation = 0;
    let shown: string | undefined;
    let shell: Shell | undefined;
    const unmount = () => {
      shell?.remove();
      shell = undefined;
    };
    const show = async (href: string) => {
      if (href === shown) return; // same URL again (e.g. a repeated event): nothing to redo
      shown = href;
      const mine = ++generation;
      const context = pageContextFor(href);
      let page: PageSettings | undefined;
      if (context) page = await send('settings.forPage', { helperId: context.helperId }).catch(() => undefined);
      if (mine !== generation) return;
      unmount();
      // No helper here, or the seller switched it off: nothing of ours stays in the page.
      if (!context || !page?.enabled) return;
      shell = mountShell(context, page, (collapsed) => {
        void send('settings.setCollapsed', { collapsed }).catch(() => undefined);
      });
      mark('mounted');
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
