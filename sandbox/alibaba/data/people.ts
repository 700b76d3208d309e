import type { Rng } from '../../core/rng';
import { DISTRICTS, GIVEN_NAMES, STREETS, SURNAMES } from './dictionary';
import { mobile } from './ids';
import type { Party, Receiver } from './model';

export function chineseName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
}

/** A fictional receiver somewhere in Zhejiang or Guangdong. */
export function receiver(rng: Rng): Receiver {
  const d = rng.pick(DISTRICTS);
  const building = rng.chance(0.6) ? `${rng.int(1, 20)}幢${rng.int(1, 4)}单元${rng.int(1, 28)}0${rng.int(1, 6)}室` : '';
  return {
    fullName: chineseName(rng),
    mobile: mobile(rng),
    phone: '',
    province: d.province,
    city: d.city,
    area: d.area,
    town: rng.pick(d.towns),
    address: `${rng.pick(STREETS)}${rng.int(1, 999)}号${building}`,
    zip: d.zip,
    divisionCode: d.code,
  };
}

const PINYIN = ['xiao', 'mei', 'hua', 'long', 'jia', 'yu', 'chen', 'lin', 'tian', 'xin', 'hao', 'fang'];

/** A fictional buyer of a seeded seller's order (retail shop owners, small wholesalers). */
export function fictionalBuyer(rng: Rng): Party {
  const userId = `22${rng.digits(8)}`;
  const name = chineseName(rng);
  const shop = rng.chance(0.5);
  return {
    memberId: `b2b-${userId}`,
    loginId: shop ? `${name}的小店` : `${rng.pick(PINYIN)}${rng.pick(PINYIN)}${rng.int(10, 999)}`,
    userId,
    companyName: shop ? `${name}的小店` : '',
    contactName: name,
    mobile: mobile(rng),
  };
}
