// Loaded by scripts/bench.mjs: renders N explainer cards either as custom elements or
// as the same content in plain HTML, and reports how long each took to render and lay out.
const params = new URLSearchParams(location.search);
const count = Number(params.get('count') ?? 100);
const mode = params.get('mode');
const topics = ['ischaemia', 'intermittent-claudication', 'critical-ischaemia', 'treatment'];

async function renderElements(host) {
  for (let i = 0; i < count; i++) {
    const element = document.createElement('circ-explainer');
    element.topic = topics[i % topics.length];
    host.append(element);
  }
  await Promise.all([...host.children].map((element) => element.updateComplete));
}

// The same visible content, light DOM only: a heading, a paragraph and a <details>.
function renderPlainHtml(host, fragment) {
  for (let i = 0; i < count; i++) host.append(fragment.cloneNode(true));
}

window.runBenchmark = async (plainMarkup) => {
  const host = document.querySelector('#host');
  host.replaceChildren();
  // Our own markup, read from a rendered card; parsed before the clock starts.
  const fragment = document.createRange().createContextualFragment(plainMarkup);
  const start = performance.now();
  if (mode === 'elements') await renderElements(host);
  else renderPlainHtml(host, fragment);
  host.getBoundingClientRect(); // force style and layout
  return performance.now() - start;
};
