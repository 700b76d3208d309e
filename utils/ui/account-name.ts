/**
 * An account as the seller named it, with its id only where the name does not already say it:
 * "본점 (A00054321)", "A00054321" for an unnamed one, and an older default label such as
 * "Coupang A00054321" once, not "Coupang A00054321 A00054321".
 */
export function accountName(a: { label?: string; accountId: string }): string {
  const label = a.label?.trim();
  if (!label) return a.accountId;
  return label.includes(a.accountId) ? label : `${label} (${a.accountId})`;
}

/** Whether a view that shows the label should add the id beside it (the label does not contain it). */
export function idBesideLabel(a: { label?: string; accountId: string }): boolean {
  const label = a.label?.trim();
  return !!label && !label.includes(a.accountId);
}
