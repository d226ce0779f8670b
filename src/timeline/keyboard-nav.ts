import { lowerBound, type EventIndex } from './event-index.js';

/**
 * Where the arrow keys go: left and right step through events in time order; up and down jump to the event of the
 * neighbouring lane nearest in time (by the middle of each event's known extent).
 */

function middle(index: EventIndex, position: number): number {
  const start = index.starts[position];
  const end = index.ends[position];
  if (!Number.isFinite(start)) return end;
  if (!Number.isFinite(end)) return start;
  return (start + end) / 2;
}

export function stepInTime(index: EventIndex, position: number, step: number): number {
  const n = index.events.length;
  if (n === 0) return -1;
  if (position < 0) return step > 0 ? 0 : n - 1;
  return Math.min(n - 1, Math.max(0, position + step));
}

/** The nearest event in the next non-empty lane above (`direction` −1) or below (+1); the same event if none. */
export function stepLane(index: EventIndex, position: number, direction: -1 | 1): number {
  if (position < 0) return stepInTime(index, position, 1);
  const time = middle(index, position);
  for (let lane = index.laneOf[position] + direction; lane >= 0 && lane < index.lanes.length; lane += direction) {
    const list = index.byLane[lane];
    if (list.length === 0) continue;
    const startsOfLane = Array.from(list, (p) => index.starts[p]);
    const at = lowerBound(startsOfLane, time);
    let best = -1;
    let bestDistance = Infinity;
    for (const k of [at - 2, at - 1, at, at + 1]) {
      if (k < 0 || k >= list.length) continue;
      const distance = Math.abs(middle(index, list[k]) - time);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = list[k];
      }
    }
    // Long events earlier in the lane may be nearer by their middle; check them too (there are few).
    for (const p of index.long) {
      if (index.laneOf[p] !== lane) continue;
      const distance = Math.abs(middle(index, p) - time);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = p;
      }
    }
    return best;
  }
  return position;
}
