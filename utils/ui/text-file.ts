/**
 * Decodes a seller's CSV: UTF-8 (with or without BOM) when it is valid UTF-8, otherwise the
 * Korean Windows code page (Excel's "CSV" on a Korean Windows saves CP949/EUC-KR), then GB18030
 * for Chinese Excel if the browser knows no Korean decoder.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view).replace(/^\uFEFF/, '');
  } catch {
    for (const label of ['euc-kr', 'gb18030']) {
      try {
        return new TextDecoder(label).decode(view);
      } catch {
        // try the next
      }
    }
    return new TextDecoder('utf-8').decode(view);
  }
}

/** Reads a picked file in the page (FileReader); nothing leaves the computer. */
export function readTextFile(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(decodeText(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
