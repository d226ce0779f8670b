import type { LoadedEvent } from '../data/loaded.js';
import { t } from '../common/i18n.js';
import { DAY, yearOf } from '../data/edtf.js';
import { dateFormatter, formatEventDate, isLongYear, longYearWords } from '../data/format-date.js';
import type { EventIndex } from './event-index.js';

/**
 * The words for an event: its accessible name and its tooltip lines, in one language. Accessible names are cached
 * per event: Intl formatting is too slow to repeat for every mark on every frame.
 */
export class EventText {
  readonly #index: EventIndex;
  readonly #lang: string;
  readonly #labels = new WeakMap<LoadedEvent, string>();

  constructor(index: EventIndex, lang: string) {
    this.#index = index;
    this.#lang = lang;
  }

  get lang(): string {
    return this.#lang;
  }

  laneLabel(event: LoadedEvent): string {
    const position = this.#index.positionOfId(event.id);
    return position < 0 ? event.category : (this.#index.lanes[this.#index.laneOf[position]]?.label ?? event.category);
  }

  date(event: LoadedEvent): string {
    return formatEventDate(event, this.#lang);
  }

  ariaLabel(event: LoadedEvent): string {
    let label = this.#labels.get(event);
    if (label === undefined) {
      label = `${event.title}, ${this.date(event)}, ${this.laneLabel(event)}`;
      this.#labels.set(event, label);
    }
    return label;
  }

  tooltip(event: LoadedEvent): string[] {
    const lines = [event.title, this.date(event), this.laneLabel(event)];
    if (event.when.approximate) lines.push(t(this.#lang, 'dateApproximate'));
    else if (event.when.uncertain) lines.push(t(this.#lang, 'dateUncertain'));
    return lines;
  }
}

/**
 * "8 Jun 2006" in the language (English when the browser does not know it), with the time of day when `withTime`;
 * a year of five digits and more in words ("4.6 billion years ago"), as a day means nothing out there.
 */
export function shortDate(time: number, lang: string, withTime = false): string {
  const year = yearOf(time);
  if (isLongYear(year)) return longYearWords(year, lang);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
  if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return dateFormatter(lang, options).format(time);
}

/** The plot's accessible name: how many events, the window shown, and the keys. */
export function timelineLabel(lang: string, count: number, window: { start: number; end: number } | null): string {
  return t(lang, 'timelineLabel', {
    events: t(lang, 'events', { n: count }),
    window: window ? t(lang, 'windowWords', windowWords(window, lang)) : '',
  });
}

/** A window's ends in words, with the times of day when it is under two days wide. */
function windowWords(window: { start: number; end: number }, lang: string): { from: string; to: string } {
  const withTime = window.end - window.start < 2 * DAY;
  return { from: shortDate(window.start, lang, withTime), to: shortDate(window.end, lang, withTime) };
}
