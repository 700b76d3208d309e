import type { DomainOrder } from '@/utils/domain/order';

/** Personal data every fixture order carries, so tests can prove it never leaks into text. */
export const PII = {
  name: '김철수',
  phone: '0502-1234-5678',
  address: '서울 강남구 테헤란로 1',
  addressDetail: '101호',
  customsCode: 'P123456789012',
  product: '무선 이어폰 블랙',
  memo: '문 앞에 놓아 주세요',
};

/** A Coupang order of account A00012345 (box id 6425389710064000NN). */
export function order(i: number, patch: Partial<DomainOrder> = {}): DomainOrder {
  const shipmentId = `6425389710064${String(i).padStart(5, '0')}`;
  const accountId = patch.accountId ?? 'A00012345';
  return {
    key: `coupang:${accountId}:${shipmentId}`,
    marketplace: 'coupang',
    accountId,
    role: 'seller',
    orderId: `2000000${String(i).padStart(4, '0')}`,
    shipmentId,
    marketStatus: 'ACCEPT',
    workState: 'new',
    orderedAt: '2025-03-10T10:00:00+09:00',
    lines: [{ lineId: '1', productName: PII.product, quantity: 1, unitPrice: { currency: 'KRW', minor: 1000 } }],
    total: { currency: 'KRW', minor: 1000 },
    recipient: {
      name: PII.name,
      phone: PII.phone,
      postcode: '06236',
      address: PII.address,
      addressDetail: PII.addressDetail,
      customsCode: PII.customsCode,
      memo: PII.memo,
    },
    counterpartyName: PII.name,
    shipping: {},
    timeline: [],
    ...patch,
  };
}
