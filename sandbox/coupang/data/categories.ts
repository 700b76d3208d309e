/**
 * A small but real-shaped slice of Coupang's display-category tree, with the meta (attributes,
 * notices, certifications) the product APIs validate against, and the keywords the
 * category-recommendation emulation matches product names with.
 */
export interface CategoryNode {
  code: number;
  name: string;
  status: 'ACTIVE' | 'READY' | 'DISABLED';
  /** Also offered for Rocket Growth (registrationType=RFM). */
  rocketGrowth: boolean;
  children: CategoryNode[];
}

export interface LeafMeta {
  code: number;
  keywords: string[];
  attributes: Array<{
    name: string;
    required: boolean;
    dataType: 'STRING' | 'NUMBER';
    unit?: string;
    exposed: boolean;
  }>;
  notice: string;
  certification: string;
}

type Spec = [code: number, name: string, children?: Spec[], rocketGrowth?: boolean];

const TREE: Spec[] = [
  [77834, '가구/홈데코', [[77886, '조명', [[77890, '무드등/수면등']]]]],
  [
    62588,
    '가전/디지털',
    [
      [62593, '음향기기', [[62611, '블루투스 이어폰', [], true]]],
      [62666, '휴대폰 액세서리', [[62674, '충전 케이블', [], true]]],
    ],
    true,
  ],
  [66679, '도서', [[66680, '소설']]],
  [56112, '뷰티', [[56137, '클렌징 오일']]],
  [63897, '생활용품', [[63921, '세제', [[63950, '일반 섬유유연제', [], true]]]], true],
  [
    103371,
    '스포츠/레져',
    [
      [103418, '캠핑', [[103456, '캠핑 의자']]],
      [103661, '헬스/요가', [[103672, '요가매트']]],
    ],
  ],
  [
    59258,
    '식품',
    [
      [59259, '신선식품', [[59273, '사과']]],
      [59333, '쌀/잡곡', [[59335, '현미']]],
      [
        73132,
        '건강식품',
        [
          [73134, '비타민', [], true],
          [73138, '오메가3'],
        ],
      ],
    ],
    true,
  ],
  [102984, '완구/취미', [[103002, '블록놀이']]],
  [78647, '자동차용품', [[78700, '차량용 거치대']]],
  [
    80285,
    '주방용품',
    [
      [80298, '보온/보냉용품', [[80304, '텀블러', [], true]]],
      [80360, '조리도구', [[80365, '도마']]],
    ],
  ],
  [76844, '출산/유아동', [[76897, '물티슈', [[76898, '아기물티슈', [], true]]]], true],
  [
    69182,
    '패션의류잡화',
    [
      [69183, '여성패션', [[69184, '여성의류', [[69190, '가디건']]]]],
      [69467, '남성패션', [[69468, '남성의류', [[69470, '반소매 티셔츠']]]]],
    ],
  ],
  [65799, '반려/애완용품', [[65800, '고양이용품', [[65812, '고양이 모래', [], true]]]], true],
];

function build(spec: Spec): CategoryNode {
  const [code, name, children = [], rocketGrowth = false] = spec;
  return { code, name, status: 'ACTIVE', rocketGrowth, children: children.map(build) };
}

export const CATEGORY_ROOT: CategoryNode = {
  code: 0,
  name: 'ROOT',
  status: 'ACTIVE',
  rocketGrowth: true,
  children: TREE.map(build),
};

const byCode = new Map<number, CategoryNode>();
(function index(node: CategoryNode) {
  byCode.set(node.code, node);
  node.children.forEach(index);
})(CATEGORY_ROOT);

export function findCategory(code: number): CategoryNode | undefined {
  return byCode.get(code);
}

const qty = { name: '수량', required: true, dataType: 'NUMBER', unit: '개', exposed: true } as const;

export const LEAF_META: LeafMeta[] = [
  {
    code: 77890,
    keywords: ['무드등', '수면등', 'LED'],
    attributes: [qty, { name: '색상', required: false, dataType: 'STRING', exposed: true }],
    notice: '기타 재화',
    certification: 'KC_CERTIFICATION',
  },
  {
    code: 62611,
    keywords: ['이어폰', '블루투스', '노이즈'],
    attributes: [qty, { name: '색상', required: true, dataType: 'STRING', exposed: true }],
    notice: '소형전자',
    certification: 'KC_CERTIFICATION',
  },
  {
    code: 62674,
    keywords: ['케이블', '충전', 'USB'],
    attributes: [qty, { name: '길이', required: true, dataType: 'NUMBER', unit: 'm', exposed: true }],
    notice: '소형전자',
    certification: 'KC_CERTIFICATION',
  },
  { code: 66680, keywords: ['소설', '도서', '책'], attributes: [qty], notice: '서적', certification: 'NOT_REQUIRED' },
  {
    code: 56137,
    keywords: ['클렌징', '오일'],
    attributes: [qty, { name: '개당 용량', required: true, dataType: 'NUMBER', unit: 'ml', exposed: true }],
    notice: '화장품',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 63950,
    keywords: ['섬유유연제', '유연제'],
    attributes: [qty, { name: '개당 용량', required: true, dataType: 'NUMBER', unit: 'L', exposed: true }],
    notice: '기타 재화',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 103456,
    keywords: ['캠핑', '의자', '접이식'],
    attributes: [qty, { name: '색상', required: false, dataType: 'STRING', exposed: true }],
    notice: '기타 재화',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 103672,
    keywords: ['요가', '매트', '홈트'],
    attributes: [qty, { name: '두께', required: true, dataType: 'NUMBER', unit: 'mm', exposed: true }],
    notice: '스포츠용품',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 59273,
    keywords: ['사과', '햇사과', '부사'],
    attributes: [{ name: '총 중량', required: true, dataType: 'NUMBER', unit: 'kg', exposed: true }],
    notice: '농수축산물',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 59335,
    keywords: ['현미', '쌀', '잡곡'],
    attributes: [{ name: '총 중량', required: true, dataType: 'NUMBER', unit: 'kg', exposed: true }],
    notice: '농수축산물',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 73134,
    keywords: ['비타민', '비타민D', '멀티비타민'],
    attributes: [qty, { name: '총 수량', required: true, dataType: 'NUMBER', unit: '정', exposed: true }],
    notice: '건강기능식품',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 73138,
    keywords: ['오메가3', '오메가', '피쉬오일'],
    attributes: [qty, { name: '총 수량', required: true, dataType: 'NUMBER', unit: '캡슐', exposed: true }],
    notice: '건강기능식품',
    certification: 'NOT_REQUIRED',
  },
  { code: 103002, keywords: ['블록', '레고'], attributes: [qty], notice: '완구', certification: 'KC_CERTIFICATION' },
  {
    code: 78700,
    keywords: ['거치대', '차량용'],
    attributes: [qty],
    notice: '자동차용품',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 80304,
    keywords: ['텀블러', '보온병', '보냉'],
    attributes: [qty, { name: '개당 용량', required: true, dataType: 'NUMBER', unit: 'ml', exposed: true }],
    notice: '주방용품',
    certification: 'NOT_REQUIRED',
  },
  { code: 80365, keywords: ['도마', '원목'], attributes: [qty], notice: '주방용품', certification: 'NOT_REQUIRED' },
  {
    code: 76898,
    keywords: ['물티슈', '아기'],
    attributes: [{ name: '개당 매수', required: true, dataType: 'NUMBER', unit: '매', exposed: true }, qty],
    notice: '화장품',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 69190,
    keywords: ['가디건', '니트', '여성'],
    attributes: [
      { name: '색상', required: true, dataType: 'STRING', exposed: true },
      { name: '사이즈', required: true, dataType: 'STRING', exposed: true },
    ],
    notice: '의류',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 69470,
    keywords: ['티셔츠', '반팔', '남성'],
    attributes: [
      { name: '색상', required: true, dataType: 'STRING', exposed: true },
      { name: '사이즈', required: true, dataType: 'STRING', exposed: true },
    ],
    notice: '의류',
    certification: 'NOT_REQUIRED',
  },
  {
    code: 65812,
    keywords: ['고양이', '모래', '두부모래'],
    attributes: [{ name: '개당 용량', required: true, dataType: 'NUMBER', unit: 'L', exposed: true }, qty],
    notice: '기타 재화',
    certification: 'NOT_REQUIRED',
  },
];

export function leafMeta(code: number): LeafMeta | undefined {
  return LEAF_META.find((m) => m.code === code);
}
