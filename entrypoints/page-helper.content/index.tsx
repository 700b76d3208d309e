import { render } from 'preact';
import { ALL_HELPER_MATCHES, pageContextFor } from '@/utils/page-helpers/registry';
import { send } from '@/utils/protocol/client';
import { HelperPanel, type PageSettings } from './panel';
import styles from './style.css?inline';
import { mark } from './timing';

/**
 * Helper panels on marketplace seller pages. Reads the page URL and nothing else of the host page
 * (no cookies, storage, form fields or DOM content); renders in a shadow root; talks only to the
 * background, which answers only about the ids in this tab's URL. One script serves every helper
 * (helpers/index.ts maps the helper id to its renderer).
 */
export default defineContentScript({
  matches: ALL_HELPER_MATCHES,
  runAt: 'document_idle',
  // The styles ship inside the script and go straight into the shadow root: no CSS file for the
  // page to probe (no web-accessible resource), no extra request per page load.
  cssInjectionMode: 'manual',
  async main(ctx) {
    mark('start');
    const ui = await createShadowRootUi(ctx, {
      name: 'crossdock-helper',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: styles,
      // Keys typed into the calculator do not bubble out to the page's listeners.
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'paste', 'copy', 'cut'],
      onMount(container) {
        const root = document.createElement('div');
        container.append(root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
      },
    });
    // Each URL (first load or an SPA navigation) decides afresh; a slower, older answer never wins.
    let generation = 0;
    let shown: string | undefined;
    const show = async (href: string) => {
      if (href === shown) return; // same URL again (e.g. a repeated event): nothing to redo
      shown = href;
      const mine = ++generation;
      const context = pageContextFor(href);
      let page: PageSettings | undefined;
      if (context) page = await send('settings.forPage', { helperId: context.helperId }).catch(() => undefined);
      if (mine !== generation) return;
      if (!context || !page?.enabled) {
        // No helper here, or the seller switched it off: nothing of ours stays in the page.
        if (ui.mounted) ui.remove();
        return;
      }
      if (!ui.mounted) ui.mount();
      if (ui.mounted) {
        render(<HelperPanel key={href} context={context} page={page} />, ui.mounted);
        mark('mounted');
      }
    };
    void show(location.href);
    // Wing and the 1688 workbench are single-page apps: follow URL changes without reloads. The
    // event only says "look again": the URL is read from `location` once the navigation committed
    // (a page script can fire the same event name, but cannot change what location says).
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void show(location.href), 0);
    });
  },
});
