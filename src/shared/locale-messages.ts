/**
 * A message lookup over a `messages.json` table, as `browser.i18n.getMessage`
 * reads it: `$NAME$` placeholders stand for their `$1`…`$9` content, filled
 * from the substitutions; `$$` is a dollar sign. The CLI speaks with it (so
 * `crossread compare` says what the popup says, in the same words), and tests
 * read the real locale with it.
 */
import type { Messages } from './divergence-text';

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function messagesFrom(table: Readonly<Record<string, MessageEntry>>): Messages {
  return (key, ...substitutions) => {
    const entry = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
    if (!entry) return '';
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
    return entry.message.replace(/\$\$|\$([\w@]+)\$/g, (whole, name: string | undefined) => {
      if (!name) return '$';
      const p = entry.placeholders?.[name.toLowerCase()];
      return p ? fill(p.content) : whole;
    });
  };
}
