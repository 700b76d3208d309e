/** Order models speak yuan (decimal numbers); preview/creation and `discount` speak fen (integers). */
export const yuan = (fen: number) => Math.round(fen) / 100;

/** 1688 image paths are relative; this is the CDN they resolve against (1688-api.md §3.4). */
export const IMAGE_CDN = 'https://cbu01.alicdn.com/';
