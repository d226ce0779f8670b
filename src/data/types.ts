/**
 * The data model of a relations data set, as it is written in a file (`Dataset`) and as the views use it once
 * loaded and checked (`LoadedDataset`). `data/schema.json` describes the same file format.
 */

/** A name in one language, or per language (BCP 47 primary tags such as `en`, `az`, `lt`). `en` is the fallback. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export type PlaceKind = 'capital' | 'city' | 'region' | 'embassy' | 'consulate' | 'twin-city' | 'venue';

export const PLACE_KINDS: readonly PlaceKind[] = [
  'capital',
  'city',
  'region',
  'embassy',
  'consulate',
  'twin-city',
  'venue',
];

/** Where in the source a record comes from: the article's section and the sentence it rests on. */
export interface SourceRef {
  readonly section: string;
  readonly quote?: string;
}

/**
 * A known mistake or doubt in the source, kept on the record instead of being corrected silently.
 * `original` is the source's own words; `corrected` is what the data set uses instead.
 */
export interface Flag {
  readonly field: string;
  readonly original: string;
  readonly corrected: string;
  readonly note?: string;
}

export interface Link {
  readonly label: string;
  readonly url: string;
}

/**
 * A picture or a page about an event. An image (an https address ending in `.jpg`, `.png`, …, or on a known image
 * host) is shown in the details panel with its caption and credit; any other address is a link labelled with the
 * caption. `caption` and `credit` may hold the rich-text subset of `description`.
 */
export interface Media {
  readonly url: string;
  readonly caption?: string;
  readonly credit?: string;
  readonly thumbnail?: string;
  readonly alt?: string;
}

export interface RelationsEvent {
  readonly id: string;
  /**
   * EDTF subset: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, date-times `YYYY-MM-DDTHH:MM[:SS]` (UTC unless `Z`/`±HH:MM` says),
   * long years `Y-13800000000`, intervals `A/B`, open ends `..`, qualifiers `?` and `~`.
   */
  readonly date: string;
  readonly title: string;
  readonly description?: string;
  /** Lane and filter key; `other` when missing. */
  readonly category?: string;
  /** Place ids, in order of travel for visits (origin first). */
  readonly places: readonly string[];
  readonly actors?: readonly string[];
  readonly source?: SourceRef;
  readonly flags?: readonly Flag[];
  readonly links?: readonly Link[];
  /** Words shown instead of the computed date, such as "Spring 1815" or "c. 13.8 billion years ago". */
  readonly displayDate?: string;
  readonly media?: Media;
}

export interface Place {
  readonly id: string;
  readonly name: LocalizedText;
  /** ISO 3166-1 alpha-2 code of the country the place is in. */
  readonly country?: string;
  /** For an embassy or consulate: the country it represents (ISO 3166-1 alpha-2). */
  readonly represents?: string;
  readonly lat: number;
  readonly lon: number;
  readonly kinds?: readonly PlaceKind[];
  readonly description?: string;
  readonly source?: SourceRef;
  readonly flags?: readonly Flag[];
}

export interface PlaceLink {
  readonly id: string;
  readonly kind: 'twinning';
  readonly from: string;
  readonly to: string;
  readonly since?: string;
  readonly source?: SourceRef;
  readonly flags?: readonly Flag[];
}

export interface SeriesPoint {
  /** EDTF date of the period the value covers, usually a year. */
  readonly date: string;
  readonly value: number;
}

export interface Series {
  readonly id: string;
  readonly title: string;
  /** For example `million USD`. */
  readonly unit: string;
  /** Which way the flow goes, when the source says it; `unstated` when it does not. */
  readonly direction?: string;
  readonly points: readonly SeriesPoint[];
  readonly source?: SourceRef;
  readonly flags?: readonly Flag[];
}

export interface Party {
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  readonly name: LocalizedText;
}

export interface Metadata {
  readonly title: string;
  readonly description?: string;
  readonly parties?: readonly Party[];
  readonly source?: { readonly title: string; readonly url?: string; readonly licence?: string };
  readonly licence?: string;
  /** Category id → label, in the order lanes are drawn. */
  readonly categories?: Readonly<Record<string, LocalizedText>>;
}

/** A named span of time drawn as a band behind the timeline's lanes, such as a reign or a war. */
export interface Era {
  readonly id: string;
  readonly title: string;
  /** An EDTF interval `A/B`. */
  readonly date: string;
}

/** What the map shows for a story step: the places to take in, or a centre and a zoom level. */
export type StoryMapView =
  | { readonly fit: readonly string[] }
  | { readonly center: readonly [number, number]; readonly zoom: number };

/** One paragraph of a story and what the views show while it is read. */
export interface StoryStep {
  readonly id: string;
  readonly title: string;
  /** The rich-text subset of an event's description. */
  readonly text?: string;
  readonly events?: readonly string[];
  readonly places?: readonly string[];
  /** An EDTF interval `A/B` for the timeline's window. */
  readonly window?: string;
  readonly map?: StoryMapView;
  /** The categories shown; the others are hidden. All are shown when left out. */
  readonly categories?: readonly string[];
  readonly media?: Media;
}

/** A scrollytelling story told through the data set, shown by `<relations-story>`. */
export interface Story {
  readonly title?: string;
  readonly steps: readonly StoryStep[];
}

/** A data set as written in a JSON file. */
export interface Dataset {
  readonly meta?: Metadata;
  readonly events: readonly RelationsEvent[];
  readonly places: readonly Place[];
  readonly links?: readonly PlaceLink[];
  readonly series?: readonly Series[];
  readonly eras?: readonly Era[];
  readonly story?: Story;
}
