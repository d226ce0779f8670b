// A web-test-runner command that sends raw input through Chrome DevTools Protocol, for gestures the standard
// commands lack: touch (one and two fingers: drag, pinch) and the mouse wheel at a point. Payload: `{ events }`,
// each `{ method, params }` with an Input method or Emulation.setTouchEmulationEnabled (a touch screen, so pages
// that ask `navigator.maxTouchPoints`, as d3-zoom does, listen for touches), sent in order. One CDP session per
// test page is kept open: emulation settings last only as long as the session that made them.
const ALLOWED = new Set(['Input.dispatchTouchEvent', 'Input.dispatchMouseEvent', 'Emulation.setTouchEmulationEnabled']);

export function cdpInputPlugin() {
  const clients = new Map();
  return {
    name: 'cdp-input-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp-input') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('cdp-input needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      let client = clients.get(page);
      if (!client) {
        client = await page.target().createCDPSession();
        clients.set(page, client);
        page.once('close', () => clients.delete(page));
      }
      for (const { method, params } of payload.events) {
        if (!ALLOWED.has(method)) throw new Error(`cdp-input sends input and touch emulation only, not ${method}`);
        await client.send(method, params);
      }
      return true;
    },
  };
}
