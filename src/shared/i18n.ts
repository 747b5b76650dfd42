/**
 * Strings from _locales/ through browser.i18n, with the key itself as a last
 * resort.
 *
 * Counted messages: browser.i18n has no plurals, so a message whose first
 * substitution is a count may have forms named `<key>_<category>`, the
 * category being the browser language's plural rule for the count
 * (Intl.PluralRules: "one" for 1 in English; "few", "many" in other
 * languages). `<key>` itself is the general form: "reportsCount" is
 * "$COUNT$ reports" and "reportsCount_one" "1 report".
 */
import browser from 'webextension-polyfill';

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
    const form = category === 'other' ? '' : browser.i18n.getMessage(`${key}_${category}`, substitutions);
    if (form) return form;
  }
  // A message the browser does not give (seen once in an end-to-end run in Chromium: the popup's error read
  // "popupError", the detail lost): its details say more than its name.
  return browser.i18n.getMessage(key, substitutions) || (substitutions.length > 0 ? substitutions.join(' ') : key);
}
