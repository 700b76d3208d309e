import { HandledError } from '../../../protocol/envelope';
import type { catalogMessages } from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import type { Handlers } from '../../messaging/dispatcher';
import type { CoupangClients } from '../client-factory';
import { couponAction } from './actions';
import { CouponsService } from './service';

type CouponMessages = Pick<
  typeof catalogMessages,
  | 'catalog.coupons.list'
  | 'catalog.coupons.track'
  | 'catalog.coupons.create'
  | 'catalog.coupons.attach'
  | 'catalog.coupons.expire'
  | 'catalog.coupons.request'
  | 'catalog.write'
  | 'catalog.products'
  | 'catalog.options'
>;

/**
 * Instant-discount and download coupons: list with budgets, create, attach options, follow the
 * request, expire. Writes go through the outbox (one action, `coupang.coupon`).
 */
export function coupangCouponsFeature(core: CoreServices, clients: CoupangClients): Handlers<CouponMessages> {
  core.outbox.register(couponAction(core, clients));
  const service = new CouponsService(core, clients);
  return {
    'catalog.coupons.list': ({ accountKey }) => service.list(accountKey),
    'catalog.coupons.track': ({ accountKey, couponId }) => service.track(accountKey, couponId),
    'catalog.coupons.create': ({ accountKey, coupon }) => service.create(accountKey, coupon),
    'catalog.coupons.attach': ({ accountKey, kind, couponId, vendorItemIds, userId, destroyRiskAccepted }) => {
      // A failed attach destroys a download coupon: the page must have said so and had it confirmed.
      if (kind === 'download' && !destroyRiskAccepted)
        throw new HandledError(
          'invalid_request',
          'Confirm that a failed attach destroys the coupon.',
          'confirmDestroyRisk',
        );
      if (kind === 'download' && vendorItemIds.length > 100)
        throw new HandledError(
          'invalid_request',
          'A download coupon takes at most 100 options at a time.',
          'tooManyOptions',
        );
      return service.attach(accountKey, { op: 'attach', kind, couponId, vendorItemIds, userId: userId ?? '' });
    },
    'catalog.coupons.expire': ({ accountKey, kind, couponId, userId }) =>
      service.expire(accountKey, { op: 'expire', kind, couponId, userId: userId ?? '' }),
    'catalog.coupons.request': ({ accountKey, requestedId }) => service.request(accountKey, requestedId),
    'catalog.write': ({ accountKey, id }) => service.writeStatus(accountKey, id),
    'catalog.products': ({ accountKey, name }) => service.products(accountKey, name),
    'catalog.options': ({ accountKey, sellerProductId }) => service.options(accountKey, sellerProductId),
  };
}
