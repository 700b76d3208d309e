import { describe, expect, it } from 'vitest';
import { maskPhone } from '@/utils/privacy/masking';
import { formatKoreanPhone } from '@/utils/privacy/phone';

describe('formatKoreanPhone: numbers as a Korean seller writes them', () => {
  it.each([
    // Coupang safe numbers (안심번호), as the API gives them: E.164, bare digits, hyphenated.
    ['+8250532690325', '0505-3269-0325'],
    ['050532690325', '0505-3269-0325'],
    ['0505-3269-0325', '0505-3269-0325'],
    ['+82 502-1234-5678', '0502-1234-5678'],
    ['0082 505 3269 0325', '0505-3269-0325'],
    // Mobiles.
    ['+821012345678', '010-1234-5678'],
    ['+82 10-1234-5678', '010-1234-5678'],
    ['+82 (0)10 1234 5678', '010-1234-5678'],
    ['01012345678', '010-1234-5678'],
    ['0111234567', '011-123-4567'],
    // Seoul 02 (seven or eight digits after the area code).
    ['+8221234567', '02-123-4567'],
    ['0212345678', '02-1234-5678'],
    ['(02) 1234-5678', '02-1234-5678'],
    // Regional 0xx and internet phones.
    ['0311234567', '031-123-4567'],
    ['+82 64 712 3456', '064-712-3456'],
    ['07012345678', '070-1234-5678'],
    // Nationwide service numbers.
    ['15881234', '1588-1234'],
  ])('%s → %s', (raw, formatted) => {
    expect(formatKoreanPhone(raw)).toBe(formatted);
  });

  it.each([
    '+86 138 1234 5678', // a Chinese mobile from a 1688 order
    '+8613812345678',
    '13812345678',
    '0571-88157858', // Hangzhou landline: not a Korean shape (five middle digits)
    '12345',
    '',
    '문의: 010-1234-5678', // free text is not a number
  ])('leaves %j as it is', (raw) => {
    expect(formatKoreanPhone(raw)).toBe(raw);
  });
});

describe('maskPhone on Korean numbers', () => {
  it.each([
    ['+8250532690325', '0505-****-0325'],
    ['+821012345678', '010-****-5678'],
    ['0082-2-123-4567', '02-***-4567'],
    ['0505-3269-0325', '0505-****-0325'],
    ['010-1234-5678', '010-****-5678'],
    ['02-1234-5678', '02-****-5678'],
    ['031-123-4567', '031-***-4567'],
  ])('%s → %s', (raw, masked) => {
    expect(maskPhone(raw)).toBe(masked);
  });

  it('does not turn a Chinese number into a Korean one', () => {
    expect(maskPhone('+86 138 1234 5678')).toBe('+86 138 **** 5678');
    expect(maskPhone('010-12345678')).toBe('010-****5678'); // Beijing landline: separators kept
  });
});
