/**
 * What each key does on the timeline's plot (its one tab stop). Pure: the element carries the action out. The zoom
 * factor is the one the `+` and `-` keys and the toolbar buttons share.
 */

export const KEY_ZOOM = 1.6;
export const PAGE_PAN = 0.8;

export type TimelineAction =
  | { readonly type: 'step'; readonly direction: -1 | 1 }
  | { readonly type: 'lane'; readonly direction: -1 | 1 }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'select' }
  | { readonly type: 'clear' }
  | { readonly type: 'zoom'; readonly factor: number }
  | { readonly type: 'fit' }
  | { readonly type: 'pan'; readonly fraction: number };

export interface KeyPress {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/** The action for a key press, or `null` to leave the key to the browser (modified keys, Tab, letters). */
export function timelineAction(press: KeyPress): TimelineAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  switch (press.key) {
    case 'ArrowRight':
      return { type: 'step', direction: 1 };
    case 'ArrowLeft':
      return { type: 'step', direction: -1 };
    case 'ArrowDown':
      return { type: 'lane', direction: 1 };
    case 'ArrowUp':
      return { type: 'lane', direction: -1 };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'clear' };
    case '+':
    case '=':
      return { type: 'zoom', factor: KEY_ZOOM };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / KEY_ZOOM };
    case '0':
      return { type: 'fit' };
    case 'PageUp':
      return { type: 'pan', fraction: -PAGE_PAN };
    case 'PageDown':
      return { type: 'pan', fraction: PAGE_PAN };
    default:
      return null;
  }
}
