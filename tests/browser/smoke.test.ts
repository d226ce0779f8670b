import { expect } from '@esm-bundle/chai';
import { getChannel } from '../../src/bus/channel.js';

describe('bus in the browser', () => {
  it('delivers a message to another subscriber of the same channel and not back to the sender', () => {
    const channel = getChannel('smoke');
    const sender = {};
    const heardBySender: string[] = [];
    const heardByOther: string[] = [];
    const off1 = channel.subscribe((m) => heardBySender.push(m.type), sender);
    const off2 = channel.subscribe((m) => heardByOther.push(m.type), {});
    channel.publish({ type: 'select', selection: { eventIds: ['a'], placeIds: [] } }, sender);
    off1();
    off2();
    expect(heardByOther).to.deep.equal(['select']);
    expect(heardBySender).to.deep.equal([]);
  });
});
