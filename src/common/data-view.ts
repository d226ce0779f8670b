import { LitElement, type PropertyDeclarations } from 'lit';
import type { RelationsChannel } from '../bus/channel.js';
import type { Diagnostic } from '../data/diagnostics.js';
import type { GeojsonFields } from '../data/geojson.js';
import type { LoadedDataset } from '../data/loaded.js';
import type { Theme } from './shared-styles.js';
import { LanguageController } from './language-controller.js';

/**
 * What the timeline and the map have in common as elements: where their data comes from, the channel they join,
 * their language, and their loading state. Each view adds its own attributes and draws the data its own way.
 */
export class RelationsDataView extends LitElement {
  /** Fetches the catalogue of the element's language when it is not here yet. */
  protected readonly languages = new LanguageController(this);

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    placesSrc: { attribute: 'places-src' },
    geojsonFields: { attribute: 'geojson-fields' },
    channel: { reflect: true },
    bus: { attribute: false },
    data: { attribute: false },
    lang: { reflect: true },
    dir: { reflect: true },
    quiet: { type: Boolean, reflect: true },
    theme: { reflect: true },
    wheelZoom: { type: Boolean, reflect: true, attribute: 'wheel-zoom' },
    debug: { type: Boolean, reflect: true },
    timeout: { type: Number },
    problemsDismissed: { state: true, attribute: false },
    loadedData: { state: true, attribute: false },
    diagnostics: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** URL of a JSON, GeoJSON or CSV data set. */
  declare src: string | null;
  /** URL of the places (a places CSV or a GeoJSON FeatureCollection of Points) for the data at `src`. */
  declare placesSrc: string | null;
  /**
   * Which GeoJSON properties hold a place's or an event's fields: `"name:place, date:time, title:title"` as an
   * attribute, or `{name: 'place', date: 'time'}`. Fields: id, name, kinds, country, date, title, category,
   * description, url. Bad entries are reported with the data's problems.
   */
  declare geojsonFields: string | GeojsonFields | null;
  /** Name of the bus channel shared with other views. */
  declare channel: string | null;
  /** A channel object, set by a composite element instead of `channel`. */
  declare bus: RelationsChannel | null;
  /** A data set object, a loaded data set or JSON text. */
  declare data: unknown;
  /** Language of dates and labels (BCP 47). Falls back to the page's language, then English. */
  declare lang: string;
  /** `rtl` or `ltr` to set the layout direction here; by default the nearest `dir` or language above decides. */
  declare dir: string;
  /** Leaves error messages and selection announcements to the host (a composite speaks once); events still fire. */
  declare quiet: boolean;
  /** `light` (the default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: Theme;
  /** The mouse wheel always zooms; by default it zooms only once the reader has engaged the view, or with Ctrl/⌘. */
  declare wheelZoom: boolean;
  /** For editors: list every problem in the data on the page (readers see one line they can dismiss). */
  declare debug: boolean;
  /** Seconds to wait for `src` before saying the data could not be loaded, with a Retry button (0: wait forever). */
  declare timeout: number;
  /** The reader dismissed the problems line (until the next data set). */
  declare problemsDismissed: boolean;

  declare loadedData: LoadedDataset | null;
  declare diagnostics: readonly Diagnostic[];
  declare loading: boolean;
  /** What the polite live region says. */
  declare announcement: string;

  constructor() {
    super();
    this.src = null;
    this.placesSrc = null;
    this.geojsonFields = null;
    this.channel = null;
    this.bus = null;
    this.data = undefined;
    this.lang = '';
    this.quiet = false;
    this.theme = 'light';
    this.wheelZoom = false;
    this.debug = false;
    this.timeout = 30;
    this.problemsDismissed = false;
    this.loadedData = null;
    this.diagnostics = [];
    this.loading = false;
    this.announcement = '';
  }

  /** Loads `src` again (what the Retry button does after the data could not be fetched); each view overrides it. */
  reload(): void {}
}
