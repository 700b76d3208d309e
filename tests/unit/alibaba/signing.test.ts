import { describe, expect, it } from 'vitest';
import { ALIBABA_APIS, apiUrlPath } from '../../../utils/background/alibaba/api/api-catalog';
import { encodeAopParams } from '../../../utils/background/alibaba/api/param-encoding';
import { LocalSigner } from '../../../utils/background/alibaba/api/signer';
import { aopSignatureMessage, computeAopSignature, importAopKey } from '../../../utils/background/alibaba/api/signing';
import { RawJsonNumber } from '../../../utils/background/net/lossless-json';

// docs/1688-api.md §2.5
describe('_aop_signature', () => {
  it('matches the official vector A', async () => {
    const params = { b: '2', a: '1' };
    expect(aopSignatureMessage('param2/1/system/currentTime/1000000', params)).toBe(
      'param2/1/system/currentTime/1000000a1b2',
    );
    const signer = new LocalSigner('test123');
    expect(await signer.sign('param2/1/system/currentTime/1000000', params)).toBe(
      '33E54F4F7B989E3E0E912D3FBD2F1A03CA7CCE88',
    );
  });

  it('matches vector B (system params included, _ sorts first)', async () => {
    const urlPath = apiUrlPath(ALIBABA_APIS.buyerOrderDetail, '1000000');
    expect(urlPath).toBe('param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/1000000');
    const params = {
      access_token: 'f14da3b8-b0b1-4f73-a5de-9bed637e0188',
      orderId: '58218860983545941',
      webSite: '1688',
      _aop_timestamp: '1700000000000',
    };
    expect(aopSignatureMessage(urlPath, params)).toBe(
      'param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/1000000_aop_timestamp1700000000000access_tokenf14da3b8-b0b1-4f73-a5de-9bed637e0188orderId58218860983545941webSite1688',
    );
    expect(await new LocalSigner('test123').sign(urlPath, params)).toBe('838FACA0994C55C3E1AFD04403B3E942B7A8E4C4');
  });

  it('matches vector C (object param as compact UTF-8 JSON text)', async () => {
    const encoded = encodeAopParams({
      access_token: 'TOKEN',
      flow: 'general',
      addressParam: { fullName: '张三', mobile: '15251667788' },
    });
    expect(encoded.addressParam).toBe('{"fullName":"张三","mobile":"15251667788"}');
    const urlPath = apiUrlPath(ALIBABA_APIS.orderPreview, '1000000');
    expect(await new LocalSigner('test123').sign(urlPath, encoded)).toBe('A261CBAE06A2A5989BFE179B019FAA2897642BB3');
  });

  it('builds the input of vector D', () => {
    expect(aopSignatureMessage('param2/1/x/y/100', { b: '2', a: '1' })).toBe('param2/1/x/y/100a1b2');
  });

  it('sorts concatenated key+value strings, not keys (official rule)', () => {
    // by key would give "azab1"
    expect(aopSignatureMessage('p', { a: 'z', ab: '1' })).toBe('pab1az');
  });

  it('never signs _aop_signature itself', async () => {
    const key = await importAopKey('test123');
    const a = await computeAopSignature(key, 'p', { a: '1' });
    const b = await computeAopSignature(key, 'p', { a: '1', _aop_signature: 'X' });
    expect(a).toBe(b);
  });
});

describe('parameter encoding (§2.4)', () => {
  it('drops empty values and writes booleans and numbers as text', () => {
    expect(encodeAopParams({ a: undefined, b: null, c: '', d: true, e: false, f: 20, g: 12.5, h: 10n })).toEqual({
      d: 'true',
      e: 'false',
      f: '20',
      g: '12.5',
      h: '10',
    });
  });

  it('refuses unsafe integers as numbers; ids inside JSON stay bare digits', () => {
    expect(() => encodeAopParams({ orderId: 2 ** 60 })).toThrow(/unsafe integer/);
    const encoded = encodeAopParams({ orderIds: [new RawJsonNumber('3458291374628192837')] });
    expect(encoded.orderIds).toBe('[3458291374628192837]');
  });
});
