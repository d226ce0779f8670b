import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const PLAYBACK_STEP_MS = 2500;

const YEAR = 365.25 * 86_400_000;

/**
 * The window that frames an event during playback: a year either side of a short event; for an event longer than
 * four years or without an end, its start with a year before and four after, so the step is about when it began.
 */
export function playbackWindow(start: number, end: number): { start: number; end: number } | null {
  if (!Number.isFinite(start)) return Number.isFinite(end) ? { start: end - 4 * YEAR, end: end + YEAR } : null;
  if (!Number.isFinite(end) || end - start > 4 * YEAR) return { start: start - YEAR, end: start + 4 * YEAR };
  return { start: start - YEAR, end: end + YEAR };
}

/**
 * Play: steps through the events in time order every few seconds until the last, or until the reader acts. Off
 * (and the button disabled) while the reader prefers reduced motion, following the setting as it changes.
 */
export class PlaybackController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** Moves to the next event; false when there is none (playback stops). */
  readonly #step: () => boolean;
  #timer: ReturnType<typeof setInterval> | null = null;
  #query: MediaQueryList | null = null;
  playing = false;
  motionAllowed = true;

  constructor(host: ReactiveControllerHost & HTMLElement, step: () => boolean) {
    this.#host = host;
    this.#step = step;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKey);
    this.#query = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.motionAllowed = !this.#query.matches;
    this.#query.addEventListener('change', this.#onMotionChange);
  }

  hostDisconnected(): void {
    this.stop();
    this.#host.removeEventListener('keydown', this.#onKey);
    this.#query?.removeEventListener('change', this.#onMotionChange);
    this.#query = null;
  }

  toggle(): void {
    if (this.playing) return this.stop();
    if (!this.motionAllowed) return;
    this.playing = true;
    this.#advance();
    if (this.playing) this.#timer = setInterval(() => this.#advance(), PLAYBACK_STEP_MS);
    this.#host.requestUpdate();
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    if (!this.playing) return;
    this.playing = false;
    this.#host.requestUpdate();
  }

  #advance(): void {
    if (!this.#step()) this.stop();
  }

  /** Escape anywhere in the element stops playback. */
  #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.stop();
  };

  #onMotionChange = (event: MediaQueryListEvent): void => {
    this.motionAllowed = !event.matches;
    if (!this.motionAllowed) this.stop();
    this.#host.requestUpdate();
  };
}
