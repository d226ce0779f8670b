// A web-test-runner command that sends raw input through Chrome DevTools Protocol, for gestures the standard
// commands lack: touch (one and two fingers: drag, pinch) and the mouse wheel at a point. Payload: `{ events }`,
// each `{ method: 'Input.dispatchTouchEvent' | 'Input.dispatchMouseEvent', params }`, sent in order.
export function cdpInputPlugin() {
  return {
    name: 'cdp-input-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp-input') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('cdp-input needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      const client = await page.target().createCDPSession();
      try {
        for (const { method, params } of payload.events) {
          if (method !== 'Input.dispatchTouchEvent' && method !== 'Input.dispatchMouseEvent') {
            throw new Error(`cdp-input sends input events only, not ${method}`);
          }
          await client.send(method, params);
        }
      } finally {
        await client.detach();
      }
      return true;
    },
  };
}
