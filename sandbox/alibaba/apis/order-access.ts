import type { Order } from '../data/model';
import type { OrderRole } from '../data/order-book';
import type { ApiCall } from '../gateway/api';
import { ok } from '../gateway/api';

/**
 * An order as seen by the calling member in one role, or the business error the APIs give when
 * it is not theirs. Unknown ids answer the same as other members' orders: the API does not
 * reveal which order ids exist.
 */
export function orderFor(call: ApiCall, role: OrderRole): { order: Order } | { error: Response } {
  const orderId = call.params.requireLong('orderId');
  const webSite = call.params.requireStr('webSite');
  if (webSite !== '1688' && webSite !== 'alibaba') {
    return { error: ok({ success: false, errorCode: 'PARAM_ERROR', errorMessage: `webSite[${webSite}]不支持` }) };
  }
  const order = call.state.orders.get(orderId);
  const mine = order && (role === 'seller' ? order.seller : order.buyer).memberId === call.member.memberId;
  if (!order || !mine) {
    return {
      error: ok({
        success: false,
        errorCode: `order.nopermission.${role}`,
        errorMessage: `订单[${orderId}]不存在或当前${role === 'seller' ? '卖家' : '买家'}无权查看`,
      }),
    };
  }
  return { order };
}
