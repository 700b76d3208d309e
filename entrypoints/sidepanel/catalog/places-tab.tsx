import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { PlaceView } from '@/utils/protocol/messages/catalog';
import { PlaceForm } from './place-form';

type Editing = { kind: 'outbound' | 'return'; place?: PlaceView };

/** Outbound shipping places (출고지) and return centres (반품지): list, add, edit. */
export function PlacesTab(props: { accountKey: string }) {
  const { t } = useI18n();
  const list = useAsync(() => send('catalog.places.list', { accountKey: props.accountKey }), [props.accountKey]);
  const [editing, setEditing] = useState<Editing>();
  const v = list.value;
  const section = (kind: 'outbound' | 'return', places: PlaceView[]) => (
    <section data-testid={`places-${kind}`}>
      <div class="row nowrap">
        <h3 class="grow">{t(kind === 'outbound' ? 'catalog.place.outbound' : 'catalog.place.return')}</h3>
        <button type="button" data-testid={`place-add-${kind}`} onClick={() => setEditing({ kind })}>
          {t(kind === 'outbound' ? 'catalog.place.addOutbound' : 'catalog.place.addReturn')}
        </button>
      </div>
      {editing?.kind === kind && !editing.place && v ? (
        <PlaceForm
          accountKey={props.accountKey}
          kind={kind}
          couriers={v.couriers}
          returnCouriers={v.returnCouriers}
          onClose={() => setEditing(undefined)}
          onSaved={() => list.reload()}
        />
      ) : null}
      {!places.length ? <p class="muted small">{t('catalog.place.none')}</p> : null}
      <ul class="place-list">
        {places.map((p) => (
          <li key={p.code} data-testid="place-row" data-code={p.code} data-name={p.name}>
            <div class="row nowrap">
              <strong class="grow">{p.name}</strong>
              <span class={p.usable ? 'badge ok' : 'badge'}>
                {t(p.usable ? 'catalog.place.usable' : 'catalog.place.unusable')}
              </span>
              <button type="button" class="small" onClick={() => setEditing({ kind, place: p })}>
                {t('catalog.place.edit')}
              </button>
            </div>
            {p.addresses.map((a) => (
              <div key={a.addressType} class="small">
                <span class="muted">{t(`catalog.place.type.${a.addressType}`)}</span> ({a.zipCode}) {a.address}{' '}
                {a.addressDetail}
              </div>
            ))}
            <div class="muted small">
              {t('catalog.place.code')} {p.code}
              {p.addresses[0]?.phone ? ` · ☎ ${p.addresses[0].phone}` : ''}
              {p.couriers.length ? ` · ${p.couriers.map((c) => c.name).join(', ')}` : ''}
              {p.contractStatus ? ` · ${t('catalog.place.contract')} ${p.contractStatus}` : ''}
            </div>
            {editing?.place?.code === p.code && editing.kind === kind && v ? (
              <PlaceForm
                accountKey={props.accountKey}
                kind={kind}
                place={p}
                couriers={v.couriers}
                returnCouriers={v.returnCouriers}
                onClose={() => setEditing(undefined)}
                onSaved={() => list.reload()}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <div class="catalog-section" data-testid="catalog-places">
      {list.error ? <ErrorText error={list.error} testid="places-error" /> : null}
      {!v && !list.error ? <p class="muted">{t('catalog.loading')}</p> : null}
      {v ? (
        <>
          {section('outbound', v.outbound)}
          {section('return', v.returnCenters)}
          <p class="muted small">
            {t('catalog.place.returnCouriers', {
              list: v.returnCouriers.map((c) => v.couriers.find((x) => x.code === c)?.ko ?? c).join(', '),
            })}
          </p>
        </>
      ) : null}
    </div>
  );
}
