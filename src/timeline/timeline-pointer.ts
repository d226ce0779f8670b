import { t } from '../common/i18n.js';
import type { LoadedEvent } from '../data/loaded.js';
import { binAt } from './bin-canvas.js';
import type { View } from './compute-view.js';
import { shortDate, type EventText } from './event-text.js';
import type { TimeWindowController } from './time-window-controller.js';
import type { TooltipController } from './tooltip-controller.js';

export interface TimelinePointerOptions {
  readonly root: () => ShadowRoot | HTMLElement;
  readonly view: () => View | null;
  readonly text: () => EventText | null;
  readonly eventById: (id: string) => LoadedEvent | null;
  readonly window: TimeWindowController;
  readonly tooltip: TooltipController;
  /** A click on an event: focus it (without the keyboard ring) and select it. */
  readonly choose: (event: LoadedEvent) => void;
  readonly hover: (event: LoadedEvent | null) => void;
  /** A click on empty space. */
  readonly clear: () => void;
}

/**
 * The pointer on the plot (pans and zooms are d3-zoom's): hovering a mark shares it and shows its tooltip, a bin
 * says how many events it holds; clicking a mark selects it, a bin zooms in on it, empty space clears the selection.
 */
export function timelinePointer(options: TimelinePointerOptions) {
  const eventAt = (pointer: Event): LoadedEvent | null => {
    const target = pointer.composedPath()[0] as Element | undefined;
    const id = target?.closest?.('[data-event-id]')?.getAttribute('data-event-id');
    return id ? options.eventById(id) : null;
  };
  const binUnder = (pointer: MouseEvent) => {
    const rect = options.root().querySelector('.plot')!.getBoundingClientRect();
    return binAt(options.view(), pointer.clientX - rect.left, pointer.clientY - rect.top);
  };
  return {
    move(pointer: PointerEvent): void {
      if (pointer.buttons) return;
      const event = eventAt(pointer);
      const frame = options.root().querySelector('.frame')!.getBoundingClientRect();
      const [x, y] = [pointer.clientX - frame.left, pointer.clientY - frame.top];
      options.hover(event);
      const text = options.text();
      if (event && text) return options.tooltip.show(`event:${event.id}`, () => text.tooltip(event), x, y);
      const bin = binUnder(pointer);
      if (!bin || !text) return options.tooltip.hide();
      const lines = () => [
        t(text.lang, 'binEvents', { n: bin.count, lane: bin.lane }),
        `${shortDate(bin.start, text.lang)} – ${shortDate(bin.end, text.lang)}`,
        t(text.lang, 'clickToZoom'),
      ];
      options.tooltip.show(`bin:${bin.lane}:${bin.start}:${bin.count}`, lines, x, y);
    },
    leave(): void {
      options.hover(null);
      options.tooltip.hide();
    },
    click(pointer: MouseEvent): void {
      const event = eventAt(pointer);
      if (event) return options.choose(event);
      const bin = binUnder(pointer);
      if (!bin) return options.clear();
      const pad = (bin.end - bin.start) * 0.5;
      options.window.show({ start: bin.start - pad, end: bin.end + pad }, true);
    },
  };
}
