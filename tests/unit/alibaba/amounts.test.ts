import { describe, expect, it } from 'vitest';
import { fen, yuan } from '../../../utils/background/alibaba/api/amounts';
import { parseLosslessJson } from '../../../utils/background/net/lossless-json';

describe('money normalization: yuan (orders) and fen (preview/creation) into CNY fen', () => {
  it('turns double drift into exact fen', () => {
    expect(yuan(0.1 + 0.2)).toEqual({ currency: 'CNY', minor: 30 });
    expect(yuan(parseLosslessJson('0.30000000000000004') as number).minor).toBe(30);
    expect(yuan(1.1 * 3).minor).toBe(330); // 3.3000000000000003
    expect(yuan(0.07 * 100).minor).toBe(700);
  });

  it('reads yuan text and numbers alike', () => {
    expect(yuan('12.50').minor).toBe(1250);
    expect(yuan('105.2').minor).toBe(10520);
    expect(yuan(12345678.91).minor).toBe(1234567891);
    expect(yuan(10).minor).toBe(1000);
    expect(yuan(-0.01).minor).toBe(-1);
  });

  it('keeps fen as integers and refuses fractions', () => {
    expect(fen(2830)).toEqual({ currency: 'CNY', minor: 2830 });
    expect(fen('800').minor).toBe(800);
    expect(() => fen(28.3)).toThrow();
  });

  it('yuan and fen of the same amount agree', () => {
    expect(yuan(28.3).minor).toBe(fen(2830).minor);
  });
});
