/**
 * Fictional Korean buyers, addresses and products. Everything here is made up; combinations are
 * drawn by the seeded PRNG so the same seed always yields the same people.
 */
export const SURNAMES = [
  '김',
  '이',
  '박',
  '최',
  '정',
  '강',
  '조',
  '윤',
  '장',
  '임',
  '한',
  '오',
  '서',
  '신',
  '권',
  '황',
  '안',
  '송',
  '전',
  '홍',
];

export const GIVEN_NAMES = [
  '민준',
  '서연',
  '도윤',
  '지우',
  '하준',
  '서윤',
  '시우',
  '하은',
  '주원',
  '지민',
  '예준',
  '수아',
  '지호',
  '지유',
  '준서',
  '채원',
  '현우',
  '윤서',
  '건우',
  '다은',
  '우진',
  '예린',
  '선우',
  '소율',
  '연우',
  '가윤',
  '정우',
  '하린',
  '승현',
  '유나',
  '영숙',
  '정희',
  '미경',
  '순자',
  '상철',
  '영호',
  '경수',
  '혜진',
  '은정',
  '성민',
];

interface District {
  city: string;
  district: string;
  /** Inclusive range of 5-digit postcodes in this district. */
  postcodes: [number, number];
  roads: string[];
  /** Lot-number neighbourhoods (for some addresses written the old way). */
  dongs: string[];
}

export const DISTRICTS: District[] = [
  {
    city: '서울특별시',
    district: '강남구',
    postcodes: [6000, 6399],
    roads: ['테헤란로', '도산대로', '논현로', '삼성로', '압구정로'],
    dongs: ['역삼동', '삼성동', '대치동'],
  },
  {
    city: '서울특별시',
    district: '마포구',
    postcodes: [3900, 4199],
    roads: ['월드컵북로', '양화로', '독막로', '마포대로'],
    dongs: ['합정동', '망원동', '성산동'],
  },
  {
    city: '서울특별시',
    district: '송파구',
    postcodes: [5500, 5899],
    roads: ['올림픽로', '송파대로', '백제고분로', '오금로'],
    dongs: ['잠실동', '신천동', '가락동'],
  },
  {
    city: '서울특별시',
    district: '노원구',
    postcodes: [1600, 1899],
    roads: ['동일로', '노해로', '상계로'],
    dongs: ['상계동', '중계동', '하계동'],
  },
  {
    city: '서울특별시',
    district: '관악구',
    postcodes: [8700, 8899],
    roads: ['관악로', '남부순환로', '봉천로'],
    dongs: ['봉천동', '신림동'],
  },
  {
    city: '경기도',
    district: '성남시 분당구',
    postcodes: [13400, 13699],
    roads: ['판교역로', '정자일로', '불정로', '황새울로'],
    dongs: ['정자동', '서현동', '수내동'],
  },
  {
    city: '경기도',
    district: '수원시 영통구',
    postcodes: [16400, 16799],
    roads: ['광교중앙로', '매영로', '봉영로'],
    dongs: ['영통동', '매탄동', '이의동'],
  },
  {
    city: '경기도',
    district: '고양시 일산동구',
    postcodes: [10300, 10499],
    roads: ['중앙로', '정발산로', '일산로'],
    dongs: ['장항동', '마두동', '백석동'],
  },
  {
    city: '경기도',
    district: '화성시',
    postcodes: [18400, 18599],
    roads: ['동탄대로', '동탄순환대로', '노작로'],
    dongs: ['반송동', '청계동', '영천동'],
  },
  {
    city: '경기도',
    district: '용인시 수지구',
    postcodes: [16800, 16999],
    roads: ['포은대로', '수지로', '동천로'],
    dongs: ['풍덕천동', '죽전동', '상현동'],
  },
  {
    city: '부산광역시',
    district: '해운대구',
    postcodes: [48000, 48199],
    roads: ['해운대로', '센텀중앙로', '달맞이길'],
    dongs: ['우동', '중동', '좌동'],
  },
  {
    city: '부산광역시',
    district: '부산진구',
    postcodes: [47100, 47399],
    roads: ['중앙대로', '가야대로', '서면로'],
    dongs: ['부전동', '전포동', '양정동'],
  },
  {
    city: '부산광역시',
    district: '수영구',
    postcodes: [48200, 48299],
    roads: ['광안해변로', '수영로', '망미로'],
    dongs: ['광안동', '남천동', '민락동'],
  },
];

export const APARTMENTS = [
  '래미안',
  '푸르지오',
  '자이',
  '힐스테이트',
  '더샵',
  'e편한세상',
  '아이파크',
  '롯데캐슬',
  '센트레빌',
  '한신',
];

export const MEMOS = [
  '문 앞에 놓아주세요',
  '부재 시 경비실에 맡겨주세요',
  '배송 전에 연락 부탁드립니다',
  '공동현관 비밀번호 #1357* 입니다',
  '택배함에 넣어주세요',
  '직접 받고 부재 시 문 앞',
  '파손 주의 부탁드려요',
  '',
];

export const RETURN_REASONS = [
  {
    category1: '고객변심',
    category2: '단순변심(사유없음)',
    code: 'CHANGEMIND',
    text: '필요 없어짐 (단순 변심)',
    fault: 'CUSTOMER',
    charge: -3000,
  },
  {
    category1: '상품불량',
    category2: '상품이 파손됨',
    code: 'DAMAGED',
    text: '상품이 파손되어 배송됨',
    fault: 'VENDOR',
    charge: 3000,
  },
  {
    category1: '오배송',
    category2: '다른 상품 배송',
    code: 'WRONGITEM',
    text: '주문한 상품과 다른 상품이 배송됨',
    fault: 'VENDOR',
    charge: 3000,
  },
  {
    category1: '배송지연',
    category2: '배송이 늦어짐',
    code: 'DELAYED',
    text: '배송 예정일보다 늦게 도착함',
    fault: 'VENDOR',
    charge: 0,
  },
];

export const EXCHANGE_REASONS = [
  {
    code: 'DIFFERENTOPT',
    text: '색상/ 사이즈가 기대와 다름',
    detail: '베이지색 주문했는데 브라운이 왔습니다',
    fault: 'VENDOR',
  },
  {
    code: 'COMPOMISS',
    text: '상품의 구성품, 부속품이 제대로 들어있지 않음',
    detail: '충전 케이블이 빠져 있어요',
    fault: 'VENDOR',
  },
  { code: 'SIZEMISMATCH', text: '사이즈가 맞지 않음', detail: '한 치수 큰 걸로 교환 원합니다', fault: 'CUSTOMER' },
];

export const QUESTIONS = [
  '언제 출고되나요? 이번 주 안에 받을 수 있을까요?',
  '사이즈가 정사이즈인가요? 평소 M 입습니다.',
  '색상이 사진과 같은가요?',
  '선물 포장 가능한가요?',
  '유통기한이 언제까지인가요?',
  '재입고 예정이 있나요?',
  '묶음배송 되나요? 두 개 주문하려고 합니다.',
  '제주도 추가 배송비가 얼마인가요?',
];

export const CALL_CENTER_TOPICS = [
  {
    category: '배송문의>배송지연>출고지연문의',
    content: '[판매자이관] 고객님께서 출고 일정 확인을 요청하셨습니다. 예상 출고일 회신 부탁드립니다.',
  },
  {
    category: '취소/반품 후단관리>회수확인>고객반송확인',
    content: '[입고완료이관] 고객 반송 상품이 입고 완료로 확인됩니다. 환불승인 부탁드립니다.',
  },
  {
    category: '상품문의>상품정보>구성문의',
    content: '[판매자이관] 구성품 누락 문의입니다. 누락 여부 확인 후 회신 부탁드립니다.',
  },
  {
    category: '기타문의>기타>전상담사통화요청',
    content: '[판매자이관] 고객님이 판매자와 통화를 원하십니다. 연락 부탁드립니다.',
  },
];

export const COURIER_NAMES: Record<string, string> = {
  CJGLS: 'CJ 대한통운',
  HANJIN: '한진택배',
  HYUNDAI: '롯데택배',
  KGB: '로젠택배',
  EPOST: '우체국택배',
  KDEXP: '경동택배',
  ILYANG: '일양로지스',
  CHUNIL: '천일택배',
  DAESIN: '대신택배',
  HDEXP: '합동택배',
  CVS: 'CVS편의점택배',
  REGISTPOST: '우편등기',
  DIRECT: '업체직송',
};

export interface ProductTemplate {
  name: string;
  brand: string;
  category: number;
  options: string[];
  price: number;
  overseas?: boolean;
  adult?: boolean;
  /** The exposed attribute values per option (same order as `options`). */
  attr: (option: string) => Array<[string, string]>;
}

const colorQty = (o: string): Array<[string, string]> => [
  ['수량', '1개'],
  ['색상', o],
];

export const PRODUCT_TEMPLATES: ProductTemplate[] = [
  {
    name: '노이즈캔슬링 무선 블루투스 이어폰 ANC-5',
    brand: '사운드핏',
    category: 62611,
    options: ['화이트', '블랙', '미드나잇 블루'],
    price: 39900,
    attr: colorQty,
  },
  {
    name: 'USB-C to C 고속충전 케이블 PD 100W',
    brand: '차지온',
    category: 62674,
    options: ['1m', '2m'],
    price: 8900,
    attr: (o) => [
      ['수량', '1개'],
      ['길이', o],
    ],
  },
  {
    name: '스테인리스 진공 보온보냉 텀블러 500ml',
    brand: '써모하임',
    category: 80304,
    options: ['실버', '네이비', '민트'],
    price: 15900,
    attr: (o) => [
      ['수량', '1개'],
      ['개당 용량', '500ml'],
      ['색상', o],
    ],
  },
  {
    name: '통원목 캠핑 도마 대형 40cm',
    brand: '나무공방',
    category: 80365,
    options: ['대형', '특대형'],
    price: 24800,
    attr: () => [['수량', '1개']],
  },
  {
    name: '여성 루즈핏 울 블렌드 니트 가디건',
    brand: '데일리모먼트',
    category: 69190,
    options: ['아이보리 FREE', '베이지 FREE', '차콜 FREE'],
    price: 32000,
    attr: (o) => [
      ['색상', o.split(' ')[0]],
      ['사이즈', 'FREE'],
    ],
  },
  {
    name: '남성 쿨론 기능성 반팔 티셔츠',
    brand: '액티브런',
    category: 69470,
    options: ['블랙 95', '블랙 100', '그레이 100', '그레이 105'],
    price: 12900,
    attr: (o) => [
      ['색상', o.split(' ')[0]],
      ['사이즈', o.split(' ')[1]],
    ],
  },
  {
    name: '경북 청송 햇 부사 사과 5kg',
    brand: '청송농협',
    category: 59273,
    options: ['가정용 중과 5kg', '선물용 대과 5kg'],
    price: 35900,
    attr: () => [['총 중량', '5kg']],
  },
  {
    name: '유기농 찰현미 4kg 2025년산',
    brand: '들녘',
    category: 59335,
    options: ['4kg', '8kg'],
    price: 21900,
    attr: (o) => [['총 중량', o]],
  },
  {
    name: '순한 아기물티슈 캡형 100매 10팩',
    brand: '베베숲',
    category: 76898,
    options: ['10팩', '20팩'],
    price: 16900,
    attr: (o) => [
      ['개당 매수', '100매'],
      ['수량', o.replace('팩', '개')],
    ],
  },
  {
    name: '초경량 접이식 캠핑 의자 릴렉스',
    brand: '아웃도어랩',
    category: 103456,
    options: ['카키', '베이지', '블랙'],
    price: 45900,
    attr: colorQty,
  },
  {
    name: 'TPE 홈트 요가매트 10mm',
    brand: '핏앤밸런스',
    category: 103672,
    options: ['퍼플', '민트', '그레이'],
    price: 19800,
    attr: (o) => [
      ['수량', '1개'],
      ['두께', '10mm'],
      ['색상', o],
    ],
  },
  {
    name: '먼지없는 고양이 두부모래 7L',
    brand: '냥스토리',
    category: 65812,
    options: ['오리지널 3개', '녹차 3개'],
    price: 18900,
    attr: () => [
      ['개당 용량', '7L'],
      ['수량', '3개'],
    ],
  },
  {
    name: 'LED 무드등 수면등 터치 3단 밝기',
    brand: '루미홈',
    category: 77890,
    options: ['웜화이트', '쿨화이트'],
    price: 13900,
    attr: colorQty,
  },
  {
    name: '차량용 핸드폰 송풍구 거치대 무선충전',
    brand: '드라이브원',
    category: 78700,
    options: ['블랙'],
    price: 27900,
    attr: () => [['수량', '1개']],
  },
  {
    name: '대용량 실내건조 섬유유연제 3.1L',
    brand: '포근향',
    category: 63950,
    options: ['코튼향 1개', '코튼향 2개'],
    price: 12900,
    attr: (o) => [
      ['개당 용량', '3.1L'],
      ['수량', o.endsWith('2개') ? '2개' : '1개'],
    ],
  },
  {
    name: '[해외직구] 비타민D3 5000IU 360정',
    brand: '뉴트리코어',
    category: 73134,
    options: ['1병', '2병'],
    price: 23900,
    overseas: true,
    attr: (o) => [
      ['수량', o.replace('병', '개')],
      ['총 수량', '360정'],
    ],
  },
  {
    name: '[해외직구] 트리플 스트렝스 오메가3 180캡슐',
    brand: '오션퓨어',
    category: 73138,
    options: ['1병', '3병'],
    price: 31900,
    overseas: true,
    attr: (o) => [
      ['수량', o.replace('병', '개')],
      ['총 수량', '180캡슐'],
    ],
  },
  {
    name: '[해외직구] 호환 블록 시티 트레인 세트 1,200pcs',
    brand: '브릭타운',
    category: 103002,
    options: ['기본 세트'],
    price: 59000,
    overseas: true,
    attr: () => [['수량', '1개']],
  },
  {
    name: '해피 클렌징 오일 200ml',
    brand: '해피바스',
    category: 56137,
    options: ['200ml 1개', '200ml 2개'],
    price: 12800,
    attr: (o) => [
      ['수량', o.endsWith('2개') ? '2개' : '1개'],
      ['개당 용량', '200ml'],
    ],
  },
  {
    name: '장편소설 바다의 시간 (양장본)',
    brand: '한빛문고',
    category: 66680,
    options: ['단권'],
    price: 16200,
    attr: () => [['수량', '1개']],
  },
];
