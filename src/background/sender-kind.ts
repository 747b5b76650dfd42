/**
 * Who sent a message to the background, as far as the browser says: the
 * background answers each kind of sender on its own channel only.
 */

interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * What kind of sender this is: one of the extension's own pages (popup,
 * options: their address is inside the extension), a content script in a
 * tab's top frame (the only frame it runs in), or anything else (another
 * extension, a frame): null.
 *
 * @example senderKind({ id: 'x', url: 'chrome-extension://x/popup.html' }, 'x', 'chrome-extension://x/') // 'extension-page'
 */
export function senderKind(sender: SenderInfo, extensionId: string, extensionBase: string): 'extension-page' | 'content-script' | null {
  if (sender.id !== extensionId) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionBase)) return 'extension-page';
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && Number.isSafeInteger(tabId) && tabId >= 0 && sender.frameId === 0) return 'content-script';
  return null;
}
