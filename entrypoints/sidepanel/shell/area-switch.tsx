import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { SidePanelArea } from './areas';

/**
 * The row of area tabs (주문, 정산·수익, and the areas still to come). One line that scrolls
 * sideways when the areas outgrow a 360 px panel — never wraps into a second row, never widens the
 * panel. Keyboard as a WAI-ARIA tab list: one Tab stop, ←/→ move and open, Home/End jump; the
 * open tab is kept in view. A vertical mouse wheel over the row scrolls it sideways.
 */
export function AreaSwitch(props: {
  areas: readonly SidePanelArea[];
  current: string;
  label: string;
  onPick: (id: string) => void;
}) {
  const { t } = useI18n();
  const row = useRef<HTMLDivElement>(null);
  const ids = props.areas.map((a) => a.id);

  useEffect(() => {
    row.current
      ?.querySelector<HTMLElement>(`[data-area="${props.current}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [props.current]);

  const onKeyDown = (e: KeyboardEvent) => {
    const i = ids.indexOf(props.current);
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: ids.length - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const id = ids[(next + ids.length) % ids.length];
    if (!id) return;
    props.onPick(id);
    row.current?.querySelector<HTMLElement>(`[data-area="${id}"]`)?.focus();
  };
  const onWheel = (e: WheelEvent) => {
    const el = row.current;
    if (!el || el.scrollWidth <= el.clientWidth || Math.abs(e.deltaX) > Math.abs(e.deltaY)) return;
    el.scrollLeft += e.deltaY;
    e.preventDefault();
  };

  return (
    <div
      ref={row}
      class="area-switch"
      role="tablist"
      aria-label={props.label}
      data-scroll-x
      onKeyDown={onKeyDown}
      onWheel={onWheel}
    >
      {props.areas.map((a) => (
        <button
          key={a.id}
          type="button"
          role="tab"
          data-area={a.id}
          data-testid={`area-${a.id}`}
          aria-selected={props.current === a.id}
          tabIndex={props.current === a.id ? 0 : -1}
          class={props.current === a.id ? 'current' : ''}
          onClick={() => props.onPick(a.id)}
        >
          {t(a.label)}
        </button>
      ))}
    </div>
  );
}
