import '@/assets/ui.css';
import './sidepanel.css';
// The first render's own styles, here as well as beside their components: a lazy chunk that has
// styles is requested only once they have loaded (Vite's preload helper waits for them), which put
// one more file load before the app's code. Imported by the entry, they load with the page; the
// build fails if the app gains styles the page does not link (build/lazy-app-styles.ts).
import './shell/areas.css';
import './orders/sheets/sheets.css';
import { wordsReady } from '@/components/page-start';
import { currentLocale } from '@/utils/i18n/locale';
// First, before the page's main code loads: the requests its first render needs.
import { earlyLayout, earlySettings, earlyWindow } from './early-requests';
import { showEarlyRows } from './orders/early-rows';

/**
 * The side panel's entry is small on purpose: it sends the first requests (early-requests.ts),
 * then loads the app and the words of the seller's language side by side, so the background
 * answers while the browser loads and compiles the page's code. It draws the opening rows itself
 * as soon as the answers are in (orders/early-rows.ts); the app, once loaded, waits for them (at
 * most a moment) and replaces them in its first render.
 * The styles are here so they load with the page, not after the app's code.
 */
const host = document.getElementById('app')!;
const earlyRows = showEarlyRows(host, {
  settings: earlySettings.reply,
  layout: earlyLayout,
  window: earlyWindow,
  localeOf: currentLocale,
});

void Promise.all([import('./root'), wordsReady(earlySettings)]).then(async ([{ mount }]) => {
  // The early rows first, and their frame, before the app's first render (capped: early-rows.ts).
  await earlyRows.appMayRender();
  // In the same task as the app's first render: no frame shows neither.
  earlyRows.remove();
  mount(host, earlySettings);
});
