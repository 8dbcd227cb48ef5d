// Runs in the pages that scripts/bench.mjs opens (page.html?mode=…). Three ways to show
// the same output, each in a fresh page:
//   ours     the real elements from dist/cdn/circulation-elements.js
//   minimal  a minimal LitElement per element, holding the captured markup and CSS
//   plain    the captured output written as light DOM, with the CSS in one <style>
// `capture` (in an `ours` page) reads what our elements render; `run` times one mode.
const mode = new URLSearchParams(location.search).get('mode');

/** Lit markers and other comments carry no output: the copies leave them out. */
const COMMENT = 8;

// --- capture (mode=ours) ---------------------------------------------------------------

/**
 * The CSS text of the style sheets an element's shadow root adopted, one string per
 * sheet, in order. Read from Lit's `elementStyles` (the CSSResults those sheets were
 * made from) because Chromium serializes `cssRules` lossily: a shorthand holding a
 * `var()` comes back as empty longhands (`border-top-style: ;`).
 */
function sheetTexts(element) {
  const rulesText = (sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
  const adopted = element.shadowRoot.adoptedStyleSheets;
  const styles = element.constructor.elementStyles ?? [];
  if (styles.length !== adopted.length) return adopted.map(rulesText);
  return styles.map((style) => style.cssText ?? rulesText(style));
}

/** Every node under `root` (an element or shadow root, itself excluded), nested shadow trees included. */
function countTree(root) {
  let nodes = 0;
  let comments = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    nodes++;
    if (node.nodeType === COMMENT) comments++;
    if (node.shadowRoot) {
      const inner = countTree(node.shadowRoot);
      nodes += inner.nodes;
      comments += inner.comments;
    }
  }
  return { nodes, comments };
}

const hostClass = (tag) => `bench-host-${tag}`;

/** Numbers the minimal twins of nested elements, so no two variants' twins share a tag. */
let twins = 0;

/**
 * Rewrites one element's shadow-scoped CSS for light DOM: `:host` and `:host(x)` match
 * its wrapper, `::slotted(x)` matches `x` as a child of the slot that stays where
 * assigned nodes were (see `flatten`). When the output holds more than one element's
 * shadow tree (the checklist's care card), `isolate` wraps the CSS in `@scope`, from
 * the wrapper and the slots showing this tree's nodes to the next wrapper down, so
 * that each tree's rules reach only its own nodes, as in shadow DOM. Without nested
 * trees there is nothing to isolate and the rules stay as written.
 */
function lightDomCss(cssText, tag, isolate, nestedTags) {
  const host = isolate ? `:scope.${hostClass(tag)}` : `.${hostClass(tag)}`;
  // A nested element's tag: its wrapper; `tag > x` means its light children, which
  // now sit in the slot that shows them.
  cssText = renameTags(cssText, nestedTags, (nested, child) =>
    child ? `.${hostClass(nested)} slot[data-bench-tree="${tag}"] >` : `.${hostClass(nested)}`,
  );
  let out = '';
  let i = 0;
  while (i < cssText.length) {
    const at = cssText.slice(i).search(/:host\b(?!-)|::slotted\(/);
    if (at < 0) {
      out += cssText.slice(i);
      break;
    }
    out += cssText.slice(i, i + at);
    i += at;
    const slotted = cssText.startsWith('::slotted(', i);
    i += slotted ? '::slotted'.length : ':host'.length;
    let argument = '';
    if (cssText[i] === '(') {
      let depth = 0;
      const begin = i + 1;
      for (; i < cssText.length; i++) {
        if (cssText[i] === '(') depth++;
        else if (cssText[i] === ')' && --depth === 0) break;
      }
      argument = cssText.slice(begin, i);
      i++;
    }
    out += slotted ? `slot > :is(${argument})` : argument ? `${host}:is(${argument})` : host;
  }
  if (!isolate) return out;
  const roots = `.${hostClass(tag)}, slot[data-bench-tree="${tag}"]`;
  return `@scope (${roots}) to (:scope .bench-host > *) {\n${out}\n}`;
}

/**
 * Replaces type selectors of `tags` in CSS text by `replacement(tag, isChildCombinator)`
 * (which then stands for the tag and a following `>`, if there was one).
 */
function renameTags(cssText, tags, replacement) {
  if (tags.length === 0) return cssText;
  const names = tags.join('|'); // custom element names need no escaping
  const pattern = new RegExp(`(?<![\\w.#:-])(${names})(?![\\w-])(\\s*>)?`, 'g');
  return cssText.replace(pattern, (_match, tag, child) =>
    child ? replacement(tag, true) : replacement(tag, false),
  );
}

/**
 * A copy of `live`'s composed output as light DOM: comments dropped, every element with
 * a shadow root replaced by a `<div class="bench-host bench-host-<tag>">` (same
 * attributes) holding its flattened shadow tree, a slot showing fallback content
 * replaced by it, a slot showing assigned nodes kept (as the scope root of the tree
 * those nodes come from, `data-bench-tree`), and form state that lives in properties
 * (`.checked`) written as attributes. `sheets` collects each element's CSS text by tag;
 * `trees` is the stack of tags whose shadow trees `live` sits in.
 */
function flatten(live, sheets, trees = []) {
  if (live.nodeType === COMMENT) return [];
  if (live.nodeType !== Node.ELEMENT_NODE) return [live.cloneNode(false)];
  if (live.localName === 'slot') {
    const assigned = live.assignedNodes();
    if (assigned.length === 0)
      return [...live.childNodes].flatMap((n) => flatten(n, sheets, trees));
    const slot = document.createElement('slot');
    slot.dataset.benchTree = trees.at(-2);
    const outer = trees.slice(0, -1);
    slot.append(...assigned.flatMap((node) => flatten(node, sheets, outer)));
    return [slot];
  }
  let copy;
  let children = [...live.childNodes];
  let inside = trees;
  if (live.shadowRoot) {
    copy = document.createElement('div');
    for (const { name, value } of live.attributes) copy.setAttribute(name, value);
    copy.classList.add('bench-host', hostClass(live.localName));
    if (!sheets.has(live.localName)) sheets.set(live.localName, sheetTexts(live));
    children = [...live.shadowRoot.childNodes];
    inside = [...trees, live.localName];
  } else {
    copy = live.cloneNode(false);
    if (live.checked) copy.setAttribute('checked', '');
  }
  copy.append(...children.flatMap((node) => flatten(node, sheets, inside)));
  return [copy];
}

/**
 * Radio buttons group by name across a whole document, but only within a shadow root
 * or a form: in plain HTML every copy of the checklist would join one group per
 * question (and uncheck the others' answers), so such an instance becomes a `<form>`.
 */
function plainInstance(wrapper) {
  if (!wrapper.querySelector('input[type=radio]')) return wrapper;
  const form = document.createElement('form');
  for (const { name, value } of wrapper.attributes) form.setAttribute(name, value);
  form.append(...wrapper.childNodes);
  return form;
}

/**
 * A copy of one shadow tree for a minimal Lit element: the same markup without Lit's
 * comment markers, `.checked` as an attribute, and each nested element of ours (with a
 * shadow root) renamed to a minimal twin that `nested` records (tag, markup, sheets).
 */
function minimalCopy(live, nested) {
  if (live.nodeType === COMMENT) return [];
  if (live.nodeType !== Node.ELEMENT_NODE) return [live.cloneNode(false)];
  let copy;
  if (live.shadowRoot) {
    const twin = {
      tag: `bench-min-${live.localName}-${++twins}`,
      of: live.localName,
      markup: '',
      sheets: sheetTexts(live),
    };
    nested.push(twin);
    twin.markup = serialize([...live.shadowRoot.childNodes], nested);
    copy = document.createElement(twin.tag);
    for (const { name, value } of live.attributes) copy.setAttribute(name, value);
  } else {
    copy = live.cloneNode(false);
    if (live.checked) copy.setAttribute('checked', '');
  }
  copy.append(...[...live.childNodes].flatMap((node) => minimalCopy(node, nested)));
  return [copy];
}

function serialize(nodes, nested) {
  const box = document.createElement('div');
  box.append(...nodes.flatMap((node) => minimalCopy(node, nested)));
  return box.innerHTML;
}

function createOurs(spec, index) {
  const variant = spec.variants[index % spec.variants.length];
  const element = document.createElement(spec.tag);
  for (const [name, value] of Object.entries(variant.attributes ?? {})) {
    element.setAttribute(name, value);
  }
  Object.assign(element, variant.properties ?? {});
  return element;
}

/** Awaits every instance's first render, then that of the elements they render. */
async function settle(elements, nestedSelector) {
  await Promise.all(elements.map((element) => element.updateComplete));
  if (!nestedSelector) return;
  const nested = elements.flatMap((element) => [
    ...element.shadowRoot.querySelectorAll(nestedSelector),
  ]);
  await Promise.all(nested.map((element) => element.updateComplete));
}

/**
 * What our element renders for each variant of `spec`, as the minimal Lit element's
 * markup and CSS and as plain HTML with its CSS.
 */
async function capture(spec) {
  const host = document.querySelector('#host');
  const elements = spec.variants.map((_variant, index) => createOurs(spec, index));
  host.replaceChildren(...elements);
  await settle(elements, '*');
  const plainSheets = new Map();
  const variants = elements.map((element) => {
    const nested = [];
    const hostAttributes = Object.fromEntries(
      [...element.attributes].map(({ name, value }) => [name, value]),
    );
    return {
      hostAttributes,
      minimal: { markup: serialize([...element.shadowRoot.childNodes], nested), nested },
      plain: plainInstance(flatten(element, plainSheets)[0]).outerHTML,
    };
  });
  const nestedTags = elements
    .flatMap((element) => [...element.shadowRoot.querySelectorAll('*')])
    .filter((node) => node.shadowRoot)
    .map((node) => node.localName);
  host.replaceChildren();
  return {
    variants,
    sheets: sheetTexts(elements[0]),
    plainCss: [...plainSheets]
      .map(([tag, texts]) =>
        lightDomCss(texts.join('\n'), tag, plainSheets.size > 1, [...plainSheets.keys()]),
      )
      .join('\n'),
    nestedTags: [...new Set(nestedTags)],
  };
}

// --- the three modes -------------------------------------------------------------------

let lit;
let ourModule;
window.benchReady = (async () => {
  if (mode === 'ours') ourModule = await import('/cdn/circulation-elements.js');
  if (mode === 'minimal') lit = await import('/minimal-lit.js');
  return {
    topics: ourModule?.explainerTopicNames ? [...ourModule.explainerTopicNames] : undefined,
  };
})();

/**
 * A minimal Lit element holding one captured shadow tree per variant and the same CSS.
 *
 * Why `staticHtml` + `unsafeStatic`, built once per variant: it is exactly what a
 * LitElement whose `render()` returns the markup written out in an html`` literal with
 * no bindings does. Lit parses the template once per class and clones it for each
 * instance. Building the TemplateResult in `render()` would add a join-and-lookup of
 * the whole markup string on every render (static-html's cache key), a cost no
 * hand-written template has. A `<template>` clone returned from `render()` would go
 * through a child part as a DOM node, which is not how a Lit element renders markup.
 */
function defineMinimal(tag, markups, sheets) {
  const { LitElement, unsafeCSS, staticHtml, unsafeStatic } = lit;
  const templates = markups.map((markup) => staticHtml`${unsafeStatic(markup)}`);
  customElements.define(
    tag,
    class extends LitElement {
      static styles = sheets.map((text) => unsafeCSS(text));
      variant = 0;
      render() {
        return templates[this.variant];
      }
    },
  );
}

/** Per mode: `setup` outside the clock, `render` (inside it) returns the instances. */
const modes = {
  ours: (spec, captured) => ({
    nestedSelector: captured.nestedTags.join(','),
    render(host) {
      const elements = [];
      for (let i = 0; i < spec.count; i++) {
        const element = createOurs(spec, i);
        host.append(element);
        elements.push(element);
      }
      return elements;
    },
  }),
  minimal: (spec, captured) => {
    const tag = `bench-min-${spec.tag}`;
    const nested = captured.variants.flatMap((variant) => variant.minimal.nested);
    // Our CSS that names a nested element's tag names its twins instead.
    const twinsOf = (name) => nested.filter((twin) => twin.of === name).map((twin) => twin.tag);
    const renamed = (sheets) =>
      sheets.map((text) =>
        renameTags(text, captured.nestedTags, (name, child) =>
          child ? `:is(${twinsOf(name)}) >` : `:is(${twinsOf(name)})`,
        ),
      );
    for (const twin of nested) defineMinimal(twin.tag, [twin.markup], renamed(twin.sheets));
    const markups = captured.variants.map((variant) => variant.minimal.markup);
    defineMinimal(tag, markups, renamed(captured.sheets));
    const attributes = captured.variants.map((variant) => Object.entries(variant.hostAttributes));
    return {
      nestedSelector: nested.map((twin) => twin.tag).join(','),
      render(host) {
        const elements = [];
        for (let i = 0; i < spec.count; i++) {
          const element = document.createElement(tag);
          const variant = i % attributes.length;
          for (const [name, value] of attributes[variant]) element.setAttribute(name, value);
          element.variant = variant;
          host.append(element);
          elements.push(element);
        }
        return elements;
      },
    };
  },
  plain: (spec, captured) => {
    const style = document.createElement('style');
    style.textContent = captured.plainCss;
    document.head.append(style);
    const range = document.createRange();
    const fragments = captured.variants.map((variant) =>
      range.createContextualFragment(variant.plain),
    );
    return {
      render(host) {
        for (let i = 0; i < spec.count; i++) {
          host.append(fragments[i % fragments.length].cloneNode(true));
        }
        return [];
      },
    };
  },
};

let prepared;

/** Everything outside the clock: modules loaded, classes defined, markup parsed. */
function prepare(spec, captured) {
  prepared = modes[mode](spec, captured);
  document.querySelector('#host').getBoundingClientRect();
}

/**
 * Milliseconds from the first DOM call to a forced layout after every first render
 * (`ms`), and the part of it before the layout (`domMs`: DOM built, every render done).
 */
async function run() {
  const host = document.querySelector('#host');
  const start = performance.now();
  const elements = prepared.render(host);
  await settle(elements, prepared.nestedSelector);
  const rendered = performance.now();
  host.getBoundingClientRect(); // forces style and layout of everything just added
  const end = performance.now();
  return { ms: end - start, domMs: rendered - start };
}

/** Nodes per instance as rendered now: shadow trees for the elements, light DOM for plain. */
function nodesPerInstance() {
  const instances = [...document.querySelector('#host').children];
  let nodes = 0;
  let comments = 0;
  for (const instance of instances) {
    const counted = countTree(instance.shadowRoot ?? instance);
    nodes += counted.nodes;
    comments += counted.comments;
  }
  return { nodes: nodes / instances.length, comments: comments / instances.length };
}

window.bench = { capture, prepare, run, nodesPerInstance };
