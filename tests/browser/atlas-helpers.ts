import { sendMouse } from '@web/test-runner-commands';

/** Shared by the atlas and channel tests: mounting, waiting, clicking at an element's centre, axe. */

export const DATA_URL = '/data/azerbaijan-lithuania.json';

const mounted: HTMLElement[] = [];

export function mount<T extends HTMLElement>(markup: string, style = 'width: 1100px'): T {
  const host = document.createElement('div');
  host.setAttribute('style', style);
  host.innerHTML = markup; // test markup written here, not data
  document.body.append(host);
  mounted.push(host);
  return host.firstElementChild as T;
}

export function unmountAll(): void {
  for (const host of mounted.splice(0)) host.remove();
}

export function waitFor<T extends Event = Event>(target: EventTarget, name: string, timeout = 10000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

export async function until(condition: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A real mouse click (through the browser's input pipeline) at the centre of an element. */
export async function clickCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  await frame();
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
}

export async function hoverCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  await frame();
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
}
declare global {
  interface Window {
    axe?: { run: (context: Element, options?: object) => Promise<AxeResult> };
  }
}

export async function axeViolations(element: Element): Promise<string[]> {
  if (!window.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      document.head.append(script);
    });
  }
  const result = await window.axe!.run(element, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
}

export function shadowQuery<T extends Element>(host: Element | null | undefined, selector: string): T | null {
  return (host?.shadowRoot?.querySelector(selector) as T | null) ?? null;
}

export function shadowQueryAll<T extends Element>(host: Element | null | undefined, selector: string): T[] {
  return [...(host?.shadowRoot?.querySelectorAll<T>(selector as string) ?? [])] as T[];
}
