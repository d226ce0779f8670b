/**
 * Keeps markers that fall on (nearly) the same pixel apart: an embassy a few streets from the capital's centre, three
 * venues in one city. Points closer than `minDistance` pixels form a group; the group's first member (highest
 * priority) stays in the middle and the rest sit on a ring around it.
 */

export interface SpreadPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Higher stays in the middle. */
  readonly priority?: number;
}

export type Offset = readonly [dx: number, dy: number];

export function spreadOffsets(points: readonly SpreadPoint[], minDistance: number): Map<string, Offset> {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Grid buckets of minDistance so grouping stays near-linear.
  const cells = new Map<string, number[]>();
  const key = (cx: number, cy: number) => `${cx},${cy}`;
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / minDistance);
    const cy = Math.floor(p.y / minDistance);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(key(cx + dx, cy + dy)) ?? []) {
          if (Math.hypot(points[j].x - p.x, points[j].y - p.y) < minDistance) parent[find(i)] = find(j);
        }
      }
    }
    const own = key(cx, cy);
    const list = cells.get(own);
    if (list) list.push(i);
    else cells.set(own, [i]);
  });
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const offsets = new Map<string, Offset>();
  for (const members of groups.values()) {
    if (members.length === 1) {
      offsets.set(points[members[0]].id, [0, 0]);
      continue;
    }
    members.sort(
      (a, b) => (points[b].priority ?? 0) - (points[a].priority ?? 0) || (points[a].id < points[b].id ? -1 : 1),
    );
    const cx = members.reduce((sum, i) => sum + points[i].x, 0) / members.length;
    const cy = members.reduce((sum, i) => sum + points[i].y, 0) / members.length;
    const ring = members.length - 1;
    const radius = Math.max(minDistance, (minDistance * ring) / (2 * Math.PI));
    members.forEach((i, k) => {
      const angle = -Math.PI / 2 + ((k - 1) * 2 * Math.PI) / ring;
      const tx = k === 0 ? cx : cx + radius * Math.cos(angle);
      const ty = k === 0 ? cy : cy + radius * Math.sin(angle);
      offsets.set(points[i].id, [Math.round(tx - points[i].x), Math.round(ty - points[i].y)]);
    });
  }
  return offsets;
}
