import { applyMessage, initialState, messageProblem, type BusMessage, type BusState } from './messages.js';

/**
 * A channel joins every element (and host-page script) that names it; elements on other channels never hear it.
 *
 * Named channels live on the document, not in this module, so two copies of the library on one page still meet on
 * the same name, and two documents (or a test's fixtures in different frames) never do. The shared record holds only
 * platform objects and plain data, so copies of different builds understand each other.
 */

export type BusListener = (message: BusMessage, state: Readonly<BusState>) => void;

export interface SharedChannel {
  readonly target: EventTarget;
  readonly state: BusState;
}

interface MessageDetail {
  readonly message: BusMessage;
  readonly sender: object | undefined;
}

// v2: the filter message names the hidden categories (v1 named the visible ones); builds of each never mix.
const REGISTRY_KEY = Symbol.for('relations-atlas.channels.v2');
const MESSAGE = 'relations-bus-message';

type RegistryHolder = { [REGISTRY_KEY]?: Map<string, SharedChannel> };

function sharedChannel(name: string, doc: Document): SharedChannel {
  const holder = doc as unknown as RegistryHolder;
  const registry = (holder[REGISTRY_KEY] ??= new Map());
  let shared = registry.get(name);
  if (!shared) registry.set(name, (shared = { target: new EventTarget(), state: initialState() }));
  return shared;
}

export class RelationsChannel {
  readonly name: string | null;
  readonly #shared: SharedChannel;

  /** A private channel; use `getChannel(name)` for a named one. */
  constructor(
    name: string | null = null,
    shared: SharedChannel = { target: new EventTarget(), state: initialState() },
  ) {
    this.name = name;
    this.#shared = shared;
  }

  get state(): Readonly<BusState> {
    return this.#shared.state;
  }

  /** Sends a message to every subscriber except `sender`'s own, so a view never hears its own echo. */
  publish(message: BusMessage, sender?: object): void {
    const problem = messageProblem(message);
    if (problem) {
      console.warn(`relations-atlas: a message on the channel "${this.name ?? '(private)'}" was ignored: ${problem}.`);
      return;
    }
    applyMessage(this.#shared.state, message);
    const detail: MessageDetail = { message, sender };
    this.#shared.target.dispatchEvent(new CustomEvent(MESSAGE, { detail }));
  }

  /** Calls `listener` for each message from anyone but `self`. Returns the function that unsubscribes. */
  subscribe(listener: BusListener, self?: object): () => void {
    const handler = (event: Event) => {
      const { message, sender } = (event as CustomEvent<MessageDetail>).detail;
      if (self !== undefined && sender === self) return;
      listener(message, this.#shared.state);
    };
    this.#shared.target.addEventListener(MESSAGE, handler);
    return () => this.#shared.target.removeEventListener(MESSAGE, handler);
  }

  /** Host-page shorthand: select events and/or places on every element of the channel. */
  select(selection: { eventIds?: readonly string[]; placeIds?: readonly string[] }): void {
    this.publish({
      type: 'select',
      selection: { eventIds: selection.eventIds ?? [], placeIds: selection.placeIds ?? [] },
    });
  }

  clearSelection(): void {
    this.publish({ type: 'select', selection: { eventIds: [], placeIds: [] } });
  }
}

const channelsByDocument = new WeakMap<Document, Map<string, RelationsChannel>>();

/** The channel of this name in `doc` (the current document by default). */
export function getChannel(name: string, doc: Document = document): RelationsChannel {
  let channels = channelsByDocument.get(doc);
  if (!channels) channelsByDocument.set(doc, (channels = new Map()));
  let channel = channels.get(name);
  if (!channel) channels.set(name, (channel = new RelationsChannel(name, sharedChannel(name, doc))));
  return channel;
}
