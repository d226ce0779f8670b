import { plainText } from '../common/rich-text.js';
import { safeUrl } from '../data/safe-url.js';
import type { Media } from '../data/types.js';

/**
 * How an event's media is shown: an image with its caption and credit, or a plain link labelled with the caption.
 * Never an embed: a video, a post or an article is a link, whatever its address.
 */
export type MediaView =
  | {
      readonly kind: 'image';
      readonly src: string;
      readonly alt: string;
      readonly caption?: string;
      readonly credit?: string;
    }
  | { readonly kind: 'link'; readonly href: string; readonly label: string; readonly credit?: string };

const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|avif|svg)$/i;

/** Hosts that serve images at addresses without an extension, or where the address is the file itself. */
const IMAGE_HOSTS = [
  /^upload\.wikimedia\.org$/,
  /^i\.imgur\.com$/,
  /^pbs\.twimg\.com$/,
  /^images\.unsplash\.com$/,
  /(^|\.)staticflickr\.com$/,
];

/** https, or a local development server (a secure context too): an image never loads over plain http elsewhere. */
function trustworthy(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname);
}

/** True for an address that is an image by its extension or its host, served securely. */
export function isImageUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!trustworthy(url)) return false;
  return IMAGE_EXTENSION.test(url.pathname) || IMAGE_HOSTS.some((host) => host.test(url.hostname));
}

/** "youtube.com/watch?v=…": a readable label for a link without a caption. */
export function shortAddress(href: string): string {
  const url = new URL(href);
  const address = url.hostname.replace(/^www\./, '') + (url.pathname === '/' ? '' : url.pathname) + url.search;
  return address.length > 60 ? `${address.slice(0, 59)}…` : address;
}

/** What to show for an event's media; `images: false` (the `no-media` attribute) turns images into links. */
export function mediaView(media: Media | undefined, images: boolean): MediaView | null {
  if (!media) return null;
  // Checked data has only http(s) media; a data set built by hand is checked here once more.
  const href = safeUrl(media.url, 'relative:/');
  if (!href || href.startsWith('mailto:')) return null;
  const caption = media.caption?.trim() ? media.caption : undefined;
  const credit = media.credit?.trim() ? media.credit : undefined;
  if (images && isImageUrl(href)) {
    const alt = media.alt?.trim() || plainText(caption);
    return { kind: 'image', src: href, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
  }
  const label = plainText(caption) || media.alt?.trim() || shortAddress(href);
  return { kind: 'link', href, label, ...(credit ? { credit } : {}) };
}
