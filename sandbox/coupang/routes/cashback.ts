import { type Context, Hono } from 'hono';
import { wireJson } from '../../core/json';
import { isLiveItem } from '../data/catalog';
import type { CoupangEnv, CoupangState } from '../env';
import { openapiError, openapiOk } from '../envelopes';
import { BadJson, isObject, readJson, toInt, toStr } from '../request';
import { parseKstMinute } from '../time';

/** Book cashback rules (reference §4.7): books only; partial success answers code 206 in the body. */
const PATH = '/v2/providers/openapi/apis/api/v4/vendors/:vendorId/products/items/cashback';
const BOOKS = 66680;
const VALUE_TYPES = new Set(['FIXED', 'FIXED_WITH_QUANTITY']);
const LEAD_MS = 2 * 3600_000;

function apply(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    let b: unknown;
    try {
      b = await readJson(c);
    } catch (e) {
      if (e instanceof BadJson) return openapiError(400, e.message);
      throw e;
    }
    if (!isObject(b)) return openapiError(400, 'Request body must be a JSON object');
    const ruleId = toInt(b.ruleId);
    if (ruleId === null) return openapiError(400, "RuleId can't be null, and must be numeric");
    const valueType = toStr(b.valueType) ?? '';
    if (!VALUE_TYPES.has(valueType))
      return openapiError(
        400,
        "Cashback type can't be empty, and the allowed values are FIXED,RATE and FIXED_WITH_QUANTITY.",
      );
    const value = toInt(b.value);
    if (value === null || value < 1) return openapiError(400, "Cashback value can't be null,and the min value is 1");
    const ids = Array.isArray(b.vendorItemIds) ? b.vendorItemIds.map(toStr) : [];
    if (ids.length < 1 || ids.length > 50)
      return openapiError(400, "vendorItemIds'list can't be empty, the min size is 1, and max size is 50");
    const startText = toStr(b.startAt) ?? '';
    const start = parseKstMinute(startText);
    const end = parseKstMinute(toStr(b.endAt) ?? '');
    if (start === null || end === null)
      return openapiError(400, "The start or end time of Cashback rule can't be empty");
    const now = state.ctx.clock.now();
    if (start < now + LEAD_MS) return openapiError(400, 'startAt must be at least 2 hours later than now');
    const vd = c.get('vendorData');
    const success: string[] = [];
    const failures: Array<Record<string, string>> = [];
    for (const id of ids) {
      const item = id === null ? undefined : state.store.items.get(Number(id));
      if (
        !item ||
        item.product.vendorIdx !== vd.idx ||
        !isLiveItem(item, now) ||
        item.product.displayCategoryCode !== BOOKS
      ) {
        failures.push({
          [String(id)]: "Invalid vendorItemId, vendorItemId doesn't exist or doesn't belong to corresponding vendorId",
        });
        continue;
      }
      vd.cashback = vd.cashback.filter((r) => !(r.ruleId === ruleId && r.vendorItemId === item.vendorItemId));
      vd.cashback.push({
        ruleId,
        vendorIdx: vd.idx,
        vendorItemId: item.vendorItemId,
        valueType,
        value,
        maxAmount: toInt(b.maxAmount),
        startAt: startText,
        endAt: String(b.endAt),
      });
      success.push(String(item.vendorItemId));
    }
    const partial = failures.length > 0;
    return wireJson({
      code: partial ? 206 : 200,
      message: partial ? 'PARTIAL_CONTENT' : 'OK',
      data: { successVendorItemIds: success, failVendorItemIds: failures },
    });
  };
}

export function cashbackRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  app.post(PATH, apply(state));
  const find = (c: Context<CoupangEnv>) => {
    const ruleId = toInt(c.req.query('ruleId'));
    const vendorItemId = toInt(c.req.query('vendorItemId'));
    return c.get('vendorData').cashback.find((r) => r.ruleId === ruleId && r.vendorItemId === vendorItemId);
  };
  const render = (r: NonNullable<ReturnType<typeof find>>) => ({
    ruleId: r.ruleId,
    vendorItemId: r.vendorItemId,
    valueType: r.valueType,
    value: r.value,
    maxAmount: r.maxAmount,
    startAt: r.startAt,
    endAt: r.endAt,
  });
  app.get(PATH, (c) => {
    const rule = find(c);
    return rule
      ? openapiOk(render(rule))
      : openapiError(400, 'Cashback rule not found for the given ruleId and vendorItemId');
  });
  app.delete(PATH, (c) => {
    const rule = find(c);
    if (!rule) return openapiError(400, 'Cashback rule not found for the given ruleId and vendorItemId');
    const vd = c.get('vendorData');
    vd.cashback = vd.cashback.filter((r) => r !== rule);
    return openapiOk(render(rule));
  });
  return app;
}
