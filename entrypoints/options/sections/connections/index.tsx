import { ErrorText } from '@/components/error-text';
import { useEvent } from '@/components/events';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { AccountList } from './account-list';
import { AddCoupangForm } from './add-coupang-form';
import './connections.css';

/** Options → Connections: the Coupang accounts (several vendors may be connected) and the form to add one. */
export function CoupangConnections() {
  const { t } = useI18n();
  const list = useAsync(() => send('connections.list', {}), []);
  useEvent(['accounts.changed', 'data.wiped'], () => list.reload());
  const accounts = (list.value?.accounts ?? []).filter((a) => a.marketplace === 'coupang');
  return (
    <div class="connections" data-testid="coupang-connections">
      <h3>{t('conn.coupang.title')}</h3>
      {list.error ? <ErrorText error={list.error} /> : null}
      {list.loading && !list.value ? <p class="muted">{t('common.loading')}</p> : null}
      {list.value ? <AccountList accounts={accounts} onChanged={list.reload} /> : null}
      <AddCoupangForm onAdded={list.reload} hasAccounts={accounts.length > 0} />
    </div>
  );
}
