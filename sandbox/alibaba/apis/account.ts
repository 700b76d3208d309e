import { type ApiDefinition, ok } from '../gateway/api';

/** alibaba.account.basic: who authorized the app (1688-api.md §4.1). */
export const accountBasic: ApiDefinition = {
  namespace: 'com.alibaba.account',
  name: 'alibaba.account.basic',
  version: 1,
  signed: true,
  needsToken: true,
  handle: ({ member }) =>
    ok({
      success: true,
      result: {
        loginId: member.loginId,
        memberId: member.memberId,
        userId: Number(member.userId),
        companyName: member.companyName,
        sellerName: member.role === 'buyer' ? undefined : member.loginId,
        supplierName: member.role === 'buyer' ? undefined : member.companyName,
        shopUrl: member.role === 'buyer' ? undefined : `https://shop${member.userId}.1688.com`,
        memberBizType: member.role === 'buyer' ? 'buyer' : 'seller',
        enterpriseAccount: true,
        personAccount: false,
        mobileNo: member.mobile,
        addressLocation: `${member.province} ${member.city}`,
        status: 'enable',
      },
    }),
};

/**
 * `param2/1/system/currentTimeMillis/{AppKey}`: the gateway's clock, unsigned, for computing a
 * clock offset (the real one is call-limited per 10 minutes; not limited here).
 */
export const currentTimeMillis: ApiDefinition = {
  namespace: 'system',
  name: 'currentTimeMillis',
  version: 1,
  signed: false,
  needsToken: false,
  handle: ({ ctx }) => ok({ result: ctx.clock.gatewayNow() }),
};
