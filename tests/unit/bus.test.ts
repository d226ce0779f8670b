import { describe, expect, it, vi } from 'vitest';
import { getChannel, RelationsChannel } from '../../src/bus/channel.js';
import { messageProblem, type BusMessage } from '../../src/bus/messages.js';

const fakeDocument = () => ({}) as Document;
const select = (eventIds: string[]): BusMessage => ({ type: 'select', selection: { eventIds, placeIds: [] } });

describe('channels', () => {
  it('getChannel(name) returns one channel per name and document', () => {
    const doc = fakeDocument();
    expect(getChannel('a', doc)).toBe(getChannel('a', doc));
    expect(getChannel('a', doc)).not.toBe(getChannel('b', doc));
    expect(getChannel('a', doc)).not.toBe(getChannel('a', fakeDocument()));
  });

  it('delivers to every subscriber but the sender, so views never hear their own echo', () => {
    const channel = getChannel('story', fakeDocument());
    const timeline = {};
    const map = {};
    const heard = { timeline: [] as BusMessage[], map: [] as BusMessage[] };
    channel.subscribe((m) => heard.timeline.push(m), timeline);
    channel.subscribe((m) => heard.map.push(m), map);
    channel.publish(select(['e1']), timeline);
    expect(heard.timeline).toEqual([]);
    expect(heard.map).toEqual([select(['e1'])]);
  });

  it('keeps different channels apart', () => {
    const doc = fakeDocument();
    const listener = vi.fn();
    getChannel('left', doc).subscribe(listener, {});
    getChannel('right', doc).publish(select(['x']));
    expect(listener).not.toHaveBeenCalled();
  });

  it('remembers the last selection, hover, range and filter for elements that join late', () => {
    const channel = getChannel('late', fakeDocument());
    channel.publish(select(['e2']));
    channel.publish({ type: 'range', start: 1, end: 2 });
    channel.publish({ type: 'filter', hidden: ['visit'] });
    channel.publish({ type: 'hover', selection: null });
    expect(channel.state).toEqual({
      selection: { eventIds: ['e2'], placeIds: [] },
      hover: null,
      range: { start: 1, end: 2 },
      hidden: ['visit'],
      eventIds: null,
    });
  });

  it('unsubscribing stops delivery', () => {
    const channel = new RelationsChannel();
    const listener = vi.fn();
    const off = channel.subscribe(listener);
    channel.select({ eventIds: ['a'] });
    off();
    channel.clearSelection();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('two copies of the library meet on the same channel name and stay apart on others', async () => {
    const doc = fakeDocument();
    vi.resetModules();
    // @ts-expect-error: a query string makes Vite load a second, separate copy of the module
    const copy: typeof import('../../src/bus/channel.js') = await import('../../src/bus/channel.js?copy=2');
    expect(copy.getChannel).not.toBe(getChannel);
    const heard = vi.fn();
    copy.getChannel('shared', doc).subscribe(heard, {});
    getChannel('shared', doc).publish(select(['from-copy-1']));
    getChannel('other', doc).publish(select(['elsewhere']));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0][0]).toEqual(select(['from-copy-1']));
  });
});

describe('messageProblem: what the channel refuses (issue 15, item 13)', () => {
  it('takes well-formed messages', () => {
    expect(messageProblem({ type: 'select', selection: { eventIds: ['a'], placeIds: [] } })).toBe(null);
    expect(messageProblem({ type: 'hover', selection: null })).toBe(null);
    expect(messageProblem({ type: 'range', start: 1, end: 1 })).toBe(null);
    expect(messageProblem({ type: 'filter', hidden: null })).toBe(null);
    expect(messageProblem({ type: 'filter', hidden: ['visit'], eventIds: ['a'] })).toBe(null);
  });

  it('says what is wrong with any other', () => {
    expect(messageProblem(null)).toBe('it is not an object');
    expect(messageProblem('select')).toBe('it is not an object');
    expect(messageProblem({ type: 'select', selection: { eventIds: 'x', placeIds: [] } })).toBe(
      'eventIds is not a list of id strings',
    );
    expect(messageProblem({ type: 'select', selection: { eventIds: [], placeIds: [1] } })).toBe(
      'placeIds is not a list of id strings',
    );
    expect(messageProblem({ type: 'hover', selection: 5 })).toBe('the selection is not an object');
    expect(messageProblem({ type: 'range', start: 2, end: 1 })).toBe(
      'start and end are not finite times with start <= end',
    );
    expect(messageProblem({ type: 'range', start: 0, end: Infinity })).toBe(
      'start and end are not finite times with start <= end',
    );
    expect(messageProblem({ type: 'filter', hidden: 'visit' })).toBe(
      'hidden is neither null nor a list of category ids',
    );
    expect(messageProblem({ type: 'filter', hidden: null, eventIds: [3] })).toBe(
      'eventIds is neither null nor a list of id strings',
    );
    expect(messageProblem({ type: 'toString' })).toBe(
      '"toString" is not a message type (select, hover, range, filter)',
    );
  });
});
