import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ALIBABA_STAGES,
  ALIBABA_STATUS,
  COUPANG_STATES,
  COUPANG_STATUS,
  listStateOf,
} from '@/utils/domain/order-status';
import { LOCALES, translate } from '@/utils/i18n';
import { allMessages } from '@/utils/i18n/all';
import { orderStates } from '@/utils/i18n/dictionaries/order-states';
import { MARKET_TABS, orderStateKey, tabLabelKey } from '@/utils/ui/order-state';

const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('order states have one name everywhere', () => {
  it("Coupang's work states are Wing's words, in Wing's order", () => {
    expect(COUPANG_STATES.map((s) => translate('ko', tabLabelKey(s)))).toEqual([
      '결제완료',
      '상품준비중',
      '배송지시',
      '배송중',
      '배송완료',
      '출고중지요청',
    ]);
    // 배송지시 is its own state, apart from 배송중.
    expect(listStateOf({ marketplace: 'coupang', marketStatus: 'DEPARTURE', workState: 'awaitingPickup' })).toBe(
      'awaitingPickup',
    );
    expect(COUPANG_STATUS.DEPARTURE.workState).not.toBe(COUPANG_STATUS.DELIVERING.workState);
  });

  it("1688's stages are 1688's words, with the Korean a seller uses", () => {
    expect(ALIBABA_STAGES.map((s) => translate('zh_CN', tabLabelKey(s)))).toEqual([
      '待付款',
      '待发货',
      '已发货',
      '已收货',
      '交易成功',
      '交易关闭',
      '退款中',
    ]);
    expect(ALIBABA_STAGES.map((s) => translate('ko', tabLabelKey(s)))).toEqual([
      '결제대기',
      '발송대기',
      '발송완료',
      '수령완료',
      '거래완료',
      '거래종료',
      '환불요청',
    ]);
    // Every 1688 status is listed under a stage; no 1688 order lands in a Coupang tab.
    for (const status of Object.keys(ALIBABA_STATUS))
      expect(ALIBABA_STAGES).toContain(listStateOf({ marketplace: 'alibaba', marketStatus: status, workState: 'new' }));
  });

  it('every state, stage and tab is named in Korean, English and Chinese, each name once per marketplace', () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(orderStates.en)) expect(allMessages[locale][key], `${locale} ${key}`).toBeTruthy();
      for (const tabs of Object.values(MARKET_TABS)) {
        const names = tabs.map((tab) => translate(locale, tabLabelKey(tab)));
        expect(new Set(names).size, `${locale}: ${names.join(', ')}`).toBe(names.length);
      }
    }
    expect(
      translate('ko', orderStateKey({ marketplace: 'alibaba', marketStatus: 'cancel', workState: 'cancelled' })),
    ).toBe('거래종료');
  });

  it('no other dictionary names a state (no second word for the same state)', () => {
    const ours = new Set(Object.keys(orderStates.en));
    const stateLike =
      /\.(tab|state|ws)\.(new|toShip|awaitingPickup|inTransit|delivered|cancelRequested|cancelled|other)$/;
    const strays = Object.keys(allMessages.en).filter((k) => !ours.has(k) && stateLike.test(k));
    expect(strays).toEqual([]);
  });

  it('views, helpers, popup and notifications take state names only from utils/ui/order-state.ts', () => {
    // A view that spelled a state key itself ('state.new', `helper.state.${…}`, `orders.tab.${…}`)
    // could name the state differently from the others.
    const spelled = /['"`](?:state1688|state|helper\.state|orders\.tab|orders\.ws)\.(?:\$\{|[a-zA-Z]+['"`])/;
    const offenders = ['entrypoints', 'components', 'utils/background']
      .flatMap(sources)
      .filter((path) => spelled.test(readFileSync(join(ROOT, path), 'utf8')))
      .map((path) => relative(ROOT, join(ROOT, path)));
    expect(offenders).toEqual([]);
  });
});
