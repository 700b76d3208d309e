// Bench only (copied into the bench's build folder, never shipped): the first script of a page the
// plain-browser driver opens. Like side-panel.ts's watchFirstShown, it keeps the frame after the
// first order row appears (ms since navigation start) and tells the driver on a BroadcastChannel.
// The side panel's first rows may be those its first script draws before the app has loaded.
new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-testid="order-row"], [data-testid="early-order-row"]')) return;
  observer.disconnect();
  requestAnimationFrame(() => {
    const shownAt = Math.round(performance.now());
    new BroadcastChannel('crossdock-bench').postMessage({ page: location.pathname, shownAt });
  });
}).observe(document, { subtree: true, childList: true });
