/** Links from data pass a scheme allowlist: `javascript:`, `data:` and their disguises never reach an href. */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL as an absolute string when its scheme is allowed, otherwise `null`. */
export function safeUrl(url: unknown, base = 'https://invalid.invalid/'): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    // URL strips tabs and newlines and lower-cases the scheme, as browsers do before following a link.
    parsed = new URL(url.trim(), base);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}
