import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, Message>;

/** browser.i18n.getMessage as the browsers do it: named placeholders to $1…$9, "" for an unknown name. */
function getMessage(name: string, substitutions: string[] = []): string {
  const m = messages[name];
  if (!m) return '';
  return m.message.replace(/\$(\w+)\$/g, (_, placeholder: string) => {
    const content = m.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}
/** Off: the browser gives no message at all (seen in Chromium end-to-end runs under load). */
const browserGives = { messages: true };
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (name: string, subs: string[]) => (browserGives.messages ? getMessage(name, subs) : ''), getUILanguage: () => 'en-GB' } } }));

const { countOf, t } = await import('./i18n');
await import('./english-messages');

describe('t', () => {
  it('agrees with its count: the "_one" form for 1, the general form otherwise', () => {
    expect(t('reportsCount', '1')).toBe('1 report');
    expect(t('reportsCount', '0')).toBe('0 reports');
    expect(t('reportsCount', '2')).toBe('2 reports');
    expect(t('reportsCount', '1,001')).toBe('1,001 reports');
    expect(t('cardCopies', '1')).toBe('and 1 copy');
    expect(t('badgeRelatedOnly', '1')).toBe('Crossread: 1 related report, no differences found');
    expect(t('popupTooLargeElements', '1', '25,000')).toBe('It has 1 element; Crossread reads pages of up to 25,000.');
    expect(t('popupSkippedDivergences', '1')).toMatch(/^1 more difference was found/);
  });

  it('leaves messages without a count alone, and falls back to the key', () => {
    expect(t('cardReadAt', 'example.com')).toBe('Read it at example.com');
    expect(t('no-such-message')).toBe('no-such-message');
    // With details, the details: an error the browser's messages cannot word is still said.
    expect(t('no-such-message', 'index version 99 is not supported')).toBe('index version 99 is not supported');
  });

  it('says the English message when the browser gives none, placeholders and counts as the browser would', () => {
    browserGives.messages = false;
    try {
      expect(t('errorBundledIndex', 'the index is corrupt or truncated (header)')).toBe(getMessage('errorBundledIndex', ['the index is corrupt or truncated (header)']));
      expect(t('errorBundledIndex', 'x')).toContain('installation is damaged');
      expect(t('reportsCount', '1')).toBe('1 report');
      expect(t('reportsCount', '3')).toBe('3 reports');
      expect(t('no-such-message')).toBe('no-such-message');
      // Every message reads the same from the bundle as from the browser.
      browserGives.messages = true;
      const fromBrowser = Object.keys(messages).map((k) => t(k, '2', 'b', 'c'));
      browserGives.messages = false;
      expect(Object.keys(messages).map((k) => t(k, '2', 'b', 'c'))).toEqual(fromBrowser);
    } finally {
      browserGives.messages = true;
    }
  });

  it('reads counts as written for people, and nothing else as one', () => {
    expect([countOf('1'), countOf('12,345'), countOf('12\u202f345'), countOf('example.com'), countOf(''), countOf(undefined)]).toEqual([1, 12345, 12345, null, null, null]);
  });
});

describe('the English messages', () => {
  const counted = Object.keys(messages).filter((k) => !k.endsWith('_one') && messages[k].placeholders?.count?.content === '$1');

  it('give each counted message a singular form, with the same placeholders', () => {
    expect(counted.length).toBeGreaterThan(5);
    for (const key of counted) {
      const one = messages[`${key}_one`];
      expect(one, `${key}_one`).toBeDefined();
      expect(one.placeholders, key).toEqual(messages[key].placeholders);
    }
  });

  it('have no singular form without its general one, and no "1 reports"', () => {
    for (const key of Object.keys(messages).filter((k) => k.endsWith('_one'))) expect(messages[key.slice(0, -4)], key).toBeDefined();
    for (const key of counted) expect(t(key, '1', '1'), key).not.toMatch(/\b1 (?:reports|articles|copies|places|elements|characters|differences)\b/);
  });
});

describe('every English message', () => {
  it('is used: named in the code or the manifest, or made from a kind, subtype or verb kind', async () => {
    const { execFileSync } = await import('node:child_process');
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'manifest.json'], { encoding: 'utf8' }).split('\n').filter((f) => f && !f.endsWith('messages.json') && !/\.test\.tsx?$/.test(f));
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    // HoverCard.tsx makes these names from the divergence's kind, subtype and verb kind (subtypeLabel, verbKindLabel);
    // divergence-text.ts's measureText a measure's name with a subject ("measureDeadOf").
    const made = /^(?:kind|subtype|verbKind)[A-Z]|^measure[A-Z][a-z]+Of$/;
    const unused = Object.keys(messages)
      .map((k) => k.replace(/_one$/, ''))
      .filter((k) => !made.test(k) && !code.includes(`'${k}'`) && !code.includes(`"${k}"`) && !code.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
  });
});
