import { useEffect, useRef } from 'preact/hooks';

/**
 * Links between areas of the one side-panel page (a claim → its order's claims and back): a
 * page-local event, so no area imports another's internals and nothing leaves the page.
 */
export interface AreaLink {
  area: string;
  /** What the area should show (its own shape, e.g. a claim to open). */
  focus?: Record<string, string>;
}

const EVENT = 'crossdock:area-link';
/** The last link, for an area that mounts because of it (it missed the event). */
let last: AreaLink | undefined;

export function openArea(link: AreaLink): void {
  last = link;
  window.dispatchEvent(new CustomEvent<AreaLink>(EVENT, { detail: link }));
}

/** The link that opened `area`, once (an area reads it when it first mounts). */
export function takeAreaLink(area: string): AreaLink | undefined {
  if (last?.area !== area) return undefined;
  const link = last;
  last = undefined;
  return link;
}

/** Calls `handler` for every link (the area switcher) or only those to `area` (the area itself). */
export function useAreaLink(area: string | undefined, handler: (link: AreaLink) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = (e: Event) => {
      const link = (e as CustomEvent<AreaLink>).detail;
      if (!area) latest.current(link);
      else if (link.area === area) {
        last = undefined;
        latest.current(link);
      }
    };
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [area]);
}
