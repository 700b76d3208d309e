import { stringifyWithRawNumbers } from '../../net/lossless-json';

/**
 * Turns typed business parameters into the exact strings that are both signed and sent
 * (docs/1688-api.md §2.4). Signing and sending must use the same strings, so this runs once and
 * both the signer and the form body read its output.
 *
 * - absent (`undefined`, `null`, `''`) parameters are dropped, as the official Python SDK does;
 * - numbers and bigints become decimal text (ids should already be strings: never a JS Number);
 * - booleans become `true` / `false`;
 * - objects and arrays become compact JSON text (`addressParam`, `cargoParamList`, `orderIds`…);
 *   use `RawJsonNumber` inside them for Long ids that must be bare digits.
 * Dates must be formatted by the caller with `formatAopDate` (a number here means a number).
 */
export type AopParamInput = Record<string, unknown>;

export function encodeAopParams(input: AopParamInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    const text = encodeValue(key, value);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

function encodeValue(key: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`parameter ${key} is not a finite number`);
      if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
        throw new Error(`parameter ${key} is an unsafe integer; pass it as a string`);
      }
      return String(value);
    case 'object':
      return stringifyWithRawNumbers(value);
    default:
      throw new Error(`parameter ${key} has an unsupported type`);
  }
}
