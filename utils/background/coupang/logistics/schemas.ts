import { z } from 'zod';
import { optionalBool, optionalKstDateTime, optionalText, pagination } from '../api/common-schemas';
import { openapiEnvelope } from '../api/envelope';

/** Outbound shipping places and return centres, §4.1 (business addresses, not customer data). */

const placeAddress = z.object({
  addressType: optionalText,
  countryCode: optionalText,
  companyContactNumber: optionalText,
  phoneNumber2: optionalText,
  returnZipCode: optionalText,
  returnAddress: optionalText,
  returnAddressDetail: optionalText,
});

const code = z.union([z.string(), z.number()]).transform(String);

export const outboundPlaceSchema = z.object({
  outboundShippingPlaceCode: code,
  shippingPlaceName: optionalText,
  usable: optionalBool,
  createDate: optionalText,
  placeAddresses: z
    .array(placeAddress)
    .nullish()
    .transform((v) => v ?? []),
});
export type OutboundPlace = z.output<typeof outboundPlaceSchema>;

/** Bare `{content, pagination}` without the usual envelope. */
export const outboundPlaceListResponse = z.object({
  content: z.array(outboundPlaceSchema),
  pagination: pagination.nullish(),
});

export const returnCenterSchema = z.object({
  returnCenterCode: code,
  shippingPlaceName: optionalText,
  deliverCode: optionalText,
  deliverName: optionalText,
  goodsflowStatus: optionalText,
  usable: optionalBool,
  createdAt: optionalKstDateTime,
  placeAddresses: z
    .array(placeAddress)
    .nullish()
    .transform((v) => v ?? []),
});
export type ReturnCenter = z.output<typeof returnCenterSchema>;

export const returnCenterListResponse = openapiEnvelope(
  z.object({ content: z.array(returnCenterSchema), pagination: pagination.nullish() }),
);
