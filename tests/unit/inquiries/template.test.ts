import { fillTemplate, unfilledPlaceholders } from '@/utils/domain/reply-template';

describe('reply templates', () => {
  const values = { product: '여성 루즈핏 울 블렌드 니트 가디건', order: '20000000005942', date: '2026-12-05' };

  it('fills Korean and English placeholders per inquiry', () => {
    expect(fillTemplate('{상품명} 주문({주문번호}) {문의일} 문의 감사합니다.', values)).toBe(
      '여성 루즈핏 울 블렌드 니트 가디건 주문(20000000005942) 2026-12-05 문의 감사합니다.',
    );
    expect(fillTemplate('{product} / {order} / {date}', values)).toBe(
      '여성 루즈핏 울 블렌드 니트 가디건 / 20000000005942 / 2026-12-05',
    );
  });

  it('leaves a placeholder this inquiry has no value for visible, and lists it', () => {
    const text = fillTemplate('{상품명} 주문번호 {주문번호}', { product: '사과' });
    expect(text).toBe('사과 주문번호 {주문번호}');
    expect(unfilledPlaceholders(text)).toEqual(['{주문번호}']);
  });

  it('leaves braces that are not placeholders alone', () => {
    expect(fillTemplate('{고객님} {  } {상품명}', values)).toBe(`{고객님} {  } ${values.product}`);
    expect(unfilledPlaceholders('{고객님} 안녕하세요')).toEqual([]);
  });
});
