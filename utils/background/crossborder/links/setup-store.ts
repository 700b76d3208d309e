import {
  type CrossborderCosts,
  crossborderCostsSchema,
  type ForwarderAddress,
  forwarderAddressSchema,
} from '../../../protocol/messages/crossborder';
import { storageItem } from '../../store/storage';

/** The seller's forwarder (배대지) addresses in China: the only ship-to of a 구매대행 purchase. */
const addressesItem = storageItem<ForwarderAddress[]>('forwarderAddresses');
/** The seller's per-order costs and tax settings for profit per order. */
const costsItem = storageItem<CrossborderCosts>('crossborderCosts');

const MAX_ADDRESSES = 20;

/** Starting points: Korea's basic 8 % tariff and 10 % VAT; a forwarder fee the seller replaces. */
export const DEFAULT_COSTS: CrossborderCosts = {
  forwarderFeeKrw: 0,
  otherCostKrw: 0,
  krwPerUsd: 1400,
  dutyPercent: 8,
  vatPercent: 10,
};

export async function loadAddresses(): Promise<ForwarderAddress[]> {
  const raw = await addressesItem.get();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((a) => {
    const p = forwarderAddressSchema.safeParse(a);
    return p.success ? [p.data] : [];
  });
}

export async function saveAddress(a: Omit<ForwarderAddress, 'id'> & { id?: string }): Promise<ForwarderAddress[]> {
  const list = await loadAddresses();
  const entry = forwarderAddressSchema.parse({ ...a, id: a.id ?? crypto.randomUUID() });
  const next = [...list.filter((x) => x.id !== entry.id), entry].slice(-MAX_ADDRESSES);
  await addressesItem.set(next);
  return next;
}

export async function removeAddress(id: string): Promise<ForwarderAddress[]> {
  const next = (await loadAddresses()).filter((a) => a.id !== id);
  await addressesItem.set(next);
  return next;
}

export async function loadCosts(): Promise<CrossborderCosts> {
  const p = crossborderCostsSchema.safeParse(await costsItem.get());
  return p.success ? p.data : DEFAULT_COSTS;
}

export async function saveCosts(costs: CrossborderCosts): Promise<CrossborderCosts> {
  const parsed = crossborderCostsSchema.parse(costs);
  await costsItem.set(parsed);
  return parsed;
}
