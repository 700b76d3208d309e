import { useState } from 'preact/hooks';
import { describeImportError, ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { type ReplyOf, send } from '@/utils/protocol/client';
import { readTextFile } from '@/utils/ui/text-file';
import { BatchResults, useBatch } from './batch-results';

type Validation = ReplyOf<'invoices.validate'>;
const CHUNK = 2000;

/**
 * Bulk invoices from a pasted table or a CSV file: checked by the background against the synced
 * orders (nothing sent), problems shown on their rows, then the valid rows sent on request, with
 * per-row results and a retry of the failed rows only.
 */
export function InvoiceImport(props: { onBack: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<Validation>();
  const [error, setError] = useState<unknown>();
  const { batch, run, retry, clear } = useBatch();

  const pick = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const content = await readTextFile(file);
      setText(content);
      setResult(undefined);
      setFileNote(t('imp.fileRead', { name: file.name, rows: content.split(/\r?\n/).filter((l) => l.trim()).length }));
    } catch (err) {
      setError(err);
    }
  };

  const validate = async () => {
    setChecking(true);
    setError(undefined);
    setResult(undefined);
    clear();
    try {
      setResult(await send('invoices.validate', { text }));
    } catch (err) {
      setError(err);
    } finally {
      setChecking(false);
    }
  };

  const sendValid = () => {
    if (!result?.valid.length) return;
    const items = result.valid.map((r) => ({
      key: r.key,
      courierCode: r.courierCode,
      trackingNumber: r.trackingNumber,
    }));
    const labels = Object.fromEntries(
      result.valid.map((r) => [r.key, `${t('imp.row')} ${r.row} · ${r.shipmentBoxId}`]),
    );
    const calls = [];
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK);
      calls.push(() => send('orders.uploadInvoices', { items: chunk }));
    }
    void run('uploadInvoice', labels, calls);
  };

  const restart = () => {
    setText('');
    setResult(undefined);
    setFileNote(undefined);
    clear();
  };

  return (
    <div class="view" data-testid="import-view">
      <div class="view-head">
        <button type="button" data-testid="view-back" onClick={props.onBack}>
          ← {t('inv.back')}
        </button>
        <h2>{t('imp.title')}</h2>
      </div>
      {batch ? (
        <>
          <BatchResults batch={batch} onRetry={() => void retry()} expanded />
          <button type="button" onClick={restart}>
            {t('imp.again')}
          </button>
        </>
      ) : (
        <>
          <p class="muted">{t('imp.help')}</p>
          <label class="block">
            <span>{t('imp.paste')}</span>
            <textarea
              data-testid="import-text"
              rows={6}
              spellcheck={false}
              placeholder={'shipmentBoxId\tcourier\ttracking\n123456789012345678\tCJGLS\t123456789012'}
              value={text}
              onInput={(e) => {
                setText(e.currentTarget.value);
                setResult(undefined);
              }}
            />
          </label>
          <div class="row">
            <label class="file-button">
              <input
                type="file"
                accept=".csv,.tsv,.txt,text/csv,text/plain"
                data-testid="import-file"
                onChange={pick}
              />
              <span>{t('imp.file')}</span>
            </label>
            {fileNote ? <span class="muted">{fileNote}</span> : null}
            <span class="spacer" />
            <button
              type="button"
              class="primary"
              data-testid="validate-import"
              disabled={!text.trim() || checking}
              onClick={validate}
            >
              {checking ? t('imp.validating') : t('imp.validate')}
            </button>
          </div>
          {error ? <ErrorText error={error} /> : null}
          {result ? (
            <div data-testid="import-result">
              <p data-testid="import-summary">
                {t('imp.summary', {
                  valid: result.valid.length,
                  total: result.totalRows,
                  errors: new Set(result.errors.filter((e) => e.row > 0).map((e) => e.row)).size,
                })}
              </p>
              {result.errors.length ? (
                <>
                  <h3>{t('imp.problems')}</h3>
                  <div class="table-scroll short">
                    <table class="dense">
                      <thead>
                        <tr>
                          <th>{t('imp.row')}</th>
                          <th>{t('imp.problem')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {result.errors.map((e, i) => (
                          <tr key={`${e.row}-${i}`} data-testid="import-error-row" data-row={e.row} data-code={e.code}>
                            <td class="num">{e.row > 0 ? e.row : '—'}</td>
                            <td class="wrap error">{describeImportError(e.code, e.params, t)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              ) : null}
              {result.valid.length ? (
                <>
                  <h3>{t('imp.ready')}</h3>
                  <div class="table-scroll short">
                    <table class="dense">
                      <thead>
                        <tr>
                          <th>{t('imp.row')}</th>
                          <th>{t('det.shipmentId')}</th>
                          <th>{t('inv.courier')}</th>
                          <th>{t('inv.tracking')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {result.valid.map((r) => (
                          <tr key={r.row} data-testid="import-valid-row" data-row={r.row}>
                            <td class="num">{r.row}</td>
                            <td class="mono">{r.shipmentBoxId}</td>
                            <td>{r.courierName}</td>
                            <td class="mono">{r.trackingNumber}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <button type="button" class="primary" data-testid="send-valid" onClick={sendValid}>
                    {t('imp.sendValid', { count: result.valid.length })}
                  </button>
                </>
              ) : (
                <p class="error">{t('imp.nothingValid')}</p>
              )}
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
