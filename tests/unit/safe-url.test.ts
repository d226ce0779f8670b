import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/data/safe-url.js';

describe('safeUrl', () => {
  it('lets http, https and mailto links through', () => {
    expect(safeUrl('https://en.wikipedia.org/wiki/Baku')).toBe('https://en.wikipedia.org/wiki/Baku');
    expect(safeUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    expect(safeUrl('/relative/page', 'https://news.example/story/')).toBe('https://news.example/relative/page');
  });

  it('refuses script and data schemes in every disguise', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).toBeNull();
    }
    expect(safeUrl(42)).toBeNull();
  });
});
