import { flattenedChildren } from '../../base/flattened-tree.js';

/**
 * Where focus goes when an element hides itself while focus is inside it (a dismissed
 * banner): to the next element in Tab order after it, where the reader was heading, or,
 * when nothing follows, to the last one before it. Never to `<body>`, which would send
 * keyboard and screen reader users back to the top of the page.
 */

// Elements that take part in sequential (Tab) focus navigation unless disabled, hidden,
// inert or given a negative tabindex. Whether focus really lands is checked after
// `focus()`, so hidden, inert and disabled elements need no separate test here.
const tabbableCandidates = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  'audio[controls]',
  'video[controls]',
  'details > summary:first-of-type',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

type Focusable = HTMLElement | SVGElement;

function isTabbableCandidate(node: Node): node is Focusable {
  return (
    (node instanceof HTMLElement || node instanceof SVGElement) &&
    node.matches(tabbableCandidates) &&
    node.tabIndex >= 0
  );
}

/** Tab candidates under `root` before and after `element` (whose own subtree is skipped). */
function candidatesAround(root: Node, element: Element) {
  const before: Focusable[] = [];
  const after: Focusable[] = [];
  let found = false;
  const visit = (node: Node): void => {
    if (node === element) {
      found = true;
      return;
    }
    if (isTabbableCandidate(node)) (found ? after : before).push(node);
    flattenedChildren(node).forEach(visit);
  };
  visit(root);
  return { found, before, after };
}

function hasFocus(element: Focusable): boolean {
  return (element.getRootNode() as Document | ShadowRoot).activeElement === element;
}

/**
 * Moves focus to the first focusable element after `element` in the flattened tree
 * (through open shadow roots and slots), else to the last one before it. Returns false
 * when nothing else on the page can take focus.
 */
export function focusNearestOutside(element: Element): boolean {
  let around = candidatesAround(element.ownerDocument, element);
  // Inside a closed shadow root the page-wide walk cannot see the element: stay in its root.
  if (!around.found) around = candidatesAround(element.getRootNode(), element);
  for (const candidate of [...around.after, ...around.before.reverse()]) {
    candidate.focus();
    if (hasFocus(candidate)) return true;
  }
  return false;
}
