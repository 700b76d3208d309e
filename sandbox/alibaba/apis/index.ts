import type { ApiDefinition } from '../gateway/api';
import { accountBasic, currentTimeMillis } from './account';
import { logisticsApis } from './logistics';
import { getBuyerOrderList, getBuyerView, getSellerOrderList, getSellerView } from './orders';
import { crossProductInfoApi, productGet } from './products';
import { createOrderPreview, fastCreateOrder } from './purchase';

/** Every gateway API the sandbox implements. */
export const API_DEFINITIONS: readonly ApiDefinition[] = [
  accountBasic,
  currentTimeMillis,
  productGet,
  crossProductInfoApi,
  getSellerOrderList,
  getSellerView,
  getBuyerOrderList,
  getBuyerView,
  ...logisticsApis,
  createOrderPreview,
  fastCreateOrder,
];
