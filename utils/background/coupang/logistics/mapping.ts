import type { PlaceAddressInput, PlaceInput, PlaceView } from '../../../protocol/messages/catalog';
import { courierByCode } from '../api/couriers';
import type { OutboundPlaceBody, PlaceAddressBody, ReturnCenterBody } from './endpoints';
import type { OutboundPlace, ReturnCenter } from './schemas';

/** Shipping places: API shapes ↔ the view's (business addresses, shown as they are: no PII). */

type ApiAddress = OutboundPlace['placeAddresses'][number];

function toAddressView(a: ApiAddress): PlaceAddressInput {
  const type = a.addressType === 'JIBUN' || a.addressType === 'OVERSEA' ? a.addressType : 'ROADNAME';
  return {
    addressType: type,
    zipCode: a.returnZipCode ?? '',
    address: a.returnAddress ?? '',
    addressDetail: a.returnAddressDetail ?? '',
    phone: a.companyContactNumber ?? '',
    phone2: a.phoneNumber2 ?? '',
  };
}

const courierName = (code: string) => courierByCode(code)?.nameKo ?? code;

export function outboundView(p: OutboundPlace): PlaceView {
  return {
    kind: 'outbound',
    code: p.outboundShippingPlaceCode,
    name: p.shippingPlaceName ?? '',
    usable: p.usable ?? true,
    ...(p.createDate ? { createdAt: p.createDate } : {}),
    addresses: p.placeAddresses.map(toAddressView),
    couriers: p.remoteInfos
      .filter((r) => r.deliveryCode && r.usable !== false)
      .map((r) => ({
        code: r.deliveryCode ?? '',
        name: courierName(r.deliveryCode ?? ''),
        ...(r.jeju == null ? {} : { jeju: r.jeju }),
        ...(r.notJeju == null ? {} : { notJeju: r.notJeju }),
      })),
  };
}

export function returnCenterView(r: ReturnCenter): PlaceView {
  return {
    kind: 'return',
    code: r.returnCenterCode,
    name: r.shippingPlaceName ?? '',
    usable: r.usable ?? true,
    ...(r.createdAt ? { createdAt: r.createdAt.slice(0, 10) } : {}),
    addresses: r.placeAddresses.map(toAddressView),
    couriers: r.deliverCode ? [{ code: r.deliverCode, name: r.deliverName ?? courierName(r.deliverCode) }] : [],
    ...(r.goodsflowStatus ? { contractStatus: r.goodsflowStatus } : {}),
  };
}

function toAddressBody(a: PlaceAddressInput): PlaceAddressBody {
  return {
    addressType: a.addressType,
    countryCode: a.addressType === 'OVERSEA' ? 'CN' : 'KR',
    companyContactNumber: a.phone.trim(),
    ...(a.phone2.trim() ? { phoneNumber2: a.phone2.trim() } : {}),
    returnZipCode: a.zipCode.trim(),
    returnAddress: a.address.trim(),
    returnAddressDetail: a.addressDetail.trim(),
  };
}

export function outboundBody(p: PlaceInput, remoteInfoId?: string): OutboundPlaceBody {
  return {
    userId: p.userId.trim(),
    shippingPlaceName: p.name.trim(),
    usable: p.usable,
    global: false,
    placeAddresses: p.addresses.map(toAddressBody),
    remoteInfos: [
      {
        ...(remoteInfoId ? { remoteInfoId } : {}),
        deliveryCode: p.courierCode,
        jeju: p.jejuFee,
        notJeju: p.notJejuFee,
        usable: true,
      },
    ],
  };
}

export function returnCenterBody(p: PlaceInput): ReturnCenterBody {
  return {
    userId: p.userId.trim(),
    shippingPlaceName: p.name.trim(),
    usable: p.usable,
    placeAddresses: p.addresses.map(toAddressBody),
    goodsflowInfoOpenApiDto: {
      deliverCode: p.courierCode,
      deliverName: courierName(p.courierCode),
      ...(p.contractNumber?.trim() ? { contractNumber: p.contractNumber.trim() } : {}),
    },
  };
}

/** Whether a place read back from Coupang carries what the write sent (name and first address). */
export function placeMatches(view: PlaceView, p: PlaceInput): boolean {
  const want = p.addresses[0];
  const got = view.addresses.find((a) => a.addressType === want?.addressType);
  return (
    view.name === p.name.trim() &&
    view.usable === p.usable &&
    !!want &&
    !!got &&
    got.zipCode === want.zipCode.trim() &&
    got.address === want.address.trim() &&
    got.addressDetail === want.addressDetail.trim()
  );
}
