import { courierByCode, checkTrackingNumber as importCheck } from '@/utils/background/coupang/api/couriers';
import { checkTrackingNumber } from '@/utils/domain/tracking-number';

describe('one tracking-number check for the forms and the import (issue 12, bug 2)', () => {
  const cj = courierByCode('CJGLS');

  it('refuses an 11-digit CJ number and names the lengths CJ takes', () => {
    expect(checkTrackingNumber(cj?.rule, '51234567890')).toEqual({ ok: false, expected: 'digits:10|12' });
    expect(checkTrackingNumber(cj?.rule, '5123-4567-8901')).toEqual({ ok: true, value: '512345678901' });
  });

  it('is the check the CSV import uses, for every courier', () => {
    for (const raw of ['51234567890', '512345678901', 'EE123456789KR', '1234567890123']) {
      for (const code of ['CJGLS', 'HANJIN', 'KGB', 'EPOST', 'EMS', 'NOPE']) {
        const courier = courierByCode(code);
        expect(checkTrackingNumber(courier?.rule, raw)).toEqual(importCheck(courier, raw));
      }
    }
  });
});
