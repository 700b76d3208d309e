import { decodeText } from '@/utils/ui/text-file';

describe('reading a seller CSV', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const utf8 = new TextEncoder().encode('묶음배송번호,택배사\n1,CJ대한통운');
    expect(decodeText(utf8)).toBe('묶음배송번호,택배사\n1,CJ대한통운');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(bom)).toBe('묶음배송번호,택배사\n1,CJ대한통운');
  });

  it('falls back to the Korean code page Excel uses on Korean Windows', () => {
    // "택배사" in EUC-KR / CP949.
    const eucKr = new Uint8Array([0xc5, 0xc3, 0xb9, 0xe8, 0xbb, 0xe7]);
    expect(decodeText(eucKr)).toBe('택배사');
  });
});
