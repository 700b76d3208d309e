import { type Context, Hono } from 'hono';
import { wireJson } from '../../core/json';
import type { OutboundPlace, ReturnCenter } from '../data/model';
import { COURIER_NAMES } from '../data/pools';
import { returnCenterFees } from '../data/seed-catalog';
import type { CoupangEnv, CoupangState } from '../env';
import { openapiError, openapiOk, paginate } from '../envelopes';
import { isKnownCourier, RETURN_CENTER_COURIERS } from '../orders/couriers';
import { BadJson, intQuery, isObject, readJson, toBool, toInt, toStr } from '../request';
import { kstSlashDate } from '../time';
import { vendorMismatch } from '../vendor-guard';

/**
 * Logistics centres (reference §4.1): outbound shipping places (the lookup answers a bare
 * `{content, pagination}`) and return centres (openapi envelope).
 */
function renderPlace(p: OutboundPlace) {
  return {
    outboundShippingPlaceCode: p.outboundShippingPlaceCode,
    shippingPlaceName: p.shippingPlaceName,
    createDate: kstSlashDate(p.createdAt),
    placeAddresses: p.placeAddresses,
    remoteInfos: p.remoteInfos,
    usable: p.usable,
  };
}

function renderCenter(r: ReturnCenter, vendorId: string) {
  return {
    vendorId,
    returnCenterCode: r.returnCenterCode,
    shippingPlaceName: r.shippingPlaceName,
    deliverCode: r.deliverCode,
    deliverName: r.deliverName,
    goodsflowStatus: r.goodsflowStatus,
    errorMessage: '',
    createdAt: r.createdAt,
    ...r.fees,
    usable: r.usable,
    placeAddresses: r.placeAddresses,
  };
}

function listOutbound(c: Context<CoupangEnv>): Response {
  const vd = c.get('vendorData');
  const codes = c.req.query('placeCodes');
  const names = c.req.query('placeNames');
  const hasPaging = c.req.query('pageNum') !== undefined;
  let places = vd.outboundPlaces;
  if (codes) {
    const wanted = new Set(codes.split(',').map((s) => s.trim()));
    places = places.filter((p) => wanted.has(String(p.outboundShippingPlaceCode)));
  } else if (names) {
    const wanted = new Set(names.split(',').map((s) => s.trim()));
    places = places.filter((p) => wanted.has(p.shippingPlaceName));
  } else if (!hasPaging) {
    return wireJson(
      { code: 'ERROR', message: '(pageNum & pageSize) or placeCodes or placeNames must be provided to call this API' },
      400,
    );
  }
  const pageNum = Math.max(1, intQuery(c, 'pageNum', 1) ?? 1);
  const pageSize = Math.min(50, Math.max(1, intQuery(c, 'pageSize', 10) ?? 10));
  const { items, pagination } = paginate(places, pageNum, pageSize);
  // Bare body: no code/message/data wrapper on this endpoint.
  return wireJson({ content: items.map(renderPlace), pagination });
}

async function body(c: Context<CoupangEnv>): Promise<Record<string, unknown> | Response> {
  try {
    const b = await readJson(c);
    if (!isObject(b)) return openapiError(400, 'Request body must be a JSON object');
    return vendorMismatch(c, b.vendorId) ?? b;
  } catch (e) {
    if (e instanceof BadJson) return openapiError(400, e.message);
    throw e;
  }
}

function addresses(raw: unknown): Array<Record<string, unknown>> | string {
  if (!Array.isArray(raw) || raw.length === 0) return 'placeAddresses must not be empty';
  const list = raw.filter(isObject);
  for (const a of list) {
    if (!['JIBUN', 'ROADNAME', 'OVERSEA'].includes(String(a.addressType)))
      return 'addressType must be JIBUN, ROADNAME or OVERSEA';
    if (!/^\d{5,6}$/.test(String(a.returnZipCode ?? ''))) return 'returnZipCode must be 5-6 digits';
    if (!a.returnAddress || String(a.returnAddress).length > 150) return 'returnAddress is required (max 150)';
    if (String(a.returnAddressDetail ?? '').length > 200) return 'returnAddressDetail max 200';
  }
  if (list.some((a) => a.addressType === 'ROADNAME') && !list.some((a) => a.addressType === 'JIBUN'))
    return 'ROADNAME address requires a JIBUN address';
  return list;
}

function createOutbound(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const vd = c.get('vendorData');
    const name = toStr(b.shippingPlaceName)?.trim() ?? '';
    if (!name || name.length > 50) return openapiError(400, 'shippingPlaceName is required (max 50)');
    if (vd.outboundPlaces.some((p) => p.shippingPlaceName === name))
      return openapiError(400, '이미 사용중인 출고지명입니다.');
    const addrs = addresses(b.placeAddresses);
    if (typeof addrs === 'string') return openapiError(400, addrs);
    const remote = Array.isArray(b.remoteInfos) ? b.remoteInfos.filter(isObject) : [];
    for (const r of remote)
      if (!isKnownCourier(String(r.deliveryCode)))
        return openapiError(400, `invalid delivery company code: ${r.deliveryCode}`);
    const place: OutboundPlace = {
      vendorIdx: vd.idx,
      outboundShippingPlaceCode: state.store.seq.outbound.take(),
      shippingPlaceName: name,
      createdAt: state.ctx.clock.now(),
      usable: toBool(b.usable) ?? true,
      global: toBool(b.global) ?? false,
      placeAddresses: addrs,
      remoteInfos: remote.map((r) => ({
        remoteInfoId: state.store.seq.remoteInfo.take(),
        deliveryCode: String(r.deliveryCode),
        jeju: toInt(r.jeju) ?? 0,
        notJeju: toInt(r.notJeju) ?? 0,
        usable: true,
      })),
    };
    vd.outboundPlaces.push(place);
    return openapiOk(
      { resultCode: 'SUCCESS', resultMessage: String(place.outboundShippingPlaceCode) },
      { code: '200', message: 'SUCCESS' },
    );
  };
}

function updateOutbound(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const vd = c.get('vendorData');
    const code = toInt(c.req.param('code'));
    const place = vd.outboundPlaces.find((p) => p.outboundShippingPlaceCode === code);
    if (!place) return openapiError(400, `출고지(${c.req.param('code')})를 찾을 수 없습니다.`);
    if (b.shippingPlaceName !== undefined) place.shippingPlaceName = String(b.shippingPlaceName);
    if (b.usable !== undefined) place.usable = toBool(b.usable) ?? place.usable;
    if (b.placeAddresses !== undefined) {
      const addrs = addresses(b.placeAddresses);
      if (typeof addrs === 'string') return openapiError(400, addrs);
      place.placeAddresses = addrs;
    }
    if (Array.isArray(b.remoteInfos))
      for (const r of b.remoteInfos.filter(isObject)) {
        const existing = place.remoteInfos.find((x) => x.remoteInfoId === toInt(r.remoteInfoId));
        const fields = {
          deliveryCode: String(r.deliveryCode ?? existing?.deliveryCode ?? 'CJGLS'),
          jeju: toInt(r.jeju) ?? existing?.jeju ?? 0,
          notJeju: toInt(r.notJeju) ?? existing?.notJeju ?? 0,
          usable: toBool(r.usable) ?? true,
        };
        if (existing) Object.assign(existing, fields);
        else place.remoteInfos.push({ remoteInfoId: state.store.seq.remoteInfo.take(), ...fields });
      }
    // usable=false on a remote info deletes it.
    place.remoteInfos = place.remoteInfos.filter((r) => r.usable);
    return openapiOk(
      { resultCode: 'SUCCESS', resultMessage: String(place.outboundShippingPlaceCode) },
      { code: '200', message: 'SUCCESS' },
    );
  };
}

function listReturnCenters(c: Context<CoupangEnv>): Response {
  const vd = c.get('vendorData');
  const pageNum = Math.max(1, intQuery(c, 'pageNum', 1) ?? 1);
  const pageSize = Math.min(50, Math.max(1, intQuery(c, 'pageSize', 10) ?? 10));
  const { items, pagination } = paginate(vd.returnCenters, pageNum, pageSize);
  return openapiOk(
    { content: items.map((r) => renderCenter(r, vd.vendor.vendorId)), pagination },
    { message: 'SUCCESS' },
  );
}

function returnCentersByCode(c: Context<CoupangEnv>): Response {
  const codes = (c.req.query('returnCenterCodes') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length === 0) return openapiError(400, 'returnCenterCodes must not be empty');
  if (codes.length > 100) return openapiError(400, 'returnCenterCodes size must be less than or equal to 100');
  const vd = c.get('vendorData');
  const found = vd.returnCenters.filter((r) => codes.includes(r.returnCenterCode));
  return openapiOk(found.map((r) => renderCenter(r, vd.vendor.vendorId)));
}

function createReturnCenter(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const vd = c.get('vendorData');
    const name = toStr(b.shippingPlaceName)?.trim() ?? '';
    if (!name) return openapiError(400, 'shippingPlaceName is required');
    const goodsflow = isObject(b.goodsflowInfoOpenApiDto) ? b.goodsflowInfoOpenApiDto : null;
    const courier = goodsflow ? String(goodsflow.deliverCode) : '';
    if (!RETURN_CENTER_COURIERS.includes(courier))
      return openapiError(400, `deliverCode must be one of ${RETURN_CENTER_COURIERS.join(', ')}`);
    const addrs = addresses(b.placeAddresses);
    if (typeof addrs === 'string') return openapiError(400, addrs);
    const duplicate = vd.returnCenters.some(
      (r) => r.shippingPlaceName === name || r.placeAddresses[0]?.returnAddress === addrs[0]?.returnAddress,
    );
    if (duplicate) return openapiError(400, '이미 등록된 반품지명 또는 주소입니다.');
    const center: ReturnCenter = {
      vendorIdx: vd.idx,
      returnCenterCode: String(state.store.seq.returnCenter.take()),
      shippingPlaceName: name,
      deliverCode: courier,
      deliverName: COURIER_NAMES[courier],
      goodsflowStatus: '승인요청',
      createdAt: state.ctx.clock.now(),
      usable: true,
      fees: returnCenterFees(toInt(goodsflow?.returnFee05kg) ?? 3000),
      placeAddresses: addrs,
    };
    vd.returnCenters.push(center);
    return openapiOk(
      { resultCode: 'SUCCESS', resultMessage: center.returnCenterCode },
      { code: '200', message: 'SUCCESS' },
    );
  };
}

function updateReturnCenter() {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const vd = c.get('vendorData');
    const center = vd.returnCenters.find((r) => r.returnCenterCode === c.req.param('code'));
    if (!center) return openapiError(400, `반품지(${c.req.param('code')})를 찾을 수 없습니다.`);
    if (b.shippingPlaceName !== undefined) center.shippingPlaceName = String(b.shippingPlaceName);
    if (b.usable !== undefined) center.usable = toBool(b.usable) ?? center.usable;
    if (b.placeAddresses !== undefined) {
      const addrs = addresses(b.placeAddresses);
      if (typeof addrs === 'string') return openapiError(400, addrs);
      center.placeAddresses = addrs;
    }
    if (isObject(b.goodsflowInfoOpenApiDto))
      for (const [k, v] of Object.entries(b.goodsflowInfoOpenApiDto))
        if (k in center.fees) center.fees[k] = toInt(v) ?? center.fees[k];
    return openapiOk(
      { resultCode: 'SUCCESS', resultMessage: center.returnCenterCode },
      { code: '200', message: 'SUCCESS' },
    );
  };
}

export function logisticsRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  app.get('/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound', listOutbound);
  for (const v of ['v4', 'v5']) {
    const base = `/v2/providers/openapi/apis/api/${v}/vendors/:vendorId`;
    app.post(`${base}/outboundShippingCenters`, createOutbound(state));
    app.put(`${base}/outboundShippingCenters/:code{[0-9]+}`, updateOutbound(state));
    app.post(`${base}/returnShippingCenters`, createReturnCenter(state));
    app.put(`${base}/returnShippingCenters/:code{[0-9]+}`, updateReturnCenter());
    app.get(`${base}/returnShippingCenters`, listReturnCenters);
  }
  app.get('/v2/providers/openapi/apis/api/v3/return/shipping-places/center-code', returnCentersByCode);
  return app;
}
