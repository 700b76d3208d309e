import { z } from 'zod';
import { optionalBool, optionalKstDateTime, optionalText, pagination } from '../api/common-schemas';
import { openapiEnvelope } from '../api/envelope';

/** Outbound shipping places and return centres, §4.1 (business addresses, not customer data). */

const placeAddress = z.lazy(() =>
  z.object({
    addressType: optionalText,
    countryCode: optionalText,
    companyContactNumber: optionalText,
    phoneNumber2: optionalText,
    returnZipCode: optionalText,
    returnAddress: optionalText,
    returnAddressDetail: optionalText,
  }),
);

const code = z.lazy(() => z.union([z.string(), z.number()]).transform(String));

const remoteInfo = z.lazy(() =>
  z.object({
    remoteInfoId: code.nullish(),
    deliveryCode: optionalText,
    jeju: z.number().nullish(),
    notJeju: z.number().nullish(),
    usable: optionalBool,
  }),
);

export const outboundPlaceSchema = z.lazy(() =>
  z.object({
    outboundShippingPlaceCode: code,
    shippingPlaceName: optionalText,
    usable: optionalBool,
    createDate: optionalText,
    remoteInfos: z
      .array(remoteInfo)
      .nullish()
      .transform((v) => v ?? []),
    placeAddresses: z
      .array(placeAddress)
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type OutboundPlace = z.output<typeof outboundPlaceSchema>;

/** Bare `{content, pagination}` without the usual envelope. */
export const outboundPlaceListResponse = z.lazy(() =>
  z.object({
    content: z.array(outboundPlaceSchema),
    pagination: pagination.nullish(),
  }),
);

export const returnCenterSchema = z.lazy(() =>
  z.object({
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
  }),
);
export type ReturnCenter = z.output<typeof returnCenterSchema>;

export const returnCenterListResponse = z.lazy(() =>
  openapiEnvelope(z.object({ content: z.array(returnCenterSchema), pagination: pagination.nullish() })),
);

/** Create/update of either kind: `data.resultMessage` is the place's code. */
export const placeWriteResponse = z.lazy(() =>
  openapiEnvelope(z.object({ resultCode: optionalText, resultMessage: code.transform(String) })),
);
