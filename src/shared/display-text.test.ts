import { describe, expect, it } from 'vitest';
import { displayText, forDisplay } from './display-text';

describe('displayText', () => {
  it('removes bidirectional overrides, embeddings and isolates, and control characters', () => {
    expect(displayText('Read at \u202Emoc.elgoog\u202C now')).toBe('Read at moc.elgoog now');
    expect(displayText('a\u2066b\u2069c\u202Ad\u202Be')).toBe('abcde');
    expect(displayText('bell\u0007 and \u009B csi')).toBe('bell and  csi');
  });

  it('keeps right-to-left text, markup as text, new lines and tabs', () => {
    expect(displayText('قال الوزير')).toBe('قال الوزير');
    expect(displayText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(displayText('a\n\tb')).toBe('a\n\tb');
  });
});

describe('forDisplay', () => {
  it('cleans every string in plain data and leaves numbers and structure', () => {
    const state = { status: 'done', divergences: [{ start: 3, text: '\u202E005', others: [{ outlet: 'X\u202E', copies: [] }] }], n: null };
    expect(forDisplay(state)).toEqual({ status: 'done', divergences: [{ start: 3, text: '005', others: [{ outlet: 'X', copies: [] }] }], n: null });
  });
});
