/**
 * Hands a file to the browser's download (the seller picks where it goes, or it lands in
 * Downloads). The object URL lives a minute: long enough for the download to start.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
