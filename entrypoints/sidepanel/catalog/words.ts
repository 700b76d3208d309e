import type { TFunction } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';

/** The dictionary's word for a marketplace value (`prefix.value`), or the value itself when there is none. */
export function wordFor(t: TFunction, prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === key ? value : text;
}

export const won = (n: number, locale: string) =>
  `${n.toLocaleString(locale === 'zh_CN' ? 'zh-CN' : locale === 'en' ? 'en-US' : 'ko-KR')}${locale === 'ko' ? '원' : ' KRW'}`;
