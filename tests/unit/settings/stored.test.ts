import { defaultSettings } from '@/utils/settings/schema';
import { readStoredSettings, SETTINGS_VERSION, toStoredSettings } from '@/utils/settings/stored';

describe('stored settings: versioned, validated on read', () => {
  it('nothing stored reads as the defaults', () => {
    expect(readStoredSettings(undefined)).toEqual(defaultSettings());
    expect(readStoredSettings('garbage')).toEqual(defaultSettings());
  });

  it('the untagged object of earlier builds (version 1) migrates with every value kept', () => {
    const v1 = {
      language: 'zh_CN',
      disabledHelpers: ['offer-1688'],
      collapsedSites: ['wing.coupang.com'],
      cache: { piiTtlMinutes: 5, referenceTtlHours: 2 },
      sync: { intervalMinutes: 120 },
      notifications: {
        newOrders: true,
        shippingDeadline: false,
        deadlineHours: 3,
        cancelRequests: true,
        connectionProblems: false,
      },
    };
    // Fields and sections added since (new-inquiry notifications, issue 14; Rocket Growth's reorder
    // threshold, issue 15) take their defaults; the rest is kept.
    const read = {
      ...v1,
      notifications: { ...v1.notifications, newInquiries: true },
      rocketGrowth: defaultSettings().rocketGrowth,
      restock: defaultSettings().restock,
    };
    expect(readStoredSettings(v1)).toEqual(read);
    expect(toStoredSettings(readStoredSettings(v1))).toEqual({ ...read, version: SETTINGS_VERSION });
  });

  it('one invalid or missing field falls back to its own default, not the whole section or object', () => {
    const read = readStoredSettings({
      version: SETTINGS_VERSION,
      language: 'fr',
      disabledHelpers: ['order-1688'],
      cache: { piiTtlMinutes: 9999, referenceTtlHours: 48 },
      notifications: { newOrders: true },
    });
    expect(read).toEqual({
      ...defaultSettings(),
      disabledHelpers: ['order-1688'],
      cache: { piiTtlMinutes: 30, referenceTtlHours: 48 },
      notifications: { ...defaultSettings().notifications, newOrders: true },
    });
  });

  it('a value from a newer build is read for the fields this build knows', () => {
    expect(readStoredSettings({ version: SETTINGS_VERSION + 1, language: 'en', future: 1 })).toEqual({
      ...defaultSettings(),
      language: 'en',
    });
  });
});
