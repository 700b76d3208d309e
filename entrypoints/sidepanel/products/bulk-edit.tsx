import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { type ReplyOf, send } from '@/utils/protocol/client';
import { readTextFile } from '@/utils/ui/text-file';
import { EditResults } from './edit-results';
import { useEditBatch } from './use-edit-batch';

type Checked = ReplyOf<'products.validateBulk'>;

/**
 * Bulk price / stock / sale edits from a pasted table or a CSV file: every row is checked first
 * (nothing with a problem is sent), prices beyond Coupang's guard need one explicit "force" tick,
 * then per-row results and "retry failed rows".
 */
export function BulkEdit(props: { accountKey: string }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Checked>();
  const [force, setForce] = useState(false);
  const [error, setError] = useState<unknown>();
  const batch = useEditBatch(props.accountKey);

  const check = async (input = text) => {
    setError(undefined);
    setForce(false);
    try {
      setChecked(await send('products.validateBulk', { accountKey: props.accountKey, text: input }));
    } catch (e) {
      setError(e);
    }
  };
  const guarded = checked?.valid.filter((r) => r.needsForce) ?? [];
  const sendable = checked?.valid.filter((r) => !r.needsForce || force) ?? [];
  const labels = Object.fromEntries(
    (checked?.valid ?? []).map((r) => [r.vendorItemId, `${t('products.row', { row: r.row })} · ${r.itemName}`]),
  );

  return (
    <div class="bulk-edit" data-testid="bulk-edit">
      <p class="muted small">{t('products.bulk.help')}</p>
      <label class="field">
        <span>{t('products.bulk.paste')}</span>
        <textarea
          rows={6}
          data-testid="bulk-text"
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setChecked(undefined);
          }}
        />
      </label>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="bulk-check"
          disabled={!text.trim()}
          onClick={() => void check()}
        >
          {t('products.bulk.check')}
        </button>
        <label class="file-button">
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            data-testid="bulk-file"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              const content = await readTextFile(file);
              setText(content);
              await check(content);
            }}
          />
          <span>{t('products.bulk.file')}</span>
        </label>
      </div>
      {error ? <ErrorText error={error} /> : null}
      {checked ? (
        <div class="bulk-checked" data-testid="bulk-checked">
          <p data-testid="bulk-summary">
            {t('products.bulk.summary', { valid: checked.valid.length, errors: checked.errors.length })}
          </p>
          {checked.errors.length ? (
            <ul class="bulk-problems" data-testid="bulk-problems">
              {checked.errors.map((e) => (
                <li key={`${e.row}-${e.code}`} data-testid="bulk-problem" data-code={e.code}>
                  <span class="mono">{t('products.row', { row: e.row })}</span>{' '}
                  {t(`products.problem.${e.code}` as MessageKey, e.params)}
                </li>
              ))}
            </ul>
          ) : null}
          {guarded.length ? (
            <div class="confirm" role="alertdialog" data-testid="bulk-guard">
              <p>{t('products.bulk.guard', { count: guarded.length })}</p>
              <label>
                <input
                  type="checkbox"
                  data-testid="bulk-force"
                  checked={force}
                  onChange={(e) => setForce(e.currentTarget.checked)}
                />{' '}
                {t('products.bulk.force')}
              </label>
            </div>
          ) : null}
          <button
            type="button"
            class="primary"
            data-testid="bulk-send"
            disabled={!sendable.length || batch.sending}
            onClick={() =>
              void batch.send(
                sendable.map(({ row: _, itemName: __, needsForce, ...edit }) => ({
                  ...edit,
                  ...(needsForce ? { force: true } : {}),
                })),
              )
            }
          >
            {t('products.bulk.send', { count: sendable.length })}
          </button>
        </div>
      ) : null}
      {batch.error ? <ErrorText error={batch.error} /> : null}
      <EditResults batch={batch} labels={labels} />
    </div>
  );
}
