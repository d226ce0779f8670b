// How a host page listens: the elements' events bubble out of their shadow roots.
const log = document.getElementById('host-log');
document.addEventListener('relations-select', (event) => {
  const { eventIds, placeIds } = event.detail;
  log.textContent = `relations-select: ${eventIds.length} event(s) [${eventIds.slice(0, 3).join(', ')}${
    eventIds.length > 3 ? ', …' : ''
  }], ${placeIds.length} place(s) [${placeIds.join(', ')}]`;
});
