import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

type Options = Pick<VirtualizerOptions<HTMLElement, HTMLElement>, 'count' | 'getScrollElement' | 'estimateSize'> &
  Partial<VirtualizerOptions<HTMLElement, HTMLElement>>;

/**
 * The item key of a list keyed by index. Pass functions that keep their identity across renders
 * (module-level, like this one): the virtualizer rebuilds every item's measurement, O(count), when
 * `getItemKey` changes — an inline arrow cost that on each render of a 10,000-row list.
 */
export const indexKey = (i: number) => i;

/**
 * A small Preact binding of @tanstack/virtual-core (the React adapter is not used: Preact 11 runs
 * without compat). One Virtualizer per component; it re-renders the component when the visible
 * range or the scroll position changes.
 */
export function useVirtualizer(options: Options): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: (instance, sync) => {
      rerender(undefined);
      options.onChange?.(instance, sync);
    },
  };
  const [instance] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => {
    instance._willUpdate();
  });
  return instance;
}
