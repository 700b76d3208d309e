import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Locale } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import { type OpeningLayout, sameOpeningLayout } from '@/utils/protocol/messages/ui';
import { earlyLayout } from '../early-requests';

let kept = false;

/**
 * Once per page, when the opening list has drawn its rows: where the list began, so the next open
 * draws its first rows there before the app has loaded (early-rows.ts). Sent only if it differs
 * from what the worker said at this open: most opens send nothing (no storage write while a page
 * opens).
 */
export function useKeepOpeningLayout(
  scroll: RefObject<HTMLElement | null>,
  drawn: boolean,
  locale: Locale,
  showAccount: boolean,
): void {
  useEffect(() => {
    const node = scroll.current;
    if (!drawn || kept || !node) return;
    kept = true;
    const box = node.getBoundingClientRect();
    const layout: OpeningLayout = {
      width: window.innerWidth,
      locale,
      listTop: Math.round(box.top),
      listLeft: Math.round(box.left),
      listWidth: node.clientWidth,
      showAccount,
    };
    earlyLayout
      .then((told) => (sameOpeningLayout(told.layout, layout) ? undefined : send('ui.keepOpeningLayout', layout)))
      .catch(() => undefined);
  }, [drawn]);
}
