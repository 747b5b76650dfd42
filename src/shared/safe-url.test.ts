import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it('keeps http(s) addresses', () => {
    expect(safeUrl('https://www.themoscowtimes.com/2025/02/24/a')).toEqual({ href: 'https://www.themoscowtimes.com/2025/02/24/a', host: 'themoscowtimes.com' });
  });
  it('refuses every other scheme and non-addresses', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'chrome://settings', '/relative', 'not a url', '', null, undefined]) expect(safeUrl(bad)).toBeNull();
  });
});
