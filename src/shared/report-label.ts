import type { ReportRef } from './message-shapes';

/**
 * The short name a report goes by in the card and the popup: its outlet, else
 * its site's host name, else the start of its title; null when nothing is known.
 */
export function reportLabel(ref: Partial<Pick<ReportRef, 'title' | 'outlet' | 'url'>> | undefined, max = 40): string | null {
  if (!ref) return null;
  if (ref.outlet) return ref.outlet;
  try {
    const u = ref.url ? new URL(ref.url) : null;
    if (u && (u.protocol === 'http:' || u.protocol === 'https:')) return u.hostname.replace(/^www\./, '');
  } catch {
    // Not an address: fall through to the title.
  }
  const title = (ref.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) return null;
  if (title.length <= max) return title;
  // Cut at the last word boundary that fits.
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

