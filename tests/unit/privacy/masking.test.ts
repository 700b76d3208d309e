import {
  maskAddress,
  maskCustomsCode,
  maskFreeText,
  maskName,
  maskPhone,
  maskPostcode,
  maskRecipient,
  type RecipientLike,
} from '@/utils/privacy/masking';

describe('maskName', () => {
  it.each([
    ['김철수', '김*수'],
    ['남궁민수', '남**수'],
    ['이영', '이*'],
    ['王小明', '王*明'],
    ['欧阳娜娜', '欧**娜'],
    ['李', '*'],
    ['Kim', 'K**'],
    ['John Smith', 'J******'],
    ['  김철수  ', '김*수'],
    ['', ''],
  ])('%s → %s', (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });

  it('never keeps more than the first character of a Latin name', () => {
    expect(maskName('Alexandra Johnson')).toMatch(/^A\*+$/);
  });
});

describe('maskPhone', () => {
  it.each([
    ['0502-1234-5678', '0502-****-5678'],
    ['050212345678', '0502****5678'],
    ['010-1234-5678', '010-****-5678'],
    ['01012345678', '010****5678'],
    ['02-123-4567', '02-***-4567'],
    ['031-123-4567', '031-***-4567'],
    ['(02) 1234-5678', '(02) ****-5678'],
    ['+82 10-1234-5678', '010-****-5678'],
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138 **** 5678'],
    ['+86 138 1234 5678', '+86 138 **** 5678'],
    ['+8613812345678', '+86138****5678'],
    ['0086-138-1234-5678', '0086-138-****-5678'],
    ['123-4567', '***-4567'],
    ['12345', '*****'],
  ])('%s → %s', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it('always hides the middle digits', () => {
    for (const p of ['0502-1234-5678', '010-9876-5432', '13912345678', '+82 10 1111 2222']) {
      const m = maskPhone(p);
      expect(m).toContain('***');
      expect(m.replace(/\D/g, '').length).toBeLessThanOrEqual(p.replace(/\D/g, '').length - 3);
    }
  });
});

describe('maskAddress', () => {
  it.each([
    ['서울특별시 강남구 테헤란로 123', '서울특별시 강남구 ***'],
    ['경기도 성남시 분당구 판교역로 235 101동 1001호', '경기도 성남시 ***'],
    ['浙江省杭州市余杭区文一西路969号', '浙江省杭州市***'],
    ['浙江省 杭州市 余杭区 文一西路969号', '浙江省 杭州市 ***'],
    ['上海市浦东新区世纪大道100号', '上海市浦东新***'],
    ['123 Main Street, Springfield', '***'],
    ['테헤란로 123', '테헤란로 ***'],
    ['서울시', '***'],
    ['', ''],
  ])('%s → %s', (input, masked) => {
    expect(maskAddress(input)).toBe(masked);
  });

  it('never keeps a house number', () => {
    for (const a of ['서울 강남구 테헤란로 123', '101동 1001호', '文一西路969号', '12 Rue de Rivoli']) {
      expect(maskAddress(a)).not.toMatch(/\d/);
    }
  });
});

describe('postcodes, customs codes, memos', () => {
  it('masks postcodes after two digits', () => {
    expect(maskPostcode('06236')).toBe('06***');
    expect(maskPostcode('310000')).toBe('31****');
    expect(maskPostcode('12')).toBe('**');
  });

  it('masks personal customs clearance codes (P + 12 digits)', () => {
    expect(maskCustomsCode('P123456789012')).toBe('P*********012');
    expect(maskCustomsCode(' p987654321098 ')).toBe('p*********098');
    expect(maskCustomsCode('P12')).toBe('***');
  });

  it('hides free text entirely (delivery memos, inquiries)', () => {
    expect(maskFreeText('문 앞에 놓아주세요 010-1234-5678')).toBe('********');
    expect(maskFreeText('放门口')).toBe('***');
    expect(maskFreeText(undefined)).toBeUndefined();
    expect(maskFreeText('')).toBe('');
  });
});

describe('maskRecipient', () => {
  it('C9: masks every personal field and keeps the shape', () => {
    const r = {
      name: '김철수',
      phone: '0502-1234-5678',
      postcode: '06236',
      address: '서울특별시 강남구 테헤란로 123',
      addressDetail: '101동 1001호',
      customsCode: 'P123456789012',
      memo: '부재 시 경비실',
    };
    const m = maskRecipient(r);
    expect(m).toEqual({
      name: '김*수',
      phone: '0502-****-5678',
      postcode: '06***',
      address: '서울특별시 강남구 ***',
      addressDetail: '***',
      customsCode: 'P*********012',
      memo: '********',
    });
    const text = JSON.stringify(m);
    for (const secret of ['철', '1234', '테헤란로', '101동', '456789', '경비실']) expect(text).not.toContain(secret);
  });

  it('leaves absent optional fields absent', () => {
    const m = maskRecipient<RecipientLike>({
      name: '王小明',
      phone: '13812345678',
      postcode: '310000',
      address: '浙江省杭州市余杭区',
      addressDetail: '',
    });
    expect(m.customsCode).toBeUndefined();
    expect(m.memo).toBeUndefined();
    expect(m.addressDetail).toBe('');
  });
});
