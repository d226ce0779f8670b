/**
 * A valid, unique DOM id for an event mark, whatever characters the event id holds: every character outside
 * `[A-Za-z0-9-]` (including `_` itself) becomes `_<hex code point>_`, so two different event ids never collide.
 */
export function markId(eventId: string, prefix = 'ev-'): string {
  let out = prefix;
  for (const char of eventId) {
    out += /[A-Za-z0-9-]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`;
  }
  return out;
}
