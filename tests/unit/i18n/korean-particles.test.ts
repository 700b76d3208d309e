import { translate } from '@/utils/i18n';
import { interpolate, particle } from '@/utils/i18n/interpolate';
import { formatRelative } from '@/utils/ui/format';

describe('Korean particles after values (issue 12, bug 11)', () => {
  it('picks the form by how the value ends: syllables, digits as read, letters as named', () => {
    expect(particle('127.0.0.1', '을')).toBe('을'); // 일
    expect(particle('10.0.0.2', '을')).toBe('를'); // 이
    expect(particle('주문', '이')).toBe('이');
    expect(particle('쿠팡', '은')).toBe('은');
    expect(particle('사과', '은')).toBe('는');
    expect(particle('서울', '으로')).toBe('로'); // ㄹ
    expect(particle('부산', '으로')).toBe('으로');
    expect(particle('3', '으로')).toBe('으로'); // 삼
    expect(particle('1', '으로')).toBe('로'); // 일
    expect(particle('A00054321', '과')).toBe('과'); // 일
    expect(particle('Coupang', '을')).toBe('을'); // 쿠팡
    expect(particle('1688', '이')).toBe('이'); // 팔
    expect(particle('Wing', '이')).toBe('이');
    expect(particle('DHL', '을')).toBe('을'); // 엘
    expect(particle('UPS', '을')).toBe('를'); // 에스
    // Closing quotes, brackets and punctuation after the value are read past.
    expect(particle('‘사과’', '을')).toBe('를');
    expect(particle('“쿠팡”', '을')).toBe('을');
    expect(particle('주문 (A-12)', '이')).toBe('가'); // 이
    expect(particle('서울. ', '으로')).toBe('로');
  });

  it('fills {name:particle} in the dictionaries', () => {
    expect(interpolate('공인 IP {ip:을} 등록하세요', { ip: '127.0.0.1' })).toBe('공인 IP 127.0.0.1을 등록하세요');
    expect(translate('ko', 'err.ipNotAllowed.fix', { ip: '127.0.0.1' })).toContain('127.0.0.1을 등록');
    expect(translate('ko', 'err.ipNotAllowed.fix', { ip: '10.0.0.2' })).toContain('10.0.0.2를 등록');
    expect(translate('ko', 'notify.new.one', { id: '2000000000000005' })).toContain('2000000000000005가 발주확인');
    expect(translate('ko', 'notify.deadline.one', { id: '13', hours: 3 })).toContain('13을 3시간');
    // English and Chinese templates carry no particles.
    expect(translate('en', 'err.ipNotAllowed.fix', { ip: '127.0.0.1' })).toContain('127.0.0.1');
  });

  it('says a sync that just happened happened "just now", not the command "지금 동기화"', () => {
    const now = Date.parse('2026-12-04T09:00:00Z');
    const ko = translate('ko', 'orders.lastSynced', { time: formatRelative(now - 5_000, 'ko', now) });
    expect(ko).toBe('방금 동기화됨');
    expect(ko).not.toBe(translate('ko', 'popup.syncNow'));
    expect(translate('zh_CN', 'orders.lastSynced', { time: formatRelative(now - 5_000, 'zh_CN', now) })).toBe(
      '刚刚已同步',
    );
    expect(formatRelative(now - 5_000, 'en', now)).toBe('just now');
  });

  it('names a Chinese province 성(省), not the word for surname', () => {
    expect(translate('ko', 'alibaba.po.province')).toBe('성(省)');
  });
});
