// For the CSP test: a data set of `?n=` events (bench/dataset.js) served to the page's own fetch at /generated/large.json,
// and the page's long main-thread tasks recorded (window.longTasks, ms) from before the bundle loads.
import { dataset } from '/bench/dataset.js';

const n = Number(new URLSearchParams(location.search).get('n') ?? 100000);
const text = JSON.stringify(dataset(n));
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
}).observe({ type: 'longtask' });
window.warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.warnings.push(String(args[0]));
  warn(...args);
};
window.workers = [];
const RealWorker = window.Worker;
window.Worker = class extends RealWorker {
  constructor(url, options) {
    window.workers.push(new URL(String(url), location.href).pathname);
    super(url, options);
  }
};
const realFetch = window.fetch;
window.fetch = (input, init) =>
  String(input) === '/generated/large.json'
    ? Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } }))
    : realFetch(input, init);
document.body.append(Object.assign(document.createElement('relations-timeline'), { src: '/generated/large.json' }));
