import { describe, expect, it } from 'vitest';
import { timelineAction } from '../../src/timeline/timeline-keymap.js';

describe('timelineAction', () => {
  it('maps every documented key to its action', () => {
    const table: [string, unknown][] = [
      ['ArrowRight', { type: 'step', direction: 1 }],
      ['ArrowLeft', { type: 'step', direction: -1 }],
      ['ArrowDown', { type: 'lane', direction: 1 }],
      ['ArrowUp', { type: 'lane', direction: -1 }],
      ['Home', { type: 'first' }],
      ['End', { type: 'last' }],
      ['Enter', { type: 'select' }],
      [' ', { type: 'select' }],
      ['Escape', { type: 'clear' }],
      ['+', { type: 'zoom', factor: 1.6 }],
      ['=', { type: 'zoom', factor: 1.6 }],
      ['-', { type: 'zoom', factor: 1 / 1.6 }],
      ['_', { type: 'zoom', factor: 1 / 1.6 }],
      ['0', { type: 'fit' }],
      ['PageUp', { type: 'pan', fraction: -0.8 }],
      ['PageDown', { type: 'pan', fraction: 0.8 }],
    ];
    for (const [key, action] of table) expect(timelineAction({ key }), key).toEqual(action);
  });

  it('leaves modified and unknown keys to the browser', () => {
    expect(timelineAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(timelineAction({ key: '+', ctrlKey: true })).toBeNull();
    expect(timelineAction({ key: '-', metaKey: true })).toBeNull();
    expect(timelineAction({ key: 'Tab' })).toBeNull();
    expect(timelineAction({ key: 'a' })).toBeNull();
  });
});
