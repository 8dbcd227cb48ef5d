// The partner's own script on the plain page: it only listens. Events bubble and are
// composed, so one listener on the document hears every element.
window.consumerLog = [];
document.addEventListener('circ-result-change', (event) => {
  window.consumerLog.push({ type: event.type, from: event.target.localName, detail: event.detail });
});
