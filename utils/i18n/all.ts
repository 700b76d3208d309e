import type { Locale } from './define';
import { alibaba } from './dictionaries/alibaba';
import { catalog } from './dictionaries/catalog';
import { claims } from './dictionaries/claims';
import { common } from './dictionaries/common';
import { connections } from './dictionaries/connections';
import { crossborder } from './dictionaries/crossborder';
import { errors } from './dictionaries/errors';
import { errors1688 } from './dictionaries/errors-1688';
import { inquiries } from './dictionaries/inquiries';
import { money } from './dictionaries/money';
import { options } from './dictionaries/options';
import { orderSheets } from './dictionaries/order-sheets';
import { orderStates } from './dictionaries/order-states';
import { orders } from './dictionaries/orders';
import { pageHelperShell } from './dictionaries/page-helper-shell';
import { pageHelpers } from './dictionaries/page-helpers';
import { popup } from './dictionaries/popup';
import { privacy } from './dictionaries/privacy';
import { products } from './dictionaries/products';
import { sourcing } from './dictionaries/sourcing';

/**
 * Every dictionary, all three languages. Pages never import this (they load one language:
 * `loadWords` in ./index.ts); it gives the message keys their type, and tests check every
 * language against it. Add a feature's dictionary here.
 */
export const dictionaries = [
  common,
  options,
  connections,
  errors,
  errors1688,
  orders,
  orderSheets,
  orderStates,
  money,
  claims,
  inquiries,
  crossborder,
  sourcing,
  catalog,
  products,
  privacy,
  alibaba,
  pageHelpers,
  pageHelperShell,
  popup,
] as const;

const merged: Record<Locale, Record<string, string>> = { ko: {}, en: {}, zh_CN: {} };
for (const d of dictionaries) for (const l of Object.keys(merged) as Locale[]) Object.assign(merged[l], d[l]);

export const allMessages: Readonly<Record<Locale, Readonly<Record<string, string>>>> = merged;
