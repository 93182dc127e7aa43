// Files the clerk takes away (the county package, CSV tables) are handed over as a download: in the browser it lands
// in the download folder, in Electron the save dialog asks where — usually a USB stick.

/** Starts the download of `blob` under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns, but some browsers read the URL a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A CSV that Excel and WPS open with the Chinese intact: UTF-8 with a byte-order mark (without it Excel reads the
 * file as GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.
 */
export function csvBlob(rows: readonly (readonly string[])[]): Blob {
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

/** Characters Windows forbids in file names become '_' (a township or village name must not break the save). */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '_').trim();
}
