import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { CouponView } from '@/utils/protocol/messages/catalog';
import { OptionPicker } from './option-picker';
import { RequestProgress } from './request-progress';
import { useWrite, WriteStatus } from './use-write';

/** Option ids typed or pasted (commas, spaces, new lines), digits only. */
const typedIds = (text: string) => text.split(/[\s,]+/).filter((s) => /^\d{1,30}$/.test(s));

/**
 * Adds options to a coupon. A download coupon is destroyed by Coupang when the attach fails, so
 * the seller reads that and confirms before anything is sent; an instant coupon's request is
 * followed until Coupang has processed it, with the options it refused.
 */
export function CouponAttach(props: {
  accountKey: string;
  coupon: CouponView;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const c = props.coupon;
  const download = c.kind === 'download';
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [typed, setTyped] = useState('');
  const [userId, setUserId] = useState('');
  const [asking, setAsking] = useState(false);
  const write = useWrite(props.accountKey, (r) => {
    if (!r.requestedId) props.onDone();
  });
  const ids = [...new Set([...picked, ...typedIds(typed)])];
  const tooMany = download && ids.length > 100;
  const go = () => {
    setAsking(false);
    void write.run(() =>
      send('catalog.coupons.attach', {
        accountKey: props.accountKey,
        kind: c.kind,
        couponId: c.couponId,
        vendorItemIds: ids,
        ...(download ? { userId: userId.trim(), destroyRiskAccepted: true } : {}),
      }),
    );
  };
  return (
    <div class="card attach" data-testid="coupon-attach-panel">
      <h3>{t('catalog.attach.title', { name: c.name })}</h3>
      {download ? (
        <p class="warn" data-testid="coupon-destroy-warning">
          {t('catalog.attach.destroyWarning')}
        </p>
      ) : null}
      <OptionPicker accountKey={props.accountKey} picked={picked} onPicked={setPicked} />
      <label class="field">
        <span>{t('catalog.attach.typed')}</span>
        <textarea rows={2} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} data-testid="attach-ids" />
      </label>
      {download ? (
        <label class="field">
          <span>{t('catalog.userId')}</span>
          <input value={userId} onInput={(e) => setUserId(e.currentTarget.value)} data-testid="attach-user" />
        </label>
      ) : null}
      {tooMany ? <p class="problem">{t('catalog.attach.tooMany')}</p> : null}
      <div class="row nowrap">
        <button
          type="button"
          class="primary"
          data-testid="attach-send"
          disabled={!ids.length || tooMany || write.busy || (download && !userId.trim())}
          onClick={() => (download ? setAsking(true) : go())}
        >
          {t('catalog.attach.send', { n: ids.length })}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('catalog.close')}
        </button>
      </div>
      {asking ? (
        <ConfirmDialog
          question={t('catalog.attach.destroyQuestion', { n: ids.length, name: c.name })}
          confirmLabel={t('catalog.attach.destroyConfirm')}
          confirmTestId="attach-confirm"
          onConfirm={go}
          onCancel={() => setAsking(false)}
        />
      ) : null}
      <WriteStatus write={write.reply?.write} error={write.error} testid="attach-write" />
      {write.reply?.write.result?.code === 'COUPON_DESTROYED' ? (
        <p class="warn" data-testid="coupon-destroyed">
          {t('catalog.attach.destroyed')}
        </p>
      ) : null}
      {write.reply?.requestedId ? (
        <RequestProgress accountKey={props.accountKey} requestedId={write.reply.requestedId} onDone={props.onDone} />
      ) : null}
      {write.error ? <ErrorText error={write.error} /> : null}
    </div>
  );
}
