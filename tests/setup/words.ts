import { LOCALES, loadWords } from '@/utils/i18n';

// Pages load their seller's language before they render (components/page-start.ts); tests that
// render or translate get all three, from the same build-time words modules the pages load.
await Promise.all(LOCALES.map((locale) => loadWords(locale)));
