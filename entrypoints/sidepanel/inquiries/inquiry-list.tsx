import { useI18n } from '@/components/i18n';
import type { InquiryRow } from '@/utils/protocol/messages/inquiries';
import { formatShortDateTime } from '@/utils/ui/format';
import { DeadlineChip } from './deadline-chip';

/**
 * The inquiries, soonest deadline first. One row opens one inquiry: there is no checkbox, no
 * "select all" and no action on several rows (agreement §3③1: answers go one at a time).
 * Keyboard: Tab into the list, ↑/↓ move, Enter opens.
 */
export function InquiryList(props: {
  rows: InquiryRow[];
  active: number;
  onActive: (i: number) => void;
  onOpen: (key: string) => void;
  now: number;
}) {
  const { t } = useI18n();
  const { rows, active } = props;
  /** ↑/↓ move between rows (the focused row is the active one); Enter or a click opens it. */
  const move = (e: KeyboardEvent, i: number) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const next = Math.min(rows.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)));
    props.onActive(next);
    document.getElementById(`inq-row-${next}`)?.focus();
  };
  return (
    <ul class="inq-list" data-testid="inquiry-list" aria-label={t('inquiries.listLabel')}>
      {rows.map((r, i) => (
        <li key={r.key}>
          <button
            type="button"
            id={`inq-row-${i}`}
            class={i === active ? 'inq-row active' : 'inq-row'}
            data-testid="inquiry-row"
            data-key={r.key}
            data-state={r.state}
            onKeyDown={(e) => move(e, i)}
            onFocus={() => props.onActive(i)}
            onClick={() => props.onOpen(r.key)}
          >
            <span class="inq-line1">
              <span class={`chip inq-state-${r.state}`}>{t(`inquiries.state.${r.state}`)}</span>
              <span class="chip">{t(`inquiries.kind.${r.kind}`)}</span>
              <DeadlineChip row={r} now={props.now} />
              <span class="spacer" />
              <span class="muted small">{formatShortDateTime(r.askedAt, 'KST', props.now)}</span>
            </span>
            <span class="inq-product ellipsis">{r.productName ?? r.category ?? ''}</span>
            <span class="inq-snippet ellipsis">{r.thread.find((e) => e.who !== 'seller')?.content ?? ''}</span>
            {r.pending ? (
              <span class={`small state-${r.pending.state}`}>
                {t(`inquiries.pending.${pendingWord(r.pending.state)}`, {
                  message: r.pending.result?.message ?? r.pending.result?.code ?? '',
                })}
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function pendingWord(state: string): 'queued' | 'sending' | 'failed' | 'unknown' {
  return state === 'queued' ? 'queued' : state === 'sending' ? 'sending' : state === 'failed' ? 'failed' : 'unknown';
}
