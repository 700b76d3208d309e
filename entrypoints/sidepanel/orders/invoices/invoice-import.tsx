import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { type ReplyOf, send } from '@/utils/protocol/client';
import { readTextFile } from '@/utils/ui/text-file';
import { isXlsx, readXlsxAsTable } from '@/utils/ui/xlsx-file';
import { BatchResults } from '../batch-results';
import { useBatch } from '../use-batch';
import { ImportResult } from './import-result';

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
  const [fileProblem, setFileProblem] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<Validation>();
  const [error, setError] = useState<unknown>();
  const { batch, run, retry, clear } = useBatch();

  const pick = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setError(undefined);
    setFileProblem(undefined);
    setResult(undefined);
    if (isXlsx(file)) {
      try {
        const sheet = await readXlsxAsTable(file);
        setText(sheet.text);
        setFileNote(t('imp.fileRead', { name: file.name, rows: sheet.rows }));
      } catch {
        // Not a real .xlsx (an old .xls renamed, a damaged file): say what to do, keep the text.
        setFileNote(undefined);
        setFileProblem(t('sheets.xlsx.unreadable', { name: file.name }));
      }
      return;
    }
    try {
      const content = await readTextFile(file);
      setText(content);
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
                accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
          {fileProblem ? (
            <p class="error-text" role="alert" data-testid="import-file-problem">
              {fileProblem}
            </p>
          ) : null}
          {error ? <ErrorText error={error} /> : null}
          {result ? <ImportResult result={result} onSend={sendValid} /> : null}
        </>
      )}
    </div>
  );
}
