import './style.css';
import { render } from 'preact';
import { ALL_HELPER_MATCHES, pageContextFor } from '@/utils/page-helpers/registry';
import { HelperPanel } from './panel';

/**
 * Helper panels on marketplace seller pages. Reads the page URL and nothing else of the host page
 * (no cookies, storage, form fields or DOM content); renders in a shadow root; talks only to the
 * background, which answers only about the ids in this tab's URL.
 */
export default defineContentScript({
  matches: ALL_HELPER_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let current = pageContextFor(location.href);
    const ui = await createShadowRootUi(ctx, {
      name: 'crossdock-helper',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = document.createElement('div');
        container.append(root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
      },
    });
    const show = () => {
      if (!current) {
        ui.remove();
        return;
      }
      if (!ui.mounted) ui.mount();
      if (ui.mounted) render(<HelperPanel key={location.href} context={current} />, ui.mounted);
    };
    show();
    // Wing and the 1688 workbench are single-page apps: follow URL changes without reloads.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      current = pageContextFor(newUrl.href);
      show();
    });
  },
});
