export * from './messages.js';
export * from './channel.js';
export * from './dom-events.js';
export * from './bus-controller.js';
