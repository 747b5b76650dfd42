/** Strings from _locales/ through browser.i18n, with the key itself as a last resort. */
import browser from 'webextension-polyfill';

export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
