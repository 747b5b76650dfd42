/**
 * Loads the English messages as what t() says when the browser gives none
 * (i18n.ts). Imported first by the background and the extension's pages; the
 * content script goes without, since it runs in every page and the messages
 * are about 43 KB.
 */
import english from '../../public/_locales/en/messages.json';
import { fallBackOn } from './i18n';

fallBackOn(english);
