import type { Frame, Page } from '@playwright/test';

/**
 * Does a page fit its width? Run in the page (or a helper frame), it returns one line per problem:
 *
 * - an element that reaches past the viewport's left or right edge;
 * - a scroll container that scrolls sideways (the view overlays, the money area …) — content is
 *   wider than the panel;
 * - a Korean word broken across two lines (출고중지요/청).
 *
 * Sideways scrolling is fine only inside a declared horizontal scroller: an element with
 * `data-scroll-x` (the area switch) or a `.table-scroll` box (wide tables). Elements clipped on
 * purpose by an `overflow: hidden` box (ellipsis cells, the virtual list's rows) are judged by
 * that box. The page's own html/body are the viewport, not clippers.
 */
export function fitProblems(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const DECLARED = '[data-scroll-x], .table-scroll';
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    const name = (el: Element) => {
      const id = el.getAttribute('data-testid');
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ''}${cls} "${text}"`;
    };
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden' && !el.closest('[hidden], .sr-only');
    };
    /** The nearest ancestor that clips or scrolls sideways, html/body excepted. */
    const clipper = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return a;
      return undefined;
    };

    if (document.documentElement.scrollWidth > vw + 1)
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${vw}px`);

    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el) || (el.closest(DECLARED) !== null && !el.matches(DECLARED))) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const overflowX = getComputedStyle(el).overflowX;
      if (
        (overflowX === 'auto' || overflowX === 'scroll') &&
        !el.matches(DECLARED) &&
        el.scrollWidth > el.clientWidth + 1
      )
        problems.push(`${name(el)} scrolls sideways: ${el.scrollWidth}px in ${el.clientWidth}px`);
      if (clipper(el)) continue;
      if (r.right > vw + 0.5 || r.left < -0.5)
        problems.push(`${name(el)} reaches ${Math.round(r.left)}…${Math.round(r.right)}px, the viewport is ${vw}px`);
    }

    // Korean words stay whole: a line may not end between two Hangul syllables of one word.
    const hangul = /\p{Script=Hangul}/u;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!hangul.test(text) || !node.parentElement || !visible(node.parentElement)) continue;
      let lastTop: number | undefined;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (
          lastTop !== undefined &&
          rect.top > lastTop + 2 &&
          hangul.test(text[i - 1] ?? '') &&
          hangul.test(text[i] ?? '')
        )
          problems.push(`a word breaks across lines: "${text.slice(Math.max(0, i - 6), i)}/${text.slice(i, i + 6)}"`);
        lastTop = rect.top;
      }
    }
    return [...new Set(problems)];
  });
}
