import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const PLAYBACK_STEP_MS = 2500;

/**
 * Play: steps through the events in time order every few seconds until the last, or until the reader acts. Off
 * (and the button disabled) while the reader prefers reduced motion, following the setting as it changes.
 */
export class PlaybackController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Moves to the next event; false when there is none (playback stops). */
  readonly #step: () => boolean;
  #timer: ReturnType<typeof setInterval> | null = null;
  #query: MediaQueryList | null = null;
  playing = false;
  motionAllowed = true;

  constructor(host: ReactiveControllerHost, step: () => boolean) {
    this.#host = host;
    this.#step = step;
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.motionAllowed = !this.#query.matches;
    this.#query.addEventListener('change', this.#onMotionChange);
  }

  hostDisconnected(): void {
    this.stop();
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

  #onMotionChange = (event: MediaQueryListEvent): void => {
    this.motionAllowed = !event.matches;
    if (!this.motionAllowed) this.stop();
    this.#host.requestUpdate();
  };
}
