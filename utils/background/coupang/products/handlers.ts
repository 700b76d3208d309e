import { copiedFromSource } from '../../../domain/listing-draft';
import { draftProblems } from '../../../domain/product-draft';
import { beyondPriceGuard, editProblem } from '../../../domain/product-edits';
import { HandledError } from '../../../protocol/envelope';
import type { OptionEdit, ProductDraft, productMessages } from '../../../protocol/messages/products';
import type { CoreServices } from '../../core/core';
import { outboxView } from '../../handlers/orders';
import type { Handlers } from '../../messaging/dispatcher';
import type { OutboxRecord } from '../../store/db';
import type { CoupangClients } from '../client-factory';
import { type CreatePayload, PRODUCT_ACTIONS } from './actions';
import { validateBulkEdits } from './bulk';
import { productBody } from './create-body';
import { productState, rejectionReason } from './mapping';
import { toCategoryMetaView } from './meta';
import type { ProductService } from './service';

const INTERACTIVE = { priority: 'interactive' as const };

/** The seller's own texts of a draft, by field: what must not name 1688 or repeat an offer's words. */
export function draftTexts(draft: ProductDraft): Record<string, string> {
  const fields: Record<string, string> = { name: draft.name, brand: draft.brand, imageUrl: draft.imageUrl };
  draft.items.forEach((item, i) => {
    fields[`items.${i + 1}.itemName`] = item.itemName;
  });
  return fields;
}

/**
 * Refuses a create whose texts name a 1688/Alibaba host or repeat `offerTexts` (the offer's words
 * from 1688's API answer, when the draft was made from an offer): 1688 terms, compliance C16.
 */
export function refuseCopied(draft: ProductDraft, offerTexts: readonly string[]): void {
  const [problem] = copiedFromSource(draftTexts(draft), offerTexts);
  if (!problem) return;
  throw new HandledError(
    'invalid_request',
    problem.code === 'SOURCE_HOST'
      ? `The ${problem.field} names a 1688/Alibaba address: use your own images and text.`
      : `The ${problem.field} repeats the 1688 offer's text: write your own.`,
    'listingCopied',
    { code: problem.code, field: problem.field },
  );
}

/** Message handlers: thin — the service reads and caches, the outbox writes. */
export function productHandlers(
  core: CoreServices,
  clients: CoupangClients,
  service: ProductService,
): Handlers<typeof productMessages> {
  async function meta(accountKey: string, code: string) {
    const client = await clients.get(accountKey);
    return toCategoryMetaView(code, await client.categories.meta(code, INTERACTIVE));
  }

  /** One outbox item per change (price, stock, sale are separate Coupang calls); bad edits get a refusal row. */
  async function queueEdits(accountKey: string, edits: OptionEdit[]) {
    const catalogue = await service.catalogue(accountKey);
    const batchId = crypto.randomUUID();
    const records: OutboxRecord[] = [];
    const queued = new Map<string, Array<{ targetId: string; payload: unknown }>>();
    const add = (type: string, targetId: string, payload: unknown) =>
      queued.set(type, [...(queued.get(type) ?? []), { targetId, payload }]);
    for (const edit of edits) {
      const { vendorItemId } = edit;
      const type =
        edit.price !== undefined
          ? PRODUCT_ACTIONS.setPrice
          : edit.stock !== undefined
            ? PRODUCT_ACTIONS.setStock
            : PRODUCT_ACTIONS.setSale;
      const facts = catalogue.facts(vendorItemId);
      const problem = facts
        ? (editProblem(edit, facts) ??
          (edit.price !== undefined && !edit.force && beyondPriceGuard(facts.salePrice, edit.price)
            ? { code: 'PRICE_GUARD_CONFIRM' }
            : undefined))
        : { code: 'OPTION_NOT_FOUND' };
      if (problem) {
        records.push(
          await core.outbox.recordRefusal(
            accountKey,
            type,
            { targetId: vendorItemId, payload: { vendorItemId } },
            batchId,
            {
              code: problem.code,
            },
          ),
        );
        continue;
      }
      if (edit.price !== undefined)
        add(PRODUCT_ACTIONS.setPrice, vendorItemId, { vendorItemId, price: edit.price, force: edit.force === true });
      if (edit.stock !== undefined) add(PRODUCT_ACTIONS.setStock, vendorItemId, { vendorItemId, stock: edit.stock });
      if (edit.sale !== undefined)
        add(PRODUCT_ACTIONS.setSale, vendorItemId, { vendorItemId, onSale: edit.sale === 'on' });
    }
    for (const [type, items] of queued) records.push(...(await core.outbox.enqueue(accountKey, type, items, batchId)));
    if (queued.size) void core.outbox.process(accountKey);
    return { batchId, items: records.map(outboxView) };
  }

  return {
    'products.list': async ({ accountKey, query, state, sale, offset, limit }) => {
      const catalogue = await service.catalogue(accountKey);
      const { total, rows } = catalogue.window({ query, state, sale }, offset, limit);
      return {
        total,
        products: catalogue.products.length,
        rows,
        ...(catalogue.fetchedAt !== undefined ? { fetchedAt: catalogue.fetchedAt } : {}),
        ...(catalogue.inflow ? { inflow: catalogue.inflow } : {}),
      };
    },

    'products.refresh': ({ accountKey }) => service.refresh(accountKey),

    'products.validateBulk': async ({ accountKey, text }) => {
      const catalogue = await service.catalogue(accountKey);
      return validateBulkEdits(text, {
        byId: (id) => catalogue.facts(id),
        bySku: (sku) => catalogue.factsBySku(sku),
      });
    },

    'products.edit': ({ accountKey, edits }) => queueEdits(accountKey, edits),

    'products.categoryMeta': ({ accountKey, displayCategoryCode }) => meta(accountKey, displayCategoryCode),

    'products.places': async ({ accountKey }) => {
      const client = await clients.get(accountKey);
      const [outbound, returns] = await Promise.all([
        client.logistics.listOutboundPlaces({ pageSize: 50 }, INTERACTIVE),
        client.logistics.listReturnCenters({ pageSize: 50 }, INTERACTIVE),
      ]);
      return {
        outbound: outbound.items.map((p) => ({ code: p.outboundShippingPlaceCode, name: p.shippingPlaceName ?? '' })),
        returnCenters: returns.items.map((r) => ({ code: r.returnCenterCode, name: r.shippingPlaceName ?? '' })),
      };
    },

    'products.create': async ({ accountKey, draft }) => {
      refuseCopied(draft, []);
      const categoryMeta = await meta(accountKey, draft.displayCategoryCode);
      const problems = draftProblems(draft, categoryMeta);
      if (problems.length)
        throw new HandledError('invalid_request', `The product is not complete: ${problems[0]!.code}`, 'productDraft', {
          problems: problems.length,
          first: problems[0]!.code,
        });
      // Coupang registers a product in the name of a Wing user: without the seller's Wing login id
      // the create would only be refused after the outbox sent it.
      const wingUserId = (await core.accounts.get(accountKey))?.wingUserId;
      if (!wingUserId)
        throw new HandledError(
          'invalid_request',
          'Product registration needs your Wing login id: add it to this connection in Options.',
          'wingUserIdMissing',
        );
      const payload: CreatePayload = {
        sellerSku: draft.items[0]!.sellerSku,
        productName: draft.name,
        body: productBody(draft, categoryMeta, wingUserId, core.now()),
      };
      const batchId = crypto.randomUUID();
      const records = await core.outbox.enqueue(
        accountKey,
        PRODUCT_ACTIONS.createProduct,
        [{ targetId: payload.sellerSku, payload }],
        batchId,
      );
      void core.outbox.process(accountKey);
      return { batchId, items: records.map(outboxView) };
    },

    'products.status': async ({ accountKey, sellerSku }) => {
      const client = await clients.get(accountKey);
      const [found] = await client.products.findBySellerSku(sellerSku, INTERACTIVE);
      if (!found) return {};
      const state = productState(found.statusName);
      const rejection =
        state === 'DENIED'
          ? rejectionReason(await client.products.histories(found.sellerProductId, INTERACTIVE))
          : undefined;
      // Approved options have their vendorItemIds now (what a product link names).
      const items =
        state === 'APPROVED' || state === 'PARTIAL_APPROVED'
          ? (await client.products.get(found.sellerProductId, INTERACTIVE)).items.flatMap((i) =>
              i.vendorItemId && i.externalVendorSku
                ? [{ sellerSku: i.externalVendorSku, vendorItemId: i.vendorItemId }]
                : [],
            )
          : undefined;
      return {
        product: {
          sellerProductId: found.sellerProductId,
          state,
          ...(found.statusName ? { statusName: found.statusName } : {}),
          ...(rejection ? { rejection } : {}),
          ...(items?.length ? { items } : {}),
        },
      };
    },
  };
}
