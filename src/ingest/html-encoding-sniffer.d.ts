// html-encoding-sniffer ships no types; the one function Crossread calls (see decode-text.ts).
declare module 'html-encoding-sniffer' {
  /** The HTML standard's encoding sniffing: a byte-order mark, else a charset the page declares in its first 1024 bytes, else `defaultEncoding`. */
  export default function sniffHTMLEncoding(bytes: Uint8Array, options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string | null }): string | null;
}
