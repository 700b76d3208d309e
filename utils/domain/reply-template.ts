/**
 * Reply templates the seller writes, filled per inquiry before the seller reviews and sends the
 * answer (one inquiry at a time). Placeholders in Korean (as a seller writes them) or English;
 * one with no value for this inquiry is left visible, so the seller sees what still needs typing.
 */
export interface TemplateValues {
  product?: string;
  order?: string;
  /** The inquiry's KST date, yyyy-mm-dd. */
  date?: string;
}

const PLACEHOLDERS: Record<string, keyof TemplateValues> = {
  상품명: 'product',
  product: 'product',
  주문번호: 'order',
  order: 'order',
  문의일: 'date',
  date: 'date',
};

/** The placeholders a template may use, for the editor's hint. */
export const TEMPLATE_PLACEHOLDERS = ['{상품명}', '{주문번호}', '{문의일}'] as const;

export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(/\{([^{}\s]{1,10})\}/g, (whole, name: string) => {
    const field = PLACEHOLDERS[name];
    const value = field ? values[field] : undefined;
    return value ? value : whole;
  });
}

/** Placeholders still unfilled in a text (the seller is told before sending). */
export function unfilledPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}\s]{1,10})\}/g)].filter((m) => m[1]! in PLACEHOLDERS).map((m) => m[0]);
}
