import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getChannel, RelationsChannel } from './channel.js';
import type { BusMessage, BusState } from './messages.js';

/** An element that can join a channel: by name (`channel` attribute) or by object (`bus`, set by a composite). */
export interface BusHost extends ReactiveControllerHost, HTMLElement {
  channel: string | null;
  bus: RelationsChannel | null;
}

/**
 * Joins the host's channel while it is connected, and rejoins when `channel` or `bus` changes. The host hears every
 * message but its own, and gets the channel's current state when it joins, so definition and loading order don't
 * matter. Without a channel name or bus the host is on a private channel of its own.
 */
export class BusController implements ReactiveController {
  #channel: RelationsChannel | null = null;
  #unsubscribe: (() => void) | null = null;
  readonly #host: BusHost;
  readonly #onMessage: (message: BusMessage, state: Readonly<BusState>) => void;
  readonly #onJoin: (state: Readonly<BusState>) => void;

  constructor(
    host: BusHost,
    handlers: {
      onMessage: (message: BusMessage, state: Readonly<BusState>) => void;
      onJoin: (state: Readonly<BusState>) => void;
    },
  ) {
    this.#host = host;
    this.#onMessage = handlers.onMessage;
    this.#onJoin = handlers.onJoin;
    host.addController(this);
  }

  get channel(): RelationsChannel | null {
    return this.#channel;
  }

  hostConnected(): void {
    this.#join();
  }

  hostUpdate(): void {
    if (this.#host.isConnected && this.#wanted() !== this.#channel) this.#join();
  }

  hostDisconnected(): void {
    this.#leave();
  }

  publish(message: BusMessage): void {
    this.#channel?.publish(message, this.#host);
  }

  #wanted(): RelationsChannel | null {
    const { bus, channel } = this.#host;
    if (bus) return bus;
    if (channel) return getChannel(channel, this.#host.ownerDocument);
    return this.#channel && this.#channel.name === null ? this.#channel : null;
  }

  #join(): void {
    this.#leave();
    const channel = this.#wanted() ?? new RelationsChannel();
    this.#channel = channel;
    this.#unsubscribe = channel.subscribe(this.#onMessage, this.#host);
    this.#onJoin(channel.state);
  }

  #leave(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }
}
