/** Shipments and tracking of one 1688 order, without sender/receiver data (PII, not needed). */
export interface LogisticsShipment {
  logisticsId: string;
  trackingNumber?: string;
  carrierName?: string;
  carrierCode?: string;
  /** WAITACCEPT | CANCEL | ACCEPT | TRANSPORT | NOGET | SIGN | UNSIGN */
  status?: string;
  /** Order line ids (`subItemIDString`) in this parcel. */
  lineIds: string[];
  goods: { name: string; quantity?: number; unit?: string }[];
}

export interface TraceStep {
  /** ISO-8601 with +08:00. */
  at: string;
  /** Carrier text; can name couriers and their phones, so it is shown, never logged. */
  remark: string;
}

export interface LogisticsTrace {
  logisticsId?: string;
  trackingNumber?: string;
  steps: TraceStep[];
}
