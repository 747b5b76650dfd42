/**
 * Bytes of a report file to text. Report files come from many tools: UTF-8
 * (with or without a byte-order mark), UTF-16 with a mark, or Windows-1252 as
 * in the WikiRef data set. Line ends become "\n". A saved page says its own
 * encoding: see decodeHtml.
 */
import sniffHtmlEncoding from 'html-encoding-sniffer';

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      // Not valid UTF-8: the single-byte encoding most often meant is Windows-1252
      // (a superset of Latin-1 in the printable range).
      text = decodeWindows1252(body);
    }
  }
  return text.replace(/\r\n?/g, '\n');
}

/**
 * A saved page's bytes to text, by the HTML standard's sniffing
 * (html-encoding-sniffer, as jsdom and browsers do): a byte-order mark, else
 * the charset the page declares in its first 1024 bytes (`<meta charset>`, or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`); a page that
 * declares none is read as decodeText reads any file.
 *
 * @example decodeHtml(bytesOf('<meta charset="windows-1251"><p>\xcf\xf0\xe8\xe2\xe5\xf2')) // '…<p>Привет'
 */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = sniffHtmlEncoding(bytes, { defaultEncoding: null });
  // Without a declaration, and for UTF-8 (which decodeText reads, marked or not), the usual reading.
  if (declared === null || declared === 'UTF-8' || declared === 'UTF-16LE' || declared === 'UTF-16BE') return decodeText(bytes);
  let text: string;
  if (declared === 'windows-1252') {
    // The label of "latin1", "ascii" and "iso-8859-1" too, as in browsers; decoded by our table (see decodeWindows1252).
    text = decodeWindows1252(bytes);
  } else {
    try {
      text = new TextDecoder(declared).decode(bytes);
    } catch {
      // An encoding this platform cannot decode (Node without full ICU): the usual reading rather than nothing.
      return decodeText(bytes);
    }
  }
  return text.replace(/\r\n?/g, '\n');
}

/** True when the bytes look like binary data rather than text (a NUL in the first 8 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

// 0x80–0x9F in Windows-1252; the rest of the byte range is Latin-1. Node's own
// TextDecoder('windows-1252') decodes as Latin-1 and gets these wrong.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j];
      chars[j] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}
