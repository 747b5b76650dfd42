/**
 * Text from pages and indexes, made safe to show. Preact renders it as text,
 * never HTML, so markup in it is shown, not run; what is left is text that
 * misleads the eye: bidirectional controls (U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates) that can reverse what follows them, in
 * the string and beyond it ("Read at moc.elgoog"), and control characters.
 * Both are removed; right-to-left text itself is kept and shown in its own
 * direction (the popup and the card isolate each piece in CSS).
 *
 * @example displayText('evil\u202Etxt.exe') // 'eviltxt.exe'
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function displayText(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * A copy of plain data (a tab's state, a divergence) with every string passed
 * through `displayText`: for showing it, never for offsets into the text.
 */
export function forDisplay<T>(value: T): T {
  if (typeof value === 'string') return displayText(value) as T;
  if (Array.isArray(value)) return value.map((v) => forDisplay(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = forDisplay(v);
    return out as T;
  }
  return value;
}
