import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageItem } from '@/utils/background/store/storage';
import { wipe } from '@/utils/background/store/wipe';

/**
 * Issue 13: storage reads are kept in memory (each one is a round trip to the browser process),
 * and what is kept never differs from what is stored.
 */
describe('storage reads kept in memory', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  const settings = () => storageItem<{ language: string; list?: string[] }>('settings');

  it('answers a repeated read without asking storage again', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ko' } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await settings().get()).toEqual({ language: 'ko' });
    expect(await settings().get()).toEqual({ language: 'ko' });
    expect(await storageItem<{ language: string }>('settings').get()).toEqual({ language: 'ko' });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reads its own write, and a write by another context', async () => {
    await settings().set({ language: 'ko' });
    expect(await settings().get()).toEqual({ language: 'ko' });
    await settings().set({ language: 'en' });
    expect(await settings().get()).toEqual({ language: 'en' });
    // Another context (an extension page) writes: the change event drops the kept value.
    await fakeBrowser.storage.local.set({ settings: { language: 'zh_CN' } });
    expect(await settings().get()).toEqual({ language: 'zh_CN' });
    await settings().remove();
    expect(await settings().get()).toBeUndefined();
  });

  it('gives each caller its own copy', async () => {
    await settings().set({ language: 'ko', list: ['a'] });
    for (let i = 0; i < 3; i++) (await settings().get())?.list?.push('changed by a caller');
    expect(await settings().get()).toEqual({ language: 'ko', list: ['a'] });
  });

  it('does not keep a read that a write overtook while it was on its way', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ko' } });
    const realGet = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const answer = await realGet(keys as string);
      await held; // the old value is read; the write lands before it is delivered
      return answer;
    });
    const slow = settings().get();
    await settings().set({ language: 'en' });
    release();
    expect(await slow).toEqual({ language: 'ko' });
    expect(await settings().get()).toEqual({ language: 'en' });
  });

  it('forgets everything kept when all data is deleted', async () => {
    await settings().set({ language: 'ko' });
    const accounts = storageItem<unknown[]>('accounts');
    await accounts.set([{ accountKey: 'coupang:A1' }]);
    expect(await settings().get()).toEqual({ language: 'ko' });
    expect(await accounts.get()).toHaveLength(1);
    await wipe('deleteAll');
    expect(await settings().get()).toBeUndefined();
    expect(await accounts.get()).toBeUndefined();
  });

  it('reads storage again once change events no longer reach it (listeners reset)', async () => {
    await settings().set({ language: 'ko' });
    expect(await settings().get()).toEqual({ language: 'ko' });
    fakeBrowser.reset(); // removes every listener and the stored values
    expect(await settings().get()).toBeUndefined();
  });
});
