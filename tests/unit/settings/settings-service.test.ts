import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsService } from '@/utils/background/core/settings-service';
import { settingsHandlers } from '@/utils/background/handlers/system';
import { createDispatcher } from '@/utils/background/messaging/dispatcher';
import {
  ContentScriptRegistration,
  PAGE_HELPER_SCRIPT_ID,
  wantedMatches,
} from '@/utils/background/page-helpers/content-script-registration';
import { settingsMessages } from '@/utils/protocol/messages/settings';
import type { ClassifiedSender } from '@/utils/protocol/sender';
import { defaultSettings, type Settings, settingsPatchSchema } from '@/utils/settings/schema';
import { SETTINGS_VERSION } from '@/utils/settings/stored';
import { memoryScripting } from '../page-helpers/memory-scripting';

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

/** A seller's saved choices, every one different from its default. */
const CHOSEN = {
  language: 'ko',
  disabledHelpers: ['order-1688'],
  collapsedSites: ['wing.coupang.com'],
  cache: { piiTtlMinutes: 5, referenceTtlHours: 48 },
  sync: { intervalMinutes: 120 },
  notifications: {
    newOrders: true,
    shippingDeadline: true,
    deadlineHours: 12,
    cancelRequests: true,
    connectionProblems: true,
    newInquiries: false,
  },
  rocketGrowth: { reorderDays: 30 },
  restock: { coverDays: 45 },
} as const;

describe('settings patches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a patch schema fills in nothing: an absent section stays absent', () => {
    expect(settingsPatchSchema.parse({ sync: { intervalMinutes: 120 } })).toEqual({ sync: { intervalMinutes: 120 } });
    expect(settingsPatchSchema.parse({ notifications: { newOrders: true } })).toEqual({
      notifications: { newOrders: true },
    });
    expect(settingsPatchSchema.safeParse({ cache: { piiTtlMinutes: 5, extra: 1 } }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ cache: { piiTtlMinutes: 500 } }).success).toBe(false);
  });

  it('saving one section leaves every other section as stored', async () => {
    const settings = new SettingsService();
    await settings.update(structuredClone(CHOSEN) as never);
    await settings.update({ sync: { intervalMinutes: 120 } });
    await settings.update({ cache: { piiTtlMinutes: 5 } });
    await settings.update({ notifications: { deadlineHours: 12 } });
    await settings.update({ language: 'ko' });
    expect(await settings.get()).toEqual(CHOSEN);
  });

  it('two patches sent at once both land (they are applied one after the other to the stored value)', async () => {
    const settings = new SettingsService();
    const [a, b] = await Promise.all([
      settings.update({ cache: { piiTtlMinutes: 5 } }),
      settings.update({ sync: { intervalMinutes: 120 } }),
    ]);
    expect(a.cache.piiTtlMinutes).toBe(5);
    expect(b).toMatchObject({ cache: { piiTtlMinutes: 5 }, sync: { intervalMinutes: 120 } });
    expect(await settings.get()).toMatchObject({ cache: { piiTtlMinutes: 5 }, sync: { intervalMinutes: 120 } });
  });

  it('each change reads the stored value fresh: a second instance (a restarted worker) sees the change of the first', async () => {
    const first = new SettingsService();
    await first.update({ language: 'zh_CN' });
    const second = new SettingsService();
    await second.update({ sync: { intervalMinutes: 60 } });
    expect(await first.get()).toMatchObject({ language: 'zh_CN', sync: { intervalMinutes: 60 } });
  });

  it('a failed patch does not block the changes after it', async () => {
    const settings = new SettingsService();
    await expect(settings.update({ cache: { piiTtlMinutes: 1 } })).rejects.toThrow();
    await expect(settings.modify(() => ({ language: 'x' as never }))).rejects.toThrow();
    expect((await settings.update({ language: 'en' })).language).toBe('en');
    expect(await settings.get()).toEqual({ ...defaultSettings(), language: 'en' });
  });

  it('stores a versioned value and tells listeners the whole new settings', async () => {
    const settings = new SettingsService();
    const seen: unknown[] = [];
    settings.onChange((s) => seen.push(s));
    await settings.update({ language: 'en' });
    expect(await stored()).toEqual({ ...defaultSettings(), language: 'en', version: SETTINGS_VERSION });
    expect(seen).toEqual([{ ...defaultSettings(), language: 'en' }]);
  });
});

describe('settings messages', () => {
  beforeEach(() => fakeBrowser.reset());

  const setup = () => {
    const settings = new SettingsService();
    const scripting = memoryScripting();
    const registration = new ContentScriptRegistration(scripting.api);
    const syncHelperScripts = (s: Settings) => registration.sync(s.disabledHelpers);
    const dispatch = createDispatcher(settingsMessages, settingsHandlers({ settings, syncHelperScripts }), {
      onRejected: () => undefined,
      hasConsent: async () => true,
    });
    const page: ClassifiedSender = { kind: 'extension-page', url: 'chrome-extension://x/options.html' };
    const site = (siteHost: string): ClassifiedSender => ({
      kind: 'content-script',
      tabId: 1,
      pageUrl: `https://${siteHost}/`,
      siteHost,
    });
    const registered = () => scripting.scripts.get(PAGE_HELPER_SCRIPT_ID)?.matches ?? [];
    return { settings, dispatch, page, site, registered };
  };

  it('collapsing panels on two sites at once keeps both, and keeps every other setting', async () => {
    const { settings, dispatch, site } = setup();
    await settings.update({ cache: { piiTtlMinutes: 5 }, sync: { intervalMinutes: 120 } });
    const replies = await Promise.all([
      dispatch({ type: 'settings.setCollapsed', payload: { collapsed: true } }, site('wing.coupang.com')),
      dispatch({ type: 'settings.setCollapsed', payload: { collapsed: true } }, site('detail.1688.com')),
    ]);
    expect(replies.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    const after = await settings.get();
    expect([...after.collapsedSites].sort()).toEqual(['detail.1688.com', 'wing.coupang.com']);
    expect(after).toMatchObject({ cache: { piiTtlMinutes: 5, referenceTtlHours: 24 }, sync: { intervalMinutes: 120 } });
    await dispatch({ type: 'settings.setCollapsed', payload: { collapsed: false } }, site('wing.coupang.com'));
    expect((await settings.get()).collapsedSites).toEqual(['detail.1688.com']);
  });

  it('switching two helpers off at once keeps both off; each reply comes once the content script follows', async () => {
    const { settings, dispatch, page, registered } = setup();
    await Promise.all([
      dispatch({ type: 'settings.setHelperEnabled', payload: { helperId: 'offer-1688', enabled: false } }, page),
      dispatch({ type: 'settings.setHelperEnabled', payload: { helperId: 'order-1688', enabled: false } }, page),
    ]);
    expect([...(await settings.get()).disabledHelpers].sort()).toEqual(['offer-1688', 'order-1688']);
    expect(registered()).toEqual(wantedMatches(['offer-1688', 'order-1688']));
    await dispatch({ type: 'settings.setHelperEnabled', payload: { helperId: 'offer-1688', enabled: true } }, page);
    expect((await settings.get()).disabledHelpers).toEqual(['order-1688']);
    expect([...registered()].sort()).toEqual(wantedMatches(['order-1688']).sort());
    await dispatch(
      { type: 'settings.update', payload: { disabledHelpers: ['offer-1688', 'order-1688', 'wing-coupang'] } },
      page,
    );
    expect(registered()).toEqual([]);
    const unknown = await dispatch(
      { type: 'settings.setHelperEnabled', payload: { helperId: 'other', enabled: false } },
      page,
    );
    expect(unknown).toMatchObject({ ok: false });
  });

  it('settings.update takes a patch of one field of one section', async () => {
    const { settings, dispatch, page } = setup();
    await settings.update({ cache: { piiTtlMinutes: 5 } });
    const r = await dispatch({ type: 'settings.update', payload: { notifications: { newOrders: true } } }, page);
    expect(r).toMatchObject({ ok: true, data: { cache: { piiTtlMinutes: 5 }, notifications: { newOrders: true } } });
  });
});
