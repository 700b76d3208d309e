import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { fillTemplate, unfilledPlaceholders } from '@/utils/domain/reply-template';
import { send } from '@/utils/protocol/client';
import type { InquiryRow, ReplyTemplate } from '@/utils/protocol/messages/inquiries';
import { dateInZone, parseInstant } from '@/utils/ui/format';

/**
 * The answer to ONE inquiry: pick a template (filled with this inquiry's product, order and
 * date), edit it, send it. The text goes to the background with this inquiry's key only.
 */
export function ReplyForm(props: { row: InquiryRow; templates: ReplyTemplate[]; onSent: () => void }) {
  const { t } = useI18n();
  const { row } = props;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const asked = parseInstant(row.askedAt, 'KST');
  const values = {
    ...(row.productName ? { product: row.productName } : {}),
    ...(row.orderIds[0] ? { order: row.orderIds[0] } : {}),
    ...(asked !== undefined ? { date: dateInZone(asked, 'KST') } : {}),
  };
  const unfilled = unfilledPlaceholders(text);
  const length = text.trim().length;

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await send('inquiries.reply', { accountKey: row.accountKey, key: row.key, content: text.trim() });
      setText('');
      props.onSent();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="inq-reply"
      data-testid="reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div class="row nowrap">
        <label for="inq-template" class="small">
          {t('inquiries.templates.pick')}
        </label>
        <select
          id="inq-template"
          data-testid="reply-template"
          value=""
          onChange={(e) => {
            const tpl = props.templates.find((x) => x.id === (e.target as HTMLSelectElement).value);
            if (tpl) setText(fillTemplate(tpl.body, values));
          }}
        >
          <option value="">{t('inquiries.templates.none')}</option>
          {props.templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.title}
            </option>
          ))}
        </select>
      </div>
      <label for="inq-text" class="small">
        {t('inquiries.reply.label')}
      </label>
      <textarea
        id="inq-text"
        data-testid="reply-text"
        rows={5}
        maxLength={1000}
        placeholder={t('inquiries.reply.placeholder')}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          // Ctrl/⌘+Enter sends, as in Wing's own answer box.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && length >= 2 && !unfilled.length) {
            e.preventDefault();
            void submit();
          }
        }}
      />
      {unfilled.length ? (
        <p class="warn small" data-testid="reply-unfilled">
          {t('inquiries.reply.unfilled', { list: unfilled.join(' ') })}
        </p>
      ) : null}
      <div class="row nowrap">
        <span class="muted small">{t('inquiries.reply.length', { n: length })}</span>
        <span class="spacer" />
        <button
          type="submit"
          class="primary"
          data-testid="reply-send"
          disabled={busy || length < 2 || length > 1000 || unfilled.length > 0}
        >
          {t('inquiries.reply.send')}
        </button>
      </div>
      <p class="muted small">{t('inquiries.reply.note')}</p>
      {error ? <ErrorText error={error} testid="reply-error" /> : null}
    </form>
  );
}
