import { HEIGHT_MESSAGE_KEY } from '@/utils/page-helpers/frame-params';

/**
 * Tells the panel (the content script, in the parent page) how tall this frame's content is, so the
 * iframe fits it. A height is all it sends: the parent page sees the message too. It goes only to
 * the origin of the page that embeds the frame.
 */
export function reportHeight(content: HTMLElement): void {
  const parentOrigin = location.ancestorOrigins?.[0];
  if (!parentOrigin || window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ [HEIGHT_MESSAGE_KEY]: height }, parentOrigin);
  };
  new ResizeObserver(post).observe(content);
  post();
}
