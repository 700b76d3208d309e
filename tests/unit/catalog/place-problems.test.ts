import { describe, expect, it } from 'vitest';
import { outboundBody, returnCenterBody } from '../../../utils/background/coupang/logistics/mapping';
import { RETURN_COURIERS } from '../../../utils/background/coupang/logistics/service';
import { type PlaceInput, placeProblems } from '../../../utils/protocol/messages/catalog';

const address = {
  zipCode: '17381',
  address: '경기도 이천시 마장면 덕평로 811',
  addressDetail: '물류센터 B동',
  phone: '02-123-4567',
  phone2: '',
};
const good: PlaceInput = {
  kind: 'outbound',
  name: '이천 출고지',
  usable: true,
  userId: 'wing-user',
  addresses: [
    { addressType: 'ROADNAME', ...address },
    { addressType: 'JIBUN', ...address, address: '경기도 이천시 마장면 덕평리 123' },
  ],
  courierCode: 'CJGLS',
  jejuFee: 3000,
  notJejuFee: 5000,
};
const codes = (p: PlaceInput) => placeProblems(p, RETURN_COURIERS).map((x) => `${x.field}:${x.code}`);

describe('shipping place checks (coupang-api.md §4.1)', () => {
  it('accepts a complete outbound place', () => {
    expect(codes(good)).toEqual([]);
  });

  it('names each problem by field: zip digits, road-name without lot-number, phone, name length, Wing login', () => {
    const bad: PlaceInput = {
      ...good,
      name: 'x'.repeat(51),
      userId: ' ',
      addresses: [{ addressType: 'ROADNAME', ...address, zipCode: '1738', phone: '12345' }],
    };
    expect(codes(bad)).toEqual(['name:tooLong', 'userId:required', 'zipCode:zip', 'phone:phone', 'jibun:jibunNeeded']);
  });

  it('remote-area fees: 0 or 1,000–20,000 won, Korea Post 0 or 100–400', () => {
    expect(codes({ ...good, jejuFee: 500 })).toEqual(['fee:fee']);
    expect(codes({ ...good, jejuFee: 0, notJejuFee: 20_000 })).toEqual([]);
    expect(codes({ ...good, courierCode: 'EPOST', jejuFee: 300, notJejuFee: 0 })).toEqual([]);
    expect(codes({ ...good, courierCode: 'EPOST', jejuFee: 1000, notJejuFee: 0 })).toEqual(['fee:fee']);
  });

  it('return centres take only the goodsflow couriers; fees do not apply to them', () => {
    expect(RETURN_COURIERS.sort()).toEqual(['CJGLS', 'EPOST', 'HANJIN', 'HYUNDAI', 'ILYANG', 'KGB']);
    expect(codes({ ...good, kind: 'return', courierCode: 'LOTTEGLOBAL', jejuFee: 1 })).toEqual(['courierCode:courier']);
    expect(codes({ ...good, kind: 'return', courierCode: 'HANJIN', jejuFee: 1 })).toEqual([]);
  });

  it('builds the bodies Coupang names: placeAddresses, remoteInfos, goodsflowInfoOpenApiDto', () => {
    const out = outboundBody(good, '77');
    expect(out.placeAddresses[0]).toEqual({
      addressType: 'ROADNAME',
      countryCode: 'KR',
      companyContactNumber: '02-123-4567',
      returnZipCode: '17381',
      returnAddress: '경기도 이천시 마장면 덕평로 811',
      returnAddressDetail: '물류센터 B동',
    });
    expect(out.remoteInfos).toEqual([
      { remoteInfoId: '77', deliveryCode: 'CJGLS', jeju: 3000, notJeju: 5000, usable: true },
    ]);
    const back = returnCenterBody({ ...good, kind: 'return', courierCode: 'HANJIN', contractNumber: ' 123 ' });
    expect(back.goodsflowInfoOpenApiDto).toEqual({
      deliverCode: 'HANJIN',
      deliverName: '한진택배',
      contractNumber: '123',
    });
  });
});
