import type { SandboxControl } from './control';

/** The sandbox's inquiries of one vendor (control API), after its 24 h auto-close rule. */
export interface SandboxInquiries {
  now: number;
  online: Array<{ inquiryId: string; inquiryAt: number; answered: boolean; answers: string[] }>;
  callCenter: Array<{
    inquiryId: string;
    inquiryAt: number;
    partnerStatus: string;
    inquiryStatus: string;
    vendorAnswers: string[];
  }>;
}

const DAY = 86_400_000;
const KST = 9 * 3_600_000;

export const sandboxInquiries = (control: Pick<SandboxControl, 'call'>, vendorId: string) =>
  control.call<SandboxInquiries>('GET', `/coupang/inquiries?vendorId=${vendorId}`);

/** Midnight KST of the KST day `back` days before `now`: where Crossdock's windows start. */
function kstDayStart(now: number, back: number): number {
  return (Math.floor((now + KST) / DAY) - back) * DAY - KST;
}

/**
 * What Crossdock should count, from the sandbox's own records over the windows it reads: product
 * Q&A of the last 30 KST days, call-centre inquiries of the last 7.
 */
export function expectedInquiryCounts(s: SandboxInquiries) {
  const online = s.online.filter((q) => q.inquiryAt >= kstDayStart(s.now, 29));
  const calls = s.callCenter.filter((q) => q.inquiryAt >= kstDayStart(s.now, 6));
  const callWaiting = calls.filter((q) => q.partnerStatus === 'requestAnswer' || q.partnerStatus === 'transfer');
  const callAnswered = calls.filter((q) => q.vendorAnswers.length > 0);
  return {
    waiting: online.filter((q) => !q.answered).length + callWaiting.length,
    answered: online.filter((q) => q.answered).length + callAnswered.length,
    closed: calls.length - callWaiting.length - callAnswered.length,
  };
}
