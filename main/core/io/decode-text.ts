import iconv from 'iconv-lite';

/**
 * Text files from Chinese Excel/WPS come as UTF-8 (with or without BOM) or GB18030/GBK. Decode UTF-8 when the bytes
 * are valid UTF-8, else GB18030 (a superset of GBK and GB2312).
 */
export function decodeChineseText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'gb18030'), encoding: 'gb18030' };
  }
}
