import { expect } from '@esm-bundle/chai';
import { autoload, type ChunkFiles, type LazyElement } from '../../src/autoload.js';
import { frame, until } from './atlas-helpers.js';

/** The drop-in bundle's loader, from the sources, with stand-in chunks that count how often they are loaded. */

const NO_FILES: ChunkFiles = { entries: {}, imports: {} };
let count = 0;

/** Fresh tag names (a registry keeps its definitions), each with a chunk that defines it and counts its loads. */
function tags(n: number) {
  const loads = new Map<string, number>();
  const elements = new Map<string, LazyElement>();
  for (let i = 0; i < n; i++) {
    const tag = `autoload-test-${++count}`;
    loads.set(tag, 0);
    elements.set(tag, {
      chunk: tag,
      load: async () => {
        loads.set(tag, loads.get(tag)! + 1);
        if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
        return customElements.get(tag)!;
      },
    });
  }
  return { names: [...elements.keys()], elements, loads };
}

describe('autoload(elements, files, base)', () => {
  const made: Element[] = [];
  afterEach(() => {
    for (const element of made.splice(0)) element.remove();
  });
  const add = (element: Element, parent: Element = document.body) => {
    parent.append(element);
    made.push(element);
    return element;
  };

  it('loads the chunk of each tag already in the document, once, and no other', async () => {
    const {
      names: [a, b],
      elements,
      loads,
    } = tags(2);
    add(document.createElement(a));
    add(document.createElement(a));
    autoload(elements, NO_FILES, import.meta.url);
    await until(() => customElements.get(a) !== undefined, `<${a}> defined`);
    // The loader reacts in the MutationObserver's microtask: after a frame, any second load would have happened.
    await frame();
    expect(loads.get(a)).to.equal(1);
    expect(loads.get(b)).to.equal(0);
  });

  it('loads a chunk when an element is appended later, also deep inside an added subtree, and the element upgrades', async () => {
    const {
      names: [a, b],
      elements,
      loads,
    } = tags(2);
    autoload(elements, NO_FILES, import.meta.url);
    const direct = document.createElement(a);
    add(direct);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<section><p><${b}></${b}></p></section>`; // test markup
    add(wrapper);
    const upgraded = (element: Element | null, tag: string) => element?.constructor === customElements.get(tag);
    await until(() => upgraded(direct, a), `the appended <${a}> upgraded`);
    await until(() => upgraded(wrapper.querySelector(b), b), `the nested <${b}> upgraded`);
    expect([loads.get(a), loads.get(b)]).to.deep.equal([1, 1]);
  });

  it("loads nothing for an element only created, nor for one inside another element's shadow root", async () => {
    const {
      names: [a, b],
      elements,
      loads,
    } = tags(2);
    autoload(elements, NO_FILES, import.meta.url);
    document.createElement(a);
    const host = add(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).append(document.createElement(b));
    // The loader reacts in the MutationObserver's microtask: after a frame, any second load would have happened.
    await frame();
    expect([loads.get(a), loads.get(b)]).to.deep.equal([0, 0]);
  });

  it('load(tag) loads ahead of any element and resolves to the class, so customElements.whenDefined resolves too', async () => {
    const {
      names: [a],
      elements,
      loads,
    } = tags(1);
    const load = autoload(elements, NO_FILES, import.meta.url);
    const defined = customElements.whenDefined(a);
    const element = await load(a);
    expect(element).to.equal(customElements.get(a));
    expect(await defined).to.equal(element);
    add(document.createElement(a));
    // The loader reacts in the MutationObserver's microtask: after a frame, any second load would have happened.
    await frame();
    expect(loads.get(a)).to.equal(1);
    let error: unknown;
    await load('no-such-tag').catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('<no-such-tag>');
  });

  it('leaves a tag that another copy of the library has defined to that copy', async () => {
    const {
      names: [a],
      elements,
      loads,
    } = tags(1);
    customElements.define(a, class extends HTMLElement {});
    add(document.createElement(a));
    autoload(elements, NO_FILES, import.meta.url);
    // The loader reacts in the MutationObserver's microtask: after a frame, any second load would have happened.
    await frame();
    expect(loads.get(a)).to.equal(0);
  });

  it('names the file that could not be loaded in a console error: the missing one, not the chunk that imports it', async () => {
    const base = new URL('/tests/fixtures/autoload/', location.href).href;
    const files: ChunkFiles = {
      entries: { lazy: 'needs-missing.js' },
      imports: { 'needs-missing.js': ['present.js', 'missing.js'] },
    };
    const tag = `autoload-test-${++count}`;
    const elements = new Map<string, LazyElement>([
      [
        tag,
        {
          chunk: 'lazy',
          load: () => import(/* the stand-in chunk */ `${base}needs-missing.js`).then(() => HTMLElement),
        },
      ],
    ]);
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      add(document.createElement(tag));
      autoload(elements, files, base);
      await until(() => errors.length > 0, 'a console error', 5000);
    } finally {
      console.error = original;
    }
    const [message] = errors[0] as [string];
    expect(message).to.contain(`<${tag}>`);
    expect(message).to.contain(`${base}missing.js`);
    expect(message).not.to.contain('present.js');
    expect(message).not.to.contain('needs-missing.js');
    expect(message).to.contain('relations-atlas*.js');
  });
});
