import { executeServerCommand } from '@web/test-runner-commands';

/** Real input through the browser's pipeline (CDP), for the gestures the standard commands lack. */

interface CdpInput {
  method: 'Input.dispatchTouchEvent' | 'Input.dispatchMouseEvent' | 'Emulation.setTouchEmulationEnabled';
  params: Record<string, unknown>;
}

const send = (events: CdpInput[]) => executeServerCommand('cdp-input', { events });

const touch = (type: string, points: [number, number][]): CdpInput => ({
  method: 'Input.dispatchTouchEvent',
  params: { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) },
});

/** Interpolated positions from `a` to `b`, `steps` of them, the last exactly `b`. */
function path(a: [number, number], b: [number, number], steps: number): [number, number][] {
  return Array.from({ length: steps }, (_, i) => {
    const t = (i + 1) / steps;
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  });
}

/** One finger from `from` to `to`. */
export function touchDrag(from: [number, number], to: [number, number], steps = 8): Promise<unknown> {
  return send([
    touch('touchStart', [from]),
    ...path(from, to, steps).map((p) => touch('touchMove', [p])),
    touch('touchEnd', []),
  ]);
}

/** Two fingers on a horizontal line through `centre`, moving from `fromGap` to `toGap` px apart. */
export function pinch(centre: [number, number], fromGap: number, toGap: number, steps = 8): Promise<unknown> {
  const [x, y] = centre;
  const fingers = (gap: number): [number, number][] => [
    [x - gap / 2, y],
    [x + gap / 2, y],
  ];
  const gaps = Array.from({ length: steps }, (_, i) => fromGap + ((toGap - fromGap) * (i + 1)) / steps);
  return send([
    touch('touchStart', fingers(fromGap)),
    ...gaps.map((gap) => touch('touchMove', fingers(gap))),
    touch('touchEnd', []),
  ]);
}

/** A mouse wheel turn at a viewport point (negative `deltaY` zooms in on maps and timelines). */
export function wheelAt(x: number, y: number, deltaY: number): Promise<unknown> {
  return send([
    { method: 'Input.dispatchMouseEvent', params: { type: 'mouseMoved', x, y } },
    { method: 'Input.dispatchMouseEvent', params: { type: 'mouseWheel', x, y, deltaX: 0, deltaY } },
  ]);
}

/** Makes the page a touch screen (`navigator.maxTouchPoints` 5) or not; set it before mounting what listens. */
export function emulateTouchScreen(enabled: boolean): Promise<unknown> {
  return send([{ method: 'Emulation.setTouchEmulationEnabled', params: { enabled, maxTouchPoints: enabled ? 5 : 1 } }]);
}

/** A real double-click at a viewport point; `modifiers` 8 holds Shift. */
export function doubleClick(x: number, y: number, modifiers = 0): Promise<unknown> {
  const mouse = (type: string, clickCount: number): CdpInput => ({
    method: 'Input.dispatchMouseEvent',
    params: { type, x, y, button: 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount, modifiers },
  });
  return send([
    { method: 'Input.dispatchMouseEvent', params: { type: 'mouseMoved', x, y, modifiers } },
    mouse('mousePressed', 1),
    mouse('mouseReleased', 1),
    mouse('mousePressed', 2),
    mouse('mouseReleased', 2),
  ]);
}

/** A wheel turn with modifier keys held (CDP bits: 1 Alt, 2 Ctrl, 4 Meta, 8 Shift). */
export function wheelAtWith(x: number, y: number, deltaY: number, modifiers: number): Promise<unknown> {
  return send([
    { method: 'Input.dispatchMouseEvent', params: { type: 'mouseMoved', x, y, modifiers } },
    { method: 'Input.dispatchMouseEvent', params: { type: 'mouseWheel', x, y, deltaX: 0, deltaY, modifiers } },
  ]);
}
