// Served as a same-origin classic script at the end of the pre-rendered page: it runs
// before the bundle (a module script) defines anything, and keeps the pre-rendered nodes
// so scripts/csp-check.mjs can tell whether hydration kept them.
window.prerenderedNodes = {
  heading: document.querySelector('circ-explainer').shadowRoot.querySelector('h2'),
  question: document
    .querySelector('circ-symptom-checklist')
    .shadowRoot.querySelector('input[name="walkingPain"][value="yes"]'),
  startButton: document
    .querySelector('circ-walking-plan')
    .shadowRoot.querySelector('button.primary'),
};
