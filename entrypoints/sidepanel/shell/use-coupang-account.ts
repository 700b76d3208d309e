import { useState } from 'preact/hooks';
import { useAccounts } from './use-accounts';

/**
 * The connected Coupang accounts and the one an area shows (the seller's pick, else the first),
 * kept current when accounts change or all data is deleted. Every Coupang area uses it.
 */
export function useCoupangAccount() {
  const accounts = useAccounts();
  const coupang = (accounts.value?.accounts ?? []).filter((a) => a.marketplace === 'coupang');
  const [picked, setPicked] = useState<string>();
  const accountKey = coupang.find((a) => a.accountKey === picked)?.accountKey ?? coupang[0]?.accountKey;
  return { accounts, coupang, accountKey, setPicked };
}
