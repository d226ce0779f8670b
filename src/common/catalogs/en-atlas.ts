import { addEnglish, t, type MessageKey } from '../i18n.js';

/** The atlas's English words (details panel, event table, toolbar), registered when the atlas's code loads. */
export const atlasEnglish = {
  selectedEvents: { one: 'Selected {n} event.', other: 'Selected {n} events.' },
  categories: 'Categories',
  searchLabel: 'Search events',
  searchPlaceholder: 'Search events, people, places',
  play: '▶ Play',
  pause: '❚❚ Pause',
  playTitle: 'Step through the events in time order',
  playOff: 'Playback is off: reduced motion is on',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  linkNotCopied: 'The link could not be copied: copy the address from the address bar.',
  countOf: '{shown} of {total}',
  details: 'Details',
  list: 'List ({n})',
  panel: 'Details and event list',
  panelEmpty: 'Select an event on the timeline, a place on the map, or a row in the list.',
  overviewSummary: '{events} from {from} to {to}, in {categories}, at {places}.',
  categoriesCount: { one: '{n} category', other: '{n} categories' },
  flaggedCount: '{n} of them carry a note where the source is wrong or uncertain.',
  busiestPlaces: 'Places with the most events',
  notesOnSource: 'Notes on the source',
  andMoreMarked: 'and {n} more, marked in the list.',
  noteOnSource: 'Note on the source:',
  articleSays: 'the article says “{original}”; read as “{corrected}”.',
  placesLabel: 'Places',
  withActors: 'With {names}',
  startStory: 'Start the story',
  storyOf: '{n} of {total}',
  storyPrevious: 'Previous',
  storyNext: 'Next',
  storyExit: 'Back to exploring',
  storyControls: 'Story: ← → or Page Up / Page Down move between the steps, Escape returns to exploring',
  eventsHere: { one: '{n} event here', other: '{n} events here' },
  andMoreInList: 'and {n} more in the list.',
  andMoreSelected: 'and {n} more selected events.',
  andMorePlaces: 'and {n} more places.',
  kindCity: 'City',
  kindRegion: 'Region',
  tableCaption: '{events}; select a row to show it on the timeline and map.',
  colDate: 'Date',
  colEvent: 'Event',
  colCategory: 'Category',
  noMatches: 'No events match.',
  twinnedWith: 'Twinned with',
  download: 'Download',
  downloadGeojson: 'GeoJSON: places and their events',
  downloadEventsCsv: 'CSV: events',
  downloadPlacesCsv: 'CSV: places',
  downloaded: 'Downloaded {file}.',
} as const;

addEnglish(atlasEnglish);

/**
 * `t` for the atlas's modules: importing this (not a bare side-effect import, which bundlers may drop under the
 * package's `sideEffects`) is what registers the words above.
 */
export function atlasText(lang: string, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return t(lang, key, params);
}
