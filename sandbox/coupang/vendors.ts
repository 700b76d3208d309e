/**
 * The demo sellers. Credentials are fixed (not seeded) so `npm start` always shows the same
 * ones; only their IP allowlists change at run time (control API).
 */
export interface VendorAccount {
  vendorId: string;
  accessKey: string;
  secretKey: string;
  name: string;
  /** The Wing login that `userId` / `replyBy` fields must name (the vendorId is accepted too). */
  wingUserId: string;
  /** Registered caller IPs (self-development keys allow up to 10). Loopback forms are normalized. */
  allowedIps: Set<string>;
}

const LOOPBACK = '127.0.0.1';
/** A documentation address (RFC 5737): "the seller's office", never the machine running tests. */
const OFFICE_IP = '203.0.113.45';

const DEMO_VENDORS = [
  {
    vendorId: 'A00012345',
    accessKey: '3f2a9c41-7d5e-4b8a-9c1f-0e6d2b7a5c13',
    secretKey: '9d1e7c4b2a6f8e3d5c0b1a9f7e6d4c3b2a1f0e9d',
    name: '크로스독 데모스토어',
    wingUserId: 'crossdock_demo',
    ips: [LOOPBACK],
  },
  {
    vendorId: 'A00054321',
    accessKey: '8b4e1d27-3c9a-4f6e-a2d5-7e1b9c0f4a86',
    secretKey: '4a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c',
    name: '한빛 해외직구 (이 PC의 IP 미등록)',
    wingUserId: 'hanbit_global',
    ips: [OFFICE_IP],
  },
  {
    vendorId: 'A00067890',
    accessKey: 'e6c0a8f2-91b3-4d7a-8e5c-3b1f7d9a2c64',
    secretKey: 'f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d',
    name: '마루 생활상점',
    wingUserId: 'maru_store',
    ips: [LOOPBACK, OFFICE_IP],
  },
] as const;

/** `::ffff:127.0.0.1` → `127.0.0.1`, `::1` → `127.0.0.1`: one spelling per address. */
export function normalizeIp(ip: string): string {
  const trimmed = ip.trim();
  if (trimmed === '::1') return LOOPBACK;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

export class VendorRegistry {
  private readonly byKey = new Map<string, VendorAccount>();
  readonly list: VendorAccount[];

  constructor() {
    this.list = DEMO_VENDORS.map((v) => ({
      vendorId: v.vendorId,
      accessKey: v.accessKey,
      secretKey: v.secretKey,
      name: v.name,
      wingUserId: v.wingUserId,
      allowedIps: new Set<string>(),
    }));
    for (const v of this.list) this.byKey.set(v.accessKey, v);
    this.resetAllowlists();
  }

  byAccessKey(accessKey: string): VendorAccount | undefined {
    return this.byKey.get(accessKey);
  }

  byVendorId(vendorId: string): VendorAccount | undefined {
    return this.list.find((v) => v.vendorId === vendorId);
  }

  index(vendorId: string): number {
    return this.list.findIndex((v) => v.vendorId === vendorId);
  }

  isAllowed(vendor: VendorAccount, callerIp: string): boolean {
    return vendor.allowedIps.has(normalizeIp(callerIp));
  }

  allowsLocalIp(vendor: VendorAccount): boolean {
    return vendor.allowedIps.has(LOOPBACK);
  }

  setAllowlist(vendor: VendorAccount, ips: string[]): void {
    vendor.allowedIps = new Set(ips.map(normalizeIp));
  }

  /** Back to the demo setup: A and C allow this machine, B only its (fictional) office IP. */
  resetAllowlists(): void {
    for (const [i, v] of this.list.entries()) this.setAllowlist(v, [...DEMO_VENDORS[i].ips]);
  }
}

export const LOOPBACK_IP = LOOPBACK;
