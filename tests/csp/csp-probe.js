// Records every Content-Security-Policy violation and every uncaught error on the page, for the CSP test.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const target = event.composedPath()[0];
  const where = target instanceof Element ? `<${target.localName} class="${target.getAttribute('class') ?? ''}">` : '';
  window.cspViolations.push(
    `${event.violatedDirective}: ${event.blockedURI} ${where} ${event.sourceFile}:${event.lineNumber}`,
  );
});
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
document.addEventListener('relations-ready', () => (window.atlasReady = true));
