import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import '../timeline/timeline.js';
import '../map/map.js';
import { RelationsChannel } from '../bus/channel.js';
import { RelationsReadyEvent, RelationsStepEvent } from '../bus/dom-events.js';
import { mediaView } from '../atlas/event-media.js';
import { checkStoryFor, type CheckResult } from '../data/check-dataset.js';
import type { Diagnostic } from '../data/diagnostics.js';
import type { LoadedDataset } from '../data/loaded.js';
import type { StoryStep } from '../data/types.js';
import { DatasetLoader } from '../common/dataset-loader.js';
import { t } from '../common/i18n.js';
import { elementLang } from '../common/lang.js';
import { LanguageController } from '../common/language-controller.js';
import { loadingText, renderProblems, reportProblems } from '../common/render-status.js';
import { renderRichText } from '../common/render-rich-text.js';
import type { Theme } from '../common/shared-styles.js';
import type { RelationsMap } from '../map/map.component.js';
import type { RelationsTimeline } from '../timeline/timeline.component.js';
import { nearestStep, stepFromAttributes, stepInWords, stepView } from './story-steps.js';
import { storyStyles } from './story.styles.js';

/**
 * @summary Scrollytelling: the steps of a story scroll past a sticky timeline and map, which follow the step nearest
 * the reading line: its window, its selection, its map view and its category filter.
 *
 * The steps are either the data set's `story.steps`, rendered here, or the page's own children marked `data-step`
 * (the text stays in the page's HTML, readable without JavaScript), with `data-events`, `data-places` (ids separated
 * by spaces or commas), `data-window` (an EDTF interval), `data-map-fit` (place ids) and `data-categories` (the
 * categories shown). A step's first heading is its title. Ids the data does not have are left out of the step and
 * reported (`relations-error`, and on the page with `debug`); the story goes on.
 *
 * The timeline and the map share a private channel; the reader can click and explore them, and the next step takes
 * over again. Moves are smooth, and instant when the reader prefers reduced motion. The step reached is announced in
 * a polite live region; focus never moves.
 *
 * @fires relations-step - the reader reached a step; detail `{index, id}`
 * @fires relations-ready - the story's data is loaded; detail `{events, places}`
 * @fires relations-error - loading failed, or records or step references were left out; detail `{diagnostics}`
 *
 * @slot - the page's own steps: elements with `data-step`
 *
 * @csspart graphic - the sticky box holding the map and the timeline
 * @csspart map - the `<relations-map>`
 * @csspart timeline - the `<relations-timeline>`
 * @csspart steps - the column of steps
 * @csspart step - a step rendered from the data
 * @csspart step-words - what the views show for the step, in words: printed, where the views cannot be
 *
 * @cssproperty [--relations-font=system-ui, sans-serif] - text font
 * @cssproperty [--relations-heading-font=Georgia] - step titles
 * @cssproperty [--relations-font-size=17px] - the steps' text size
 * @cssproperty [--relations-story-timeline-height=260px] - the timeline's height (180px on narrow screens)
 * @cssproperty [--relations-story-map-height=30vh] - the map's height on narrow screens (wide: the rest of the screen)
 * @cssproperty [--relations-accent=#b3261e] - the active step's edge
 * @tagname relations-story
 */
export class RelationsStory extends LitElement {
  static override styles = storyStyles;

  protected readonly languages = new LanguageController(this);
  readonly #loader = new DatasetLoader(this, {
    onLoading: (loading) => (this.loading = loading),
    onResult: (result) => this.#setResult(result),
  });
  /** The timeline and the map meet here only: a story's moves never reach other views on the page. */
  readonly #bus = new RelationsChannel();
  #observers: IntersectionObserver[] = [];
  /** The page's `data-step` children, in order. */
  #lightSteps: HTMLElement[] = [];
  #lightResult: { steps: (StoryStep | null)[]; diagnostics: Diagnostic[] } | null = null;
  #reported: readonly Diagnostic[] | null = null;
  readonly #onResize = () => this.#observe();

  static override properties: PropertyDeclarations = {
    src: {},
    placesSrc: { attribute: 'places-src' },
    data: { attribute: false },
    theme: { reflect: true },
    debug: { type: Boolean, reflect: true },
    timeout: { type: Number },
    readingLine: { type: Number, attribute: 'reading-line' },
    result: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    active: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    lightCount: { state: true, attribute: false },
    problemsDismissed: { state: true, attribute: false },
  };

  /** URL of the data: JSON (with a `story`), GeoJSON, or an events CSV (with `places-src`). */
  declare src: string | null;
  /** URL of a places CSV or GeoJSON file for the data at `src`. */
  declare placesSrc: string | null;
  /** The data set: an object in the documented format, JSON text, or a loaded data set. Overrides `src`. */
  declare data: unknown;
  /** `light` (the default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: Theme;
  /** For editors: list every problem in the data and the steps on the page. */
  declare debug: boolean;
  /** Seconds to wait for `src` before saying the data could not be loaded (0: wait forever). */
  declare timeout: number;
  /** Where the reading line is, as a fraction of the viewport's height from its top; 0.5 by default. */
  declare readingLine: number;
  declare private result: CheckResult | null;
  declare private loading: boolean;
  declare private active: number;
  declare private announcement: string;
  declare private lightCount: number;
  declare private problemsDismissed: boolean;

  constructor() {
    super();
    this.src = null;
    this.placesSrc = null;
    this.data = null;
    this.theme = 'light';
    this.debug = false;
    this.timeout = 30;
    this.readingLine = 0.5;
    this.result = null;
    this.loading = false;
    this.active = -1;
    this.announcement = '';
    this.lightCount = 0;
    this.problemsDismissed = false;
  }

  /** The loaded data set, once there is one. */
  get loadedData(): LoadedDataset | null {
    return this.result?.dataset ?? null;
  }

  /** The story's steps after checking, in order (a page's own steps when it has any). */
  get steps(): readonly StoryStep[] {
    return this.#lightSteps.length > 0
      ? (this.#lightResult?.steps.filter((step): step is StoryStep => step !== null) ?? [])
      : (this.loadedData?.story?.steps ?? []);
  }

  /** The index of the step the reader is at; -1 before the first. */
  get activeIndex(): number {
    return this.active;
  }

  /** Problems found in the data and in the page's steps. */
  get diagnostics(): readonly Diagnostic[] {
    return [...(this.result?.diagnostics ?? []), ...(this.#lightResult?.diagnostics ?? [])];
  }

  get timeline(): RelationsTimeline | null {
    return this.renderRoot.querySelector('relations-timeline');
  }

  get map(): RelationsMap | null {
    return this.renderRoot.querySelector('relations-map');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.#onResize);
    if (this.hasUpdated) this.#observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.#onResize);
    for (const observer of this.#observers) observer.disconnect();
    this.#observers = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('placesSrc') || changed.has('data')) this.#loader.load(this);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('result') || changed.has('lightCount') || changed.has('readingLine')) this.#observe();
    const diagnostics = this.diagnostics;
    if (this.result && diagnostics.length > 0 && !sameList(diagnostics, this.#reported)) {
      this.#reported = diagnostics;
      reportProblems(this, diagnostics, false);
    }
  }

  #setResult(result: CheckResult): void {
    this.result = result;
    this.problemsDismissed = false;
    this.loading = false;
    this.active = -1;
    this.#checkLightSteps();
    void this.updateComplete.then(() => {
      if (this.result === result && (result.dataset.events.length > 0 || result.dataset.places.length > 0))
        this.dispatchEvent(
          new RelationsReadyEvent({ events: result.dataset.events.length, places: result.dataset.places.length }),
        );
    });
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.#lightSteps = slot
      .assignedElements()
      .filter((element): element is HTMLElement => element instanceof HTMLElement && element.hasAttribute('data-step'));
    this.#checkLightSteps();
    this.active = -1;
    this.lightCount = this.#lightSteps.length;
  }

  /** The page's steps checked against the data, one by one, so a skipped step leaves a gap and the rest line up. */
  #checkLightSteps(): void {
    const data = this.loadedData;
    if (!data || this.#lightSteps.length === 0) {
      this.#lightResult = null;
      return;
    }
    const diagnostics: Diagnostic[] = [];
    const seen = new Set<string>();
    const steps = this.#lightSteps.map((element, index) => {
      const heading = element.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '';
      const raw = stepFromAttributes(element.dataset, heading, index);
      if (seen.has(String(raw.id))) raw.id = `${String(raw.id)}-${index + 1}`;
      seen.add(String(raw.id));
      const checked = checkStoryFor({ steps: [raw] }, data);
      diagnostics.push(...checked.diagnostics.map((d) => ({ ...d, index })));
      return checked.story?.steps[0] ?? null;
    });
    this.#lightResult = { steps, diagnostics };
  }

  /** The elements of the steps, each with its checked step (null when it was skipped). */
  #stepEntries(): { element: HTMLElement; step: StoryStep | null }[] {
    if (this.#lightSteps.length > 0) {
      const steps = this.#lightResult?.steps ?? [];
      return this.#lightSteps.map((element, index) => ({ element, step: steps[index] ?? null }));
    }
    const steps = this.loadedData?.story?.steps ?? [];
    const elements = [...this.renderRoot.querySelectorAll<HTMLElement>('.step')];
    return elements.map((element, index) => ({ element, step: steps[index] ?? null }));
  }

  /**
   * Watches a thin band around the reading line (a step crossing it may make another step the nearest) and the screen
   * (a jump, such as Page Down or a link, may leave the line between two steps, crossing none).
   */
  #observe(): void {
    for (const observer of this.#observers) observer.disconnect();
    this.#observers = [];
    const entries = this.#stepEntries();
    if (!this.isConnected || !this.loadedData || entries.length === 0) return;
    const height = window.innerHeight;
    const line = Math.round(this.#readingLineY());
    const band = `${-Math.max(0, line - 1)}px 0px ${-Math.max(0, height - line - 1)}px 0px`;
    for (const rootMargin of [band, '0px']) {
      const observer = new IntersectionObserver(() => this.#pick(), { rootMargin, threshold: [0, 0.5, 1] });
      for (const { element } of entries) observer.observe(element);
      this.#observers.push(observer);
    }
  }

  /**
   * The reading line in viewport pixels: `reading-line` of the screen's height beside the graphic; on a phone, where
   * the graphic covers the top of the screen, that fraction of the space below it.
   */
  #readingLineY(): number {
    const fraction = Math.min(1, Math.max(0, Number.isFinite(this.readingLine) ? this.readingLine : 0.5));
    const height = window.innerHeight;
    const graphic = this.renderRoot.querySelector<HTMLElement>('.graphic');
    const stacked = graphic?.parentElement && graphic.offsetWidth >= graphic.parentElement.clientWidth - 1;
    const top = graphic && stacked ? Math.min(graphic.offsetHeight, height * 0.8) : 0;
    return top + (height - top) * fraction;
  }

  #pick(): void {
    const entries = this.#stepEntries().filter((entry) => entry.step !== null);
    const line = this.#readingLineY();
    const nearest = nearestStep(
      entries.map(({ element }) => element.getBoundingClientRect()),
      line,
    );
    if (nearest >= 0) this.#activate(nearest, entries.length, entries[nearest].step!, entries[nearest].element);
  }

  #activate(index: number, count: number, step: StoryStep, element: HTMLElement): void {
    if (index === this.active) return;
    this.active = index;
    for (const entry of this.#stepEntries()) entry.element.toggleAttribute('data-active', entry.element === element);
    this.announcement = t(elementLang(this), 'storyStep', { n: index + 1, total: count, title: step.title });
    void this.#apply(step, true);
    this.dispatchEvent(new RelationsStepEvent(index, step.id));
  }

  /** Moves the views to the step, once they have their data (a view still loading takes it on `relations-ready`). */
  async #apply(step: StoryStep, animate: boolean): Promise<void> {
    const data = this.loadedData;
    if (!data) return;
    const view = stepView(step, data);
    await this.updateComplete;
    const { timeline, map } = this;
    this.#bus.publish({ type: 'filter', hidden: view.hidden }, this);
    // The window first: selected events outside the old window would make the timeline pan to them on its own.
    if (view.window) timeline?.zoomTo(view.window.start, view.window.end, { animate });
    this.#bus.publish({ type: 'select', selection: view.selection }, this);
    if (view.map && map) {
      if ('fit' in view.map) map.fitTo(view.map.fit, { animate });
      else map.centerOn(view.map.center, view.map.zoom, { animate });
    }
  }

  /** A view that was still loading when the step came shows it now, at once. */
  #onViewReady(event: Event): void {
    event.stopPropagation();
    const step = this.#stepEntries().filter((entry) => entry.step !== null)[this.active]?.step;
    if (step) void this.#apply(step, false);
  }

  #renderStep(step: StoryStep, index: number, data: LoadedDataset, lang: string) {
    const media = mediaView(step.media, true);
    const words = stepInWords(step, data, lang);
    return html`<section class="step" part="step" data-index=${index} aria-labelledby=${`step-title-${index}`}>
      <h3 id=${`step-title-${index}`}>${step.title}</h3>
      ${step.text ? html`<div class="text">${renderRichText(step.text)}</div>` : nothing}
      ${
        media?.kind === 'image'
          ? html`<figure>
              <img src=${media.src} alt=${media.alt} loading="lazy" decoding="async" width="600" height="400" />
              ${media.caption ? html`<figcaption>${renderRichText(media.caption)}</figcaption>` : nothing}
            </figure>`
          : media?.kind === 'link'
            ? html`<p><a href=${media.href} rel="noopener noreferrer" target="_blank">${media.label}</a></p>`
            : nothing
      }
      ${words.length > 0 ? html`<p class="in-words" part="step-words">${words.join(' ')}</p>` : nothing}
    </section>`;
  }

  protected override render() {
    const data = this.loadedData;
    const lang = elementLang(this);
    const own = this.#lightSteps.length === 0 ? (data?.story?.steps ?? []) : [];
    const first = this.steps[0];
    const window = first?.window?.split('/');
    return html`<div class="story">
      <div class="graphic" part="graphic">
        <relations-map
          part="map"
          .bus=${this.#bus}
          .data=${data}
          lang=${this.lang || nothing}
          theme=${this.theme}
          no-follow
          quiet
          @relations-ready=${this.#onViewReady}
        ></relations-map>
        <relations-timeline
          part="timeline"
          .bus=${this.#bus}
          .data=${data}
          start=${window?.[0] || nothing}
          end=${window?.[1] || nothing}
          lang=${this.lang || nothing}
          theme=${this.theme}
          quiet
          @relations-ready=${this.#onViewReady}
        ></relations-timeline>
      </div>
      <div class="steps" part="steps">
        ${this.loading && !data ? html`<p class="status" role="status">${loadingText(this, lang)}</p>` : nothing}
        ${renderProblems({
          diagnostics: this.diagnostics,
          debug: this.debug,
          dismissed: this.problemsDismissed,
          dismiss: () => (this.problemsDismissed = true),
          lang,
          retry: () => this.#loader.reload(),
        })}
        ${data ? own.map((step, index) => this.#renderStep(step, index, data, lang)) : nothing}
        <slot @slotchange=${this.#onSlotChange}></slot>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

function sameList(a: readonly Diagnostic[], b: readonly Diagnostic[] | null): boolean {
  return b !== null && a.length === b.length && a.every((item, i) => item === b[i]);
}
