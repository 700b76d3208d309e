import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';

/** Messages the background refused (agreement 1688 §5.13: incidents are visible to the seller). */
export function SecurityLogView() {
  const { t } = useI18n();
  const log = useAsync(() => send('security.getLog', {}));
  if (!log.value) return null;
  return (
    <div class="card" data-testid="security-log">
      <h3>{t('options.security.title')}</h3>
      <p data-testid="security-log-total" data-count={log.value.total}>
        {log.value.total ? t('options.security.summary', { count: log.value.total }) : t('options.security.none')}
      </p>
      {log.value.recent.length > 0 && (
        <table>
          <tbody>
            {log.value.recent.slice(0, 10).map((r) => (
              <tr key={`${r.at}-${r.type}`}>
                <td>{new Date(r.at).toISOString().slice(0, 19).replace('T', ' ')}</td>
                <td>{r.type}</td>
                <td>{r.reason}</td>
                <td>{r.origin}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={log.reload}>
        {t('common.retry')}
      </button>
    </div>
  );
}
