/** A language's words, built at build time by build/words-by-language.ts. */
declare module 'virtual:crossdock-words/*' {
  const words: Record<string, string>;
  export default words;
}
