import { useEvent } from '@/components/events';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { SourcingRowCard } from './sourcing-row';
import { XbError } from './xb-error';

/**
 * 소싱 목록: the offers the seller kept from the 1688 offer helper, each with the numbers they kept
 * for it, the Coupang options already linked to it, its landed cost and margin (1688's prices read
 * when the row opens), and a listing draft from it (issue 17).
 */
export function SourcingTab() {
  const { t } = useI18n();
  const list = useAsync(() => send('sourcing.list', {}), []);
  useEvent(['data.wiped'], () => list.reload());
  const rows = list.value?.rows ?? [];
  return (
    <div data-testid="sourcing-tab">
      <div class="xb-bar">
        <span class="muted small grow" data-testid="sourcing-count" data-count={list.value ? rows.length : ''}>
          {list.value ? t('src.count', { count: rows.length }) : t('src.loading')}
        </span>
        <button type="button" data-testid="sourcing-reload" onClick={() => list.reload()}>
          {t('src.reload')}
        </button>
      </div>
      <XbError error={list.error} testid="sourcing-error" />
      {list.value && !rows.length ? (
        <p class="card muted" data-testid="sourcing-empty">
          {t('src.empty')}
        </p>
      ) : null}
      {rows.length ? (
        <ul class="xb-list">
          {rows.map((r) => (
            <SourcingRowCard key={r.offerId} row={r} onRemoved={() => list.reload()} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
