/**
 * Strings from _locales/ through browser.i18n; when the browser gives none
 * (seen in Chromium end-to-end runs under load: every message of the
 * extension came back empty, in the background and the popup alike), the
 * English messages bundled with the code where a script loads them
 * (`english-messages.ts`: the background and the extension's pages, not the
 * content script that runs in every page); the details or the key itself as
 * a last resort.
 *
 * Counted messages: browser.i18n has no plurals, so a message whose first
 * substitution is a count may have forms named `<key>_<category>`, the
 * category being the browser language's plural rule for the count
 * (Intl.PluralRules: "one" for 1 in English; "few", "many" in other
 * languages). `<key>` itself is the general form: "reportsCount" is
 * "$COUNT$ reports" and "reportsCount_one" "1 report".
 */
import browser from 'webextension-polyfill';

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
let bundled: Readonly<Record<string, LocaleMessage>> = {};

/** The messages to say when the browser gives none (english-messages.ts sets them). */
export function fallBackOn(messages: Readonly<Record<string, LocaleMessage>>): void {
  bundled = messages;
}

/** A message from the bundled ones, its placeholders filled as browser.i18n fills them; '' when there is none. */
function englishMessage(key: string, substitutions: readonly string[]): string {
  const m = Object.hasOwn(bundled, key) ? bundled[key] : undefined;
  if (!m) return '';
  return m.message.replace(/\$(\w+)\$|\$\$/g, (whole, placeholder: string | undefined) => {
    if (placeholder === undefined) return '$';
    const content = m.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

function message(key: string, substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || englishMessage(key, substitutions);
}

let rules: Intl.PluralRules | null = null;

function pluralRules(): Intl.PluralRules {
  if (!rules) {
    let lang = 'en';
    try {
      lang = browser.i18n.getUILanguage() || 'en';
    } catch {
      // No extension context (a test): English.
    }
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules('en');
    }
  }
  return rules;
}

/** The count a substitution spells ("1", "1,234", "1 234"), or null when it is not a count. */
export function countOf(substitution: string | undefined): number | null {
  if (substitution === undefined || !/^\d[\d,.\s]*$/.test(substitution)) return null;
  return Number(substitution.replace(/\D/g, ''));
}

export function t(key: string, ...substitutions: string[]): string {
  const count = countOf(substitutions[0]);
  if (count !== null) {
    const category = pluralRules().select(count);
    // "other" is the general form, the message named `key`.
    const form = category === 'other' ? '' : message(`${key}_${category}`, substitutions);
    if (form) return form;
  }
  // A message neither the browser nor the bundle has: its details say more than its name.
  return message(key, substitutions) || (substitutions.length > 0 ? substitutions.join(' ') : key);
}
