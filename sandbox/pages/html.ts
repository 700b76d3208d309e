/**
 * Safe-by-default HTML: every interpolated value is escaped unless it is already `SafeHtml`
 * (another `html` fragment). Seeded data is attacker-controlled in tests (offer subjects set to
 * `<img src=x onerror=…>`), so nothing reaches a page unescaped.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/** Trusted constant markup (scripts and styles written in this repository, never data). */
export const trusted = (markup: string) => new SafeHtml(markup);

/** China-time money and dates as the seller pages show them. */
export const yuanText = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
