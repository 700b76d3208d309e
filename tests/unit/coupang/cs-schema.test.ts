import { callCenterInquirySchema } from '@/utils/background/coupang/cs/schemas';

describe('call-centre inquiry schema', () => {
  const base = { inquiryId: 123, content: 'x' };

  it('accepts vendorItemId as the sample sends it (an array) and as the table says (one id)', () => {
    expect(callCenterInquirySchema.parse({ ...base, vendorItemId: [32425960410, '32425960411'] }).vendorItemId).toEqual(
      ['32425960410', '32425960411'],
    );
    expect(callCenterInquirySchema.parse({ ...base, vendorItemId: 32425960410 }).vendorItemId).toEqual(['32425960410']);
    expect(callCenterInquirySchema.parse({ ...base, vendorItemId: null }).vendorItemId).toEqual([]);
  });

  it('still refuses something that is not an id', () => {
    expect(() => callCenterInquirySchema.parse({ ...base, vendorItemId: ['abc'] })).toThrow();
  });
});
