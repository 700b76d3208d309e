import { type CalculatorSettings, DEFAULT_CALCULATOR_SETTINGS, type OfferInputs } from '../../calculator/settings';
import {
  calculatorSettingsSchema,
  type SourcingEntry,
  sourcingEntrySchema,
} from '../../protocol/messages/page-helpers';
import { storageItem } from '../store/storage';

/** The sourcing list stays small: a seller's shortlist, not a catalogue copy (C8, C16). */
const SOURCING_LIST_MAX = 500;

const calculatorItem = storageItem<CalculatorSettings>('calculatorSettings');
const sourcingItem = storageItem<SourcingEntry[]>('sourcingList');

/** The seller's calculator settings; defaults until saved (a stored value that no longer parses is ignored). */
export async function loadCalculatorSettings(): Promise<{ settings: CalculatorSettings; saved: boolean }> {
  const stored = calculatorSettingsSchema.safeParse(await calculatorItem.get());
  return stored.success
    ? { settings: stored.data, saved: true }
    : { settings: DEFAULT_CALCULATOR_SETTINGS, saved: false };
}

export async function saveCalculatorSettings(settings: CalculatorSettings): Promise<CalculatorSettings> {
  const parsed = calculatorSettingsSchema.parse(settings);
  await calculatorItem.set(parsed);
  return parsed;
}

export async function readSourcing(): Promise<SourcingEntry[]> {
  const raw = await sourcingItem.get();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e) => {
    const p = sourcingEntrySchema.safeParse(e);
    return p.success ? [p.data] : [];
  });
}

export async function sourcingEntry(offerId: string): Promise<{ entry?: SourcingEntry; count: number }> {
  const list = await readSourcing();
  return { entry: list.find((e) => e.offerId === offerId), count: list.length };
}

/**
 * Adds or updates one offer: its id, the seller's numbers for it and the calculator settings they
 * were made with. Nothing from the offer itself (title, prices, images) is kept.
 */
export async function addToSourcing(
  offerId: string,
  inputs: OfferInputs,
  now: number,
): Promise<{ entry: SourcingEntry; count: number }> {
  const { settings } = await loadCalculatorSettings();
  const list = await readSourcing();
  const existing = list.find((e) => e.offerId === offerId);
  const entry: SourcingEntry = sourcingEntrySchema.parse({
    offerId,
    addedAt: existing?.addedAt ?? now,
    updatedAt: now,
    inputs,
    settings,
  });
  const next = [entry, ...list.filter((e) => e.offerId !== offerId)].slice(0, SOURCING_LIST_MAX);
  await sourcingItem.set(next);
  return { entry, count: next.length };
}

/** Takes one offer off the list; the others keep their order. */
export async function removeFromSourcing(offerId: string): Promise<{ removed: boolean; count: number }> {
  const list = await readSourcing();
  const next = list.filter((e) => e.offerId !== offerId);
  if (next.length !== list.length) await sourcingItem.set(next);
  return { removed: next.length !== list.length, count: next.length };
}
