/**
 * Response bodies shaped like coupang-api.md's samples, written as raw JSON text so the 18-digit
 * shipmentBoxIds stay bare numbers — exactly what would break JSON.parse.
 */

export const BOX_A = '642538971006401429';
export const BOX_B = '642538971006401437';
export const BOX_C = '642538971006401445';
export const ORDER_A = '25000112345678';

/** v5 ordersheet: money objects, ISO dates with offsets. */
export function ordersheetV5(overrides: { box?: string; status?: string; itemsJson?: string; extra?: string } = {}) {
  const items =
    overrides.itemsJson ??
    `[{"vendorItemId":87654321012,"vendorItemName":"오가닉 코튼 티셔츠, 화이트 L","productId":7000111222,
       "sellerProductId":13579246,"sellerProductName":"오가닉 코튼 티셔츠","sellerProductItemName":"화이트 L",
       "shippingCount":2,"cancelCount":0,"holdCountForCancel":0,
       "salesPrice":{"currencyCode":"KRW","units":12900,"nanos":0},
       "orderPrice":{"currencyCode":"KRW","units":25800,"nanos":0},
       "discountPrice":{"currencyCode":"KRW","units":1000,"nanos":0},
       "externalVendorSkuCode":"TS-WH-L","etcInfoValues":["문 앞에 두세요"],
       "estimatedShippingDate":"2025-07-17","plannedShippingDate":"","invoiceNumberUploadDate":null,
       "confirmDate":null,"canceled":false}]`;
  return `{"shipmentBoxId":${overrides.box ?? BOX_A},"orderId":${ORDER_A},
    "orderedAt":"2025-07-15T10:20:30.123456+09:00","paidAt":"2025-07-15T10:21:00.000000+09:00",
    "status":"${overrides.status ?? 'ACCEPT'}",
    "orderer":{"name":"김민수","email":"","safeNumber":"0502-1234-5678","ordererNumber":null},
    "receiver":{"name":"이서연","safeNumber":"0503-9876-5432","receiverNumber":null,
      "addr1":"서울특별시 강남구 테헤란로 123","addr2":"4층 401호","postCode":"06236"},
    "parcelPrintMessage":"공동현관 #1234",
    "shippingPrice":{"currencyCode":"KRW","units":3000,"nanos":0},
    "remotePrice":{"currencyCode":"KRW","units":0,"nanos":0},"remoteArea":false,
    "splitShipping":false,"ableSplitShipping":false,
    "orderItems":${items},
    "overseaShippingInfoDto":{"personalCustomsClearanceCode":"","orderersSsn":"","ordererPhoneNumber":""},
    "deliveryCompanyName":"","invoiceNumber":"","inTrasitDateTime":"","deliveredDate":"",
    "refer":"안드로이드앱","shipmentType":"THIRD_PARTY"${overrides.extra ?? ''}}`;
}

export function listBody(sheets: string[], nextToken = '') {
  return `{"code":200,"message":"OK","data":[${sheets.join(',')}],"nextToken":"${nextToken}"}`;
}

/** Acknowledgement response: partial success (responseCode 1). */
export const ACK_PARTIAL = `{"code":"200","message":"OK","data":{"responseCode":1,"responseMessage":"PARTIAL_SUCCESS",
  "responseList":[
    {"shipmentBoxId":${BOX_A},"succeed":true,"resultCode":"OK","retryRequired":false,"resultMessage":""},
    {"shipmentBoxId":${BOX_B},"succeed":false,"resultCode":"INVALID_STATUS","retryRequired":false,
     "resultMessage":"배송상태를 변경할 수 없습니다."}]}}`;

/** Invoice upload response with a retryable per-item failure lacking retryRequired. */
export const INVOICE_RESULT = `{"code":200,"message":"OK","data":{"responseCode":1,"responseMessage":"PARTIAL",
  "responseList":[
    {"shipmentBoxId":${BOX_A},"succeed":true,"resultCode":"OK"},
    {"shipmentBoxId":${BOX_B},"succeed":false,"resultCode":"PERMISSION_DENIED","resultMessage":"권한 없음"}]}}`;

export const gatewayError = (message: string) =>
  `{"code":"ERROR","message":"${message}","transactionId":"7d3f0a6e-1c2b-4f5e-9a8b-0c1d2e3f4a5b"}`;

export const AKAMAI_DENIED = `<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>
You don't have permission to access "http&#58;&#47;&#47;api-gateway.coupang.com&#47;v2&#47;providers" on this server.<P>
Reference&#32;&#35;18&#46;6a2e3b17&#46;1736900000&#46;1f2e3d4c</BODY></HTML>`;

export const OUTBOUND_PLACES = `{"content":[{"outboundShippingPlaceCode":74010,"shippingPlaceName":"본사 창고",
  "placeAddresses":[{"addressType":"ROADNAME","countryCode":"KR","companyContactNumber":"02-123-4567",
  "phoneNumber2":"","returnZipCode":"06236","returnAddress":"서울특별시 강남구 테헤란로 1","returnAddressDetail":"B1"}],
  "remoteInfos":[{"remoteInfoId":1234,"deliveryCode":"CJGLS","jeju":3000,"notJeju":3000,"usable":true}],
  "createDate":"2024/01/02","usable":true}],
  "pagination":{"currentPage":1,"totalPages":1,"totalElements":1,"countPerPage":10}}`;

export const RETURN_RU = `{"code":200,"message":"OK","data":[{"receiptId":365937,"orderId":${ORDER_A},"paymentId":700000001,
  "receiptType":"RETURN","receiptStatus":"RELEASE_STOP_UNCHECKED","createdAt":"2025-07-16T09:00:00",
  "modifiedAt":"2025-07-16T09:00:00","requesterName":"이서연","requesterPhoneNumber":"0503-9876-5432",
  "requesterAddress":"서울특별시","cancelReasonCategory1":"고객변심","cancelReasonCategory2":"단순변심",
  "cancelReason":"마음이 바뀜","cancelCountSum":2,"returnDeliveryId":1,"returnDeliveryType":"연동택배",
  "releaseStopStatus":"미처리","faultByType":"CUSTOMER","preRefund":false,"returnShippingCharge":-5000,
  "returnItems":[{"vendorItemId":87654321012,"vendorItemName":"오가닉 코튼 티셔츠, 화이트 L","cancelCount":2,
   "purchaseCount":2,"shipmentBoxId":${BOX_A},"sellerProductId":13579246,"sellerProductName":"오가닉 코튼 티셔츠",
   "releaseStatus":"N","cancelCompleteUser":null}],
  "returnDeliveryDtos":[]}],"nextToken":""}`;

export const SETTLEMENT_HISTORIES = `[{"settlementType":"MONTHLY","settlementDate":"2025-07-15","revenueRecognitionYearMonth":"2025-06",
  "revenueRecognitionDateFrom":"2025-06-01","revenueRecognitionDateTo":"2025-06-30","totalSale":1250000,"serviceFee":135000,
  "settlementTargetAmount":1115000,"settlementAmount":780500,"lastAmount":334500,"pendingReleasedAmount":0,
  "deductionAmount":0,"finalAmount":780500,"bankAccountHolder":"(주)크로스","bankName":"국민은행",
  "bankAccount":"123456****","status":"DONE"}]`;

export const RG_ORDERS = `{"code":200,"message":"SUCCESS","data":[{"orderId":${ORDER_A},"vendorId":"A00012345",
  "paidAt":"1752542460000","orderItems":[{"vendorItemId":87654321012,"productName":"티셔츠","salesQuantity":1,
  "unitSalesPrice":12900,"currency":"KRW"}]}],"nextToken":""}`;
