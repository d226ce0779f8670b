// The strongest plain baseline: a straight canvas timeline as plain code would draw it (a d3 UTC scale, one fillRect
// per event in its category's lane, year ticks as text). No interaction, no checks, no text per event.
import { scaleUtc } from '/bench/d3-scale.js';
import { CATEGORIES, END, START, dataset, parseSpan } from '/bench/dataset.js';
import { host, install } from './common.js';

const COLORS = ['#0b6e8a', '#b4452a', '#5b7f2a', '#8a5a9e', '#c08a1a', '#4a6fa5'];

install({
  prepare: (n) => dataset(n),
  draw(data) {
    const canvas = document.createElement('canvas');
    const width = host.clientWidth;
    const height = host.clientHeight;
    const ratio = devicePixelRatio;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    canvas.style.cssText = `width:${width}px;height:${height}px;display:block`;
    host.append(canvas);
    const ctx = canvas.getContext('2d');
    ctx.scale(ratio, ratio);
    const x = scaleUtc()
      .domain([START, END])
      .range([8, width - 8]);
    const lane = new Map(CATEGORIES.map((c, i) => [c, i]));
    const laneHeight = (height - 40) / CATEGORIES.length;
    for (const event of data.events) {
      const [start, end] = parseSpan(event.date);
      const i = lane.get(event.category) ?? 0;
      ctx.fillStyle = COLORS[i];
      const x0 = x(start);
      ctx.fillRect(x0, 8 + i * laneHeight + (laneHeight - 10) / 2, Math.max(2, x(end) - x0), 10);
    }
    ctx.fillStyle = '#333';
    ctx.font = '12px system-ui, sans-serif';
    const format = x.tickFormat();
    for (const tick of x.ticks()) {
      const tx = x(tick);
      ctx.fillRect(tx, height - 30, 1, 6);
      ctx.fillText(format(tick), tx + 2, height - 12);
    }
    return { marks: data.events.length };
  },
});
