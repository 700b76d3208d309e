import type { Offer } from './model';

/** Every offer on the sandbox, indexed by id and by supplier. */
export class OfferCatalog {
  private readonly bySupplierId = new Map<string, Offer[]>();

  constructor(private readonly offers: Map<string, Offer>) {
    for (const offer of offers.values()) {
      const list = this.bySupplierId.get(offer.supplierMemberId) ?? [];
      list.push(offer);
      this.bySupplierId.set(offer.supplierMemberId, list);
    }
  }

  get(offerId: string): Offer | undefined {
    return this.offers.get(offerId);
  }
  bySupplier(memberId: string): readonly Offer[] {
    return this.bySupplierId.get(memberId) ?? [];
  }
  all(): Offer[] {
    return [...this.offers.values()];
  }
}
