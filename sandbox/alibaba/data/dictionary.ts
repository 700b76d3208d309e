/**
 * Word lists for fictional 1688 data: Chinese names, Zhejiang/Guangdong addresses with real
 * division codes, offer categories and suppliers. All people and companies are invented.
 */

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余叶程魏苏吕丁沈'.split('');

export const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '晓东',
  '建华',
  '志强',
  '海燕',
  '雪梅',
  '浩然',
  '子涵',
  '欣怡',
  '宇轩',
  '梓萱',
  '思远',
  '雨桐',
  '佳怡',
  '俊杰',
  '晨曦',
  '立新',
  '春燕',
  '国栋',
];

export interface District {
  province: string;
  city: string;
  area: string;
  /** 6-digit administrative division code (toDivisionCode). */
  code: string;
  zip: string;
  towns: readonly string[];
}

export const DISTRICTS: readonly District[] = [
  {
    province: '浙江省',
    city: '杭州市',
    area: '西湖区',
    code: '330106',
    zip: '310012',
    towns: ['文新街道', '翠苑街道'],
  },
  {
    province: '浙江省',
    city: '杭州市',
    area: '余杭区',
    code: '330110',
    zip: '311100',
    towns: ['五常街道', '仓前街道'],
  },
  {
    province: '浙江省',
    city: '杭州市',
    area: '滨江区',
    code: '330108',
    zip: '310051',
    towns: ['长河街道', '西兴街道'],
  },
  {
    province: '浙江省',
    city: '杭州市',
    area: '萧山区',
    code: '330109',
    zip: '311200',
    towns: ['城厢街道', '北干街道'],
  },
  {
    province: '浙江省',
    city: '宁波市',
    area: '鄞州区',
    code: '330212',
    zip: '315100',
    towns: ['首南街道', '钟公庙街道'],
  },
  {
    province: '浙江省',
    city: '金华市',
    area: '义乌市',
    code: '330782',
    zip: '322000',
    towns: ['稠城街道', '福田街道'],
  },
  {
    province: '浙江省',
    city: '温州市',
    area: '鹿城区',
    code: '330302',
    zip: '325000',
    towns: ['五马街道', '南汇街道'],
  },
  {
    province: '浙江省',
    city: '绍兴市',
    area: '柯桥区',
    code: '330603',
    zip: '312030',
    towns: ['柯桥街道', '华舍街道'],
  },
  {
    province: '广东省',
    city: '广州市',
    area: '白云区',
    code: '440111',
    zip: '510440',
    towns: ['三元里街道', '景泰街道'],
  },
  {
    province: '广东省',
    city: '广州市',
    area: '天河区',
    code: '440106',
    zip: '510630',
    towns: ['石牌街道', '林和街道'],
  },
  {
    province: '广东省',
    city: '广州市',
    area: '番禺区',
    code: '440113',
    zip: '511400',
    towns: ['市桥街道', '大石街道'],
  },
  {
    province: '广东省',
    city: '深圳市',
    area: '宝安区',
    code: '440306',
    zip: '518101',
    towns: ['新安街道', '西乡街道'],
  },
  {
    province: '广东省',
    city: '深圳市',
    area: '龙岗区',
    code: '440307',
    zip: '518172',
    towns: ['龙城街道', '坂田街道'],
  },
  {
    province: '广东省',
    city: '深圳市',
    area: '南山区',
    code: '440305',
    zip: '518052',
    towns: ['粤海街道', '南头街道'],
  },
  {
    province: '广东省',
    city: '佛山市',
    area: '顺德区',
    code: '440606',
    zip: '528300',
    towns: ['大良街道', '容桂街道'],
  },
  {
    province: '广东省',
    city: '汕头市',
    area: '澄海区',
    code: '440515',
    zip: '515800',
    towns: ['澄华街道', '凤翔街道'],
  },
];

export const STREETS = [
  '文一西路',
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '振兴路',
  '工业大道',
  '学院路',
  '环城北路',
  '创业路',
];

export interface Category {
  name: string;
  categoryId: number;
  unit: string;
  /** Unit price range in yuan. */
  price: [number, number];
  /** SKU axes: attribute id, display name and values. Empty = an offer without SKUs. */
  axes: ReadonlyArray<{ id: number; name: string; values: readonly string[] }>;
  titles: readonly string[];
  weightKg: [number, number];
}

export const CATEGORIES: readonly Category[] = [
  {
    name: '女式T恤',
    categoryId: 127424004,
    unit: '件',
    price: [12, 35],
    axes: [
      { id: 3216, name: '颜色', values: ['白色', '黑色', '杏色', '雾霾蓝'] },
      { id: 450, name: '尺码', values: ['S', 'M', 'L', 'XL'] },
    ],
    titles: ['夏季新款纯棉短袖T恤女宽松百搭上衣', '韩版ins风字母印花短袖女学生半袖', '重磅纯棉圆领打底衫女内搭'],
    weightKg: [0.15, 0.3],
  },
  {
    name: '收纳盒',
    categoryId: 1046713,
    unit: '个',
    price: [4, 18],
    axes: [
      { id: 3216, name: '颜色', values: ['透明', '米白', '浅灰'] },
      { id: 1234, name: '规格', values: ['小号', '中号', '大号'] },
    ],
    titles: ['桌面收纳盒塑料化妆品整理盒宿舍置物架', '抽屉式衣柜收纳箱家用衣服整理箱', '透明带盖储物盒可叠加零食收纳'],
    weightKg: [0.2, 1.2],
  },
  {
    name: '手机壳',
    categoryId: 1043489,
    unit: '个',
    price: [3, 12],
    axes: [
      { id: 3216, name: '颜色', values: ['透明', '磨砂黑', '奶油白'] },
      { id: 2176, name: '适用型号', values: ['iPhone 15', 'iPhone 15 Pro', 'iPhone 14'] },
    ],
    titles: ['适用苹果15手机壳透明防摔硅胶软壳', '磁吸液态硅胶手机壳全包镜头保护套', '简约磨砂情侣手机壳批发'],
    weightKg: [0.03, 0.06],
  },
  {
    name: '保温杯',
    categoryId: 1044015,
    unit: '个',
    price: [15, 45],
    axes: [
      { id: 3216, name: '颜色', values: ['星空蓝', '奶白', '樱花粉'] },
      { id: 1398, name: '容量', values: ['350ml', '500ml'] },
    ],
    titles: ['316不锈钢保温杯大容量便携水杯', '智能温显保温杯男女学生杯子可定制logo', '咖啡随行杯车载保温杯礼品'],
    weightKg: [0.3, 0.5],
  },
  {
    name: '儿童玩具',
    categoryId: 126502002,
    unit: '套',
    price: [8, 30],
    axes: [{ id: 1627, name: '款式', values: ['恐龙款', '工程车款', '公主款'] }],
    titles: ['儿童益智积木拼装玩具男孩女孩礼物', '创意解压捏捏乐地摊玩具批发', '宝宝早教磁力片拼图玩具'],
    weightKg: [0.2, 0.8],
  },
  {
    name: '数据线',
    categoryId: 1043501,
    unit: '条',
    price: [2, 9],
    axes: [
      { id: 3216, name: '颜色', values: ['白色', '黑色'] },
      { id: 1456, name: '长度', values: ['1米', '1.5米', '2米'] },
    ],
    titles: ['快充数据线Type-C适用华为安卓编织充电线', '三合一数据线一拖三多头充电线', '苹果PD快充线20W数据线'],
    weightKg: [0.03, 0.08],
  },
  {
    name: '厨房用品',
    categoryId: 1042956,
    unit: '套',
    price: [6, 25],
    axes: [],
    titles: ['硅胶厨具套装不粘锅专用锅铲汤勺', '家用多功能切菜器厨房擦丝器', '加厚耐热玻璃保鲜盒饭盒套装'],
    weightKg: [0.3, 1.5],
  },
];

export interface Supplier {
  memberId: string;
  loginId: string;
  userId: string;
  companyName: string;
  province: string;
  city: string;
  categoryIndexes: readonly number[];
}

/** Fictional third-party suppliers: the sellers of buyer-side (purchase) orders. */
export const SUPPLIERS: readonly Supplier[] = [
  {
    memberId: 'b2b-2201334567',
    loginId: '义乌佳品日用',
    userId: '2201334567',
    companyName: '义乌市佳品日用百货商行',
    province: '浙江省',
    city: '金华市',
    categoryIndexes: [1, 6],
  },
  {
    memberId: 'b2b-2204456712',
    loginId: '广州潮尚服饰厂',
    userId: '2204456712',
    companyName: '广州市白云区潮尚服饰厂',
    province: '广东省',
    city: '广州市',
    categoryIndexes: [0],
  },
  {
    memberId: 'b2b-2206678123',
    loginId: '鑫达数码配件',
    userId: '2206678123',
    companyName: '深圳市鑫达数码配件有限公司',
    province: '广东省',
    city: '深圳市',
    categoryIndexes: [2, 5],
  },
  {
    memberId: 'b2b-2207781234',
    loginId: '永康恒温杯业',
    userId: '2207781234',
    companyName: '永康市恒温杯业有限公司',
    province: '浙江省',
    city: '金华市',
    categoryIndexes: [3],
  },
  {
    memberId: 'b2b-2209912345',
    loginId: '澄海乐童玩具厂',
    userId: '2209912345',
    companyName: '汕头市澄海区乐童玩具厂',
    province: '广东省',
    city: '汕头市',
    categoryIndexes: [4],
  },
  {
    memberId: 'b2b-2212023456',
    loginId: '顺德美厨家居',
    userId: '2212023456',
    companyName: '佛山市顺德区美厨家居用品厂',
    province: '广东省',
    city: '佛山市',
    categoryIndexes: [6, 1],
  },
];

export interface Carrier {
  name: string;
  companyId: number;
  code: string;
  billPrefix: string;
  billDigits: number;
}

export const CARRIERS: readonly Carrier[] = [
  { name: '中通快递', companyId: 3, code: 'ZTO', billPrefix: '7', billDigits: 13 },
  { name: '圆通速递', companyId: 5, code: 'YTO', billPrefix: 'YT', billDigits: 13 },
  { name: '韵达快递', companyId: 8, code: 'YUNDA', billPrefix: '4', billDigits: 14 },
  { name: '申通快递', companyId: 6, code: 'STO', billPrefix: '77', billDigits: 12 },
  { name: '顺丰速运', companyId: 7, code: 'SF', billPrefix: 'SF', billDigits: 13 },
  { name: '极兔速递', companyId: 1006, code: 'JTSD', billPrefix: 'JT', billDigits: 13 },
];

export const BUYER_MEMOS = [
  '麻烦尽快发货，谢谢',
  '请用纸箱包装',
  '不要放发票',
  '周末不在家，工作日送',
  '颜色发错会退货',
];
export const SELLER_MEMOS = ['老客户，送小礼品', '已核对库存', '等面料到货再发', ''];
