import { useEffect, useRef, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';
import type { InflowView, OptionRow, ProductState } from '@/utils/protocol/messages/products';
import { BLOCK, listRequest, takeOpeningRows } from './opening-rows';

export interface ProductFilter {
  query: string;
  state?: ProductState;
  sale: 'all' | 'onSale' | 'stopped' | 'soldOut';
}

/** A list key less its re-read count: the account and filter whose rows it asks for. */
const filterKeyOf = (listKey: string) => listKey.slice(0, listKey.lastIndexOf('|'));

/**
 * The option list of one account, read from the background's cached catalogue a block of rows at a
 * time as they scroll into view (the list is virtualized: 10,000 options never cross at once).
 * `refresh()` reads the products from Coupang again.
 */
export function useProducts(accountKey: string | undefined, filter: ProductFilter) {
  const [version, setVersion] = useState(0);
  const [head, setHead] = useState<{
    total: number;
    products: number;
    fetchedAt?: number;
    inflow?: InflowView;
    /** The filter these figures answer; none until a first block is in. */
    filterKey?: string;
  }>({ total: 0, products: 0 });
  const [error, setError] = useState<unknown>();
  const [refreshing, setRefreshing] = useState(false);
  const blocks = useRef(new Map<number, OptionRow[]>());
  const asked = useRef(new Set<number>());
  const [, bump] = useState(0);
  const key = `${accountKey}|${filter.query}|${filter.state ?? ''}|${filter.sale}|${version}`;
  const current = useRef(key);

  const fetchBlock = (block: number, forKey: string) => {
    if (!accountKey || asked.current.has(block)) return;
    asked.current.add(block);
    const request = listRequest(accountKey, filter, block);
    // The first block may already be on its way: sent as the area's tab was clicked.
    (takeOpeningRows(request) ?? send('products.list', request)).then(
      (r: ReplyOf<'products.list'>) => {
        if (current.current !== forKey) return;
        blocks.current.set(block, r.rows);
        setHead({
          total: r.total,
          products: r.products,
          fetchedAt: r.fetchedAt,
          inflow: r.inflow,
          filterKey: filterKeyOf(forKey),
        });
        bump((n) => n + 1);
      },
      (e) => {
        asked.current.delete(block);
        setError(e);
      },
    );
  };

  const filterKey = filterKeyOf(key);
  const shownFilter = useRef(filterKey);
  useEffect(() => {
    current.current = key;
    // A new filter starts empty; a re-read of the same filter keeps its rows until the new ones come.
    if (shownFilter.current !== filterKey) blocks.current = new Map();
    shownFilter.current = filterKey;
    asked.current = new Set();
    setError(undefined);
    fetchBlock(0, key);
  }, [key]);

  // An edit Coupang applied changes a row: read the rows again.
  useEvent(['outbox.changed', 'data.wiped'], () => setVersion((v) => v + 1));

  return {
    ...head,
    // Loaded means loaded for this filter: until a new filter's first answer, the old filter's
    // total (an empty list, say) says nothing about the new one's rows.
    loaded: head.filterKey === filterKey,
    error,
    refreshing,
    rowAt(index: number): OptionRow | undefined {
      return blocks.current.get(Math.floor(index / BLOCK))?.[index % BLOCK];
    },
    setVisible(first: number, last: number) {
      for (let b = Math.floor(first / BLOCK); b <= Math.floor(last / BLOCK); b++) fetchBlock(b, current.current);
    },
    async refresh() {
      if (!accountKey) return;
      setRefreshing(true);
      setError(undefined);
      try {
        await send('products.refresh', { accountKey });
        setVersion((v) => v + 1);
      } catch (e) {
        setError(e);
      } finally {
        setRefreshing(false);
      }
    },
  };
}

export type ProductsList = ReturnType<typeof useProducts>;
