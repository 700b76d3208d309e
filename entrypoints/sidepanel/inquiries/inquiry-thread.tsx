import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { confirmBlock, replyBlock } from '@/utils/domain/inquiry-deadline';
import { send } from '@/utils/protocol/client';
import type { InquiryRow, ReplyTemplate } from '@/utils/protocol/messages/inquiries';
import { formatDateTime } from '@/utils/ui/format';
import { DeadlineChip } from './deadline-chip';
import { pendingWord } from './inquiry-list';
import { ReplyForm } from './reply-form';

/** One inquiry: what was asked, the answers so far, and the one action it can take now (or why not). */
export function InquiryThread(props: {
  row: InquiryRow;
  templates: ReplyTemplate[];
  now: number;
  onBack: () => void;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { row, now } = props;
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const inFlight = row.pending?.state === 'queued' || row.pending?.state === 'sending';
  const facts = { ...row, inFlight };
  const isConfirm = row.state === 'needsConfirm';
  const block = isConfirm ? confirmBlock(facts, now) : replyBlock(facts, now);
  // Esc goes back to the list from anywhere in the thread (the answer box included).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && props.onBack();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [props.onBack]);

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await send('inquiries.confirm', { accountKey: row.accountKey, key: row.key });
      props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="inq-thread" data-testid="inquiry-thread" data-key={row.key} data-state={row.state}>
      <div class="row nowrap">
        <button type="button" data-testid="inquiry-back" onClick={props.onBack}>
          ← {t('inquiries.back')}
        </button>
        <span class="spacer" />
        <span class={`chip inq-state-${row.state}`}>{t(`inquiries.state.${row.state}`)}</span>
        <DeadlineChip row={row} now={now} />
      </div>
      <h3 class="inq-title">
        {t(`inquiries.kind.${row.kind}`)}
        {row.category ? ` · ${row.category}` : ''}
      </h3>
      <div class="inq-facts small">
        {row.productName ? <span class="inq-product">{row.productName}</span> : null}
        {row.orderIds.map((id) => (
          <span key={id} class="mono">
            {t('inquiries.order', { id })}
          </span>
        ))}
        {!row.productName && row.vendorItemId ? (
          <span class="mono">{t('inquiries.item', { id: row.vendorItemId })}</span>
        ) : null}
        {row.deadlineAt !== undefined && (row.state === 'unanswered' || row.state === 'needsConfirm') ? (
          <span class="muted">
            {t(row.hardDeadline ? 'inquiries.deadline.hard' : 'inquiries.deadline.soft', {
              time: formatDateTime(row.deadlineAt, 'KST'),
            })}
          </span>
        ) : null}
      </div>
      <ol class="inq-messages" data-testid="inquiry-messages">
        {row.thread.map((m, i) => (
          <li key={i} class={`inq-msg who-${m.who}`} data-who={m.who}>
            <div class="muted small">
              {t(`inquiries.who.${m.who}`)}
              {m.at ? ` · ${formatDateTime(m.at, 'KST')}` : ''}
            </div>
            <div class="inq-text">{m.content}</div>
          </li>
        ))}
      </ol>
      {row.pending ? (
        <p class={`small state-${row.pending.state}`} data-testid="inquiry-pending" data-state={row.pending.state}>
          {t(`inquiries.pending.${pendingWord(row.pending.state)}`, {
            message: row.pending.result?.message ?? row.pending.result?.code ?? '',
          })}
        </p>
      ) : null}
      {block && row.state !== 'answered' ? (
        <p class="inq-block" role="status" data-testid="reply-blocked" data-reason={block}>
          {t(`inquiries.block.${block}`)}
        </p>
      ) : null}
      {isConfirm ? (
        <div class="inq-confirm">
          <p class="muted small">{t('inquiries.confirm.note')}</p>
          <button
            type="button"
            class="primary"
            data-testid="inquiry-confirm"
            disabled={busy || block !== undefined}
            onClick={() => void confirm()}
          >
            {t('inquiries.confirm.send')}
          </button>
        </div>
      ) : null}
      {!isConfirm && row.state !== 'answered' && block ? (
        <fieldset disabled class="inq-reply-disabled" data-testid="reply-disabled">
          <textarea rows={3} data-testid="reply-text" aria-label={t('inquiries.reply.label')} />
          <button type="button" class="primary" data-testid="reply-send" disabled>
            {t('inquiries.reply.send')}
          </button>
        </fieldset>
      ) : null}
      {!isConfirm && row.state !== 'answered' && !block ? (
        <ReplyForm row={row} templates={props.templates} onSent={props.onChanged} />
      ) : null}
      {error ? <ErrorText error={error} testid="inquiry-error" /> : null}
    </section>
  );
}
