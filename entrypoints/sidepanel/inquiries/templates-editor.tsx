import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { TEMPLATE_PLACEHOLDERS } from '@/utils/domain/reply-template';
import { send } from '@/utils/protocol/client';
import type { ReplyTemplate } from '@/utils/protocol/messages/inquiries';

/** The seller's answer templates: write, change, delete (one at a time; kept in this browser). */
export function TemplatesEditor(props: {
  templates: ReplyTemplate[];
  onChange: (templates: ReplyTemplate[]) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<{ id?: string; title: string; body: string }>({ title: '', body: '' });
  const [error, setError] = useState<unknown>();
  const run = async (p: Promise<{ templates: ReplyTemplate[] }>) => {
    setError(undefined);
    try {
      props.onChange((await p).templates);
      setDraft({ title: '', body: '' });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section class="inq-templates" data-testid="templates-editor">
      <div class="row nowrap">
        <h3>{t('inquiries.templates.title')}</h3>
        <span class="spacer" />
        <button type="button" onClick={props.onClose} data-testid="templates-close">
          {t('inquiries.templates.close')}
        </button>
      </div>
      {props.templates.length === 0 ? <p class="muted small">{t('inquiries.templates.empty')}</p> : null}
      <ul class="inq-template-list">
        {props.templates.map((tpl) => (
          <li key={tpl.id} data-testid="template-item">
            <strong>{tpl.title}</strong>
            <span class="muted small ellipsis">{tpl.body}</span>
            <span class="row nowrap">
              <button type="button" class="link" onClick={() => setDraft(tpl)}>
                {t('inquiries.templates.edit')}
              </button>
              <button
                type="button"
                class="link danger"
                onClick={() => void run(send('inquiries.deleteTemplate', { id: tpl.id }))}
              >
                {t('inquiries.templates.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form
        class="inq-template-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(send('inquiries.saveTemplate', { ...draft, title: draft.title.trim() }));
        }}
      >
        <label>
          <span class="small">{t('inquiries.templates.name')}</span>
          <input
            data-testid="template-title"
            maxLength={40}
            value={draft.title}
            onInput={(e) => setDraft({ ...draft, title: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          <span class="small">{t('inquiries.templates.body')}</span>
          <textarea
            data-testid="template-body"
            rows={4}
            maxLength={1000}
            value={draft.body}
            onInput={(e) => setDraft({ ...draft, body: (e.target as HTMLTextAreaElement).value })}
          />
        </label>
        <p class="muted small">{t('inquiries.templates.hint', { list: TEMPLATE_PLACEHOLDERS.join(' ') })}</p>
        <button
          type="submit"
          class="primary"
          data-testid="template-save"
          disabled={!draft.title.trim() || draft.body.trim().length < 2}
        >
          {draft.id ? t('inquiries.templates.save') : t('inquiries.templates.new')}
        </button>
      </form>
      {error ? <ErrorText error={error} /> : null}
    </section>
  );
}
