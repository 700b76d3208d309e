/**
 * The 1688 members (accounts) that can authorize an app on the sandbox. Fixed across seeds so
 * tests and docs can name them; their offers and orders come from the seed.
 */
export type MemberRole = 'seller' | 'buyer' | 'both';

export interface Member {
  /** "member API id" — what trade APIs call buyerMemberId / sellerMemberId. */
  memberId: string;
  /** Login id; the token response's `resource_owner`. */
  loginId: string;
  /** Alibaba-group-wide numeric user id (`aliId` in token responses). */
  aliId: string;
  userId: string;
  role: MemberRole;
  companyName: string;
  contactName: string;
  mobile: string;
  province: string;
  city: string;
  /** A cross-border reseller may read any offer through alibaba.cross.productInfo. */
  crossBorder: boolean;
}

export const SELLER: Member = {
  memberId: 'b2b-2208471563',
  loginId: '杭州织梦服饰',
  aliId: '2208471563012',
  userId: '2208471563',
  role: 'seller',
  companyName: '杭州织梦服饰有限公司',
  contactName: '沈雅琴',
  mobile: '13857104426',
  province: '浙江省',
  city: '杭州市',
  crossBorder: false,
};

export const BUYER: Member = {
  memberId: 'b2b-2219830475',
  loginId: 'seoul_crossdock',
  aliId: '2219830475331',
  userId: '2219830475',
  role: 'buyer',
  companyName: '首尔优选国际贸易（深圳）有限公司',
  contactName: '金智妍',
  mobile: '13926581307',
  province: '广东省',
  city: '深圳市',
  crossBorder: true,
};

export const BOTH: Member = {
  memberId: 'b2b-2231175890',
  loginId: '义乌优选百货',
  aliId: '2231175890774',
  userId: '2231175890',
  role: 'both',
  companyName: '义乌市优选百货有限公司',
  contactName: '楼建峰',
  mobile: '15867923318',
  province: '浙江省',
  city: '金华市',
  crossBorder: true,
};

export const MEMBERS: readonly Member[] = [SELLER, BUYER, BOTH];

export function findMember(memberId: string): Member | undefined {
  return MEMBERS.find((m) => m.memberId === memberId);
}

export const sells = (m: Member) => m.role === 'seller' || m.role === 'both';
export const buys = (m: Member) => m.role === 'buyer' || m.role === 'both';
