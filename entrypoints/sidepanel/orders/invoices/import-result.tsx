import { useI18n } from '@/components/i18n';
import type { ReplyOf } from '@/utils/protocol/client';
import { describeImportError } from '@/utils/ui/errors/import-words';

/** What the background found in the pasted rows: the problems by row, the rows ready to send, and "send". */
export function ImportResult(props: { result: ReplyOf<'invoices.validate'>; onSend: () => void }) {
  const { t } = useI18n();
  const { result } = props;
  return (
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
          <button type="button" class="primary" data-testid="send-valid" onClick={props.onSend}>
            {t('imp.sendValid', { count: result.valid.length })}
          </button>
        </>
      ) : (
        <p class="error">{t('imp.nothingValid')}</p>
      )}
    </div>
  );
}
