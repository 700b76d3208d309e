import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';

/**
 * A list of claims, newest first; a row's head opens its detail in place (Enter or click), one at
 * a time. `focus` opens one from a link (the order view's).
 */
export function ClaimList<T>(props: {
  rows: T[];
  idOf: (row: T) => string;
  rowAttrs: (row: T) => Record<string, string>;
  head: (row: T) => ComponentChildren;
  detail: (row: T) => ComponentChildren;
  focus?: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | undefined>(props.focus);
  useEffect(() => {
    if (props.focus) setOpen(props.focus);
  }, [props.focus]);
  if (!props.rows.length)
    return (
      <p class="empty" data-testid="claims-empty">
        {t('claims.empty')}
      </p>
    );
  return (
    <ul class="claim-list" data-testid="claim-list">
      {props.rows.map((r) => {
        const id = props.idOf(r);
        return (
          <li key={id} data-testid="claim-row" {...props.rowAttrs(r)}>
            <button
              type="button"
              class="claim-head"
              aria-expanded={open === id}
              onClick={() => setOpen(open === id ? undefined : id)}
            >
              {props.head(r)}
            </button>
            {open === id ? props.detail(r) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The buttons of the actions a claim's state allows; the picked one is pressed. */
export function ActionButtons<A extends string>(props: { actions: readonly A[]; picked?: A; onPick: (a: A) => void }) {
  const { t } = useI18n();
  return (
    <div class="row">
      {props.actions.map((a) => (
        <button
          key={a}
          type="button"
          data-testid={`claim-action-${a}`}
          aria-pressed={props.picked === a}
          class={props.picked === a ? 'current' : ''}
          onClick={() => props.onPick(a)}
        >
          {t(`claims.action.${a}` as Parameters<typeof t>[0])}
        </button>
      ))}
    </div>
  );
}
