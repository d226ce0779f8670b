/** Which copies of the world's shapes a view shows: numbers only, no Leaflet. */

/** A rectangle in pixels: left, top, right, bottom. */
export type PixelBox = readonly [number, number, number, number];

/**
 * The copies of the world (0 the one from 180°W to 180°E, −1 west of it, 1 east) through which shapes covering `box`
 * are seen in `view`, `size` being the world's width in the same pixels. A box may reach past either edge of the
 * world (land continuous across the antimeridian), so a copy can be needed for a view that lies beside it.
 */
export function copiesInView(box: PixelBox, view: PixelBox, size: number): number[] {
  const copies: number[] = [];
  if (box[1] >= view[3] || box[3] <= view[1]) return copies;
  // `+ 0` turns the -0 that Math.ceil gives for a small negative number into 0.
  const first = Math.ceil((view[0] - box[2]) / size) + 0;
  for (let copy = first; copy * size + box[0] < view[2]; copy++) {
    if (copy * size + box[2] > view[0]) copies.push(copy);
  }
  return copies;
}

/** The box in pixels `factor` times as large (from a level's zoom to the map's). */
export function scaleBox(box: PixelBox, factor: number): PixelBox {
  return [box[0] * factor, box[1] * factor, box[2] * factor, box[3] * factor];
}
