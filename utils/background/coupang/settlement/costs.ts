import { storageItem } from '../../store/storage';

/** The seller's unit costs per vendor item (whole won), kept in the declared `unitCosts` item. */
const unitCostsItem = storageItem<Record<string, number>>('unitCosts');

export async function loadUnitCosts(): Promise<Record<string, number>> {
  const raw = await unitCostsItem.get();
  if (!raw || typeof raw !== 'object') return {};
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => Number.isSafeInteger(v) && v >= 0));
}

export async function setUnitCost(vendorItemId: string, unitCost: number | null): Promise<Record<string, number>> {
  const next = { ...(await loadUnitCosts()) };
  if (unitCost === null) delete next[vendorItemId];
  else next[vendorItemId] = unitCost;
  await unitCostsItem.set(next);
  return next;
}
