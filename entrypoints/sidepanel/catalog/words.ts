import type { TFunction } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { formatCount } from '@/utils/ui/format';

/** The dictionary's word for a marketplace value (`prefix.value`), or the value itself when there is none. */
export function wordFor(t: TFunction, prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === key ? value : text;
}

export const won = (n: number, locale: string) => `${formatCount(n)}${locale === 'ko' ? '원' : ' KRW'}`;
