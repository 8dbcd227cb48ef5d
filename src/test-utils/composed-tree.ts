/**
 * Reads the page the way assistive technology meets it: through shadow roots and slots
 * (the flattened tree), skipping what is hidden from everyone. This works the same in all
 * three engines, unlike accessibility snapshots, which only Chromium exposes to tests.
 */

import { flattenedChildren } from '../base/flattened-tree.js';

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Nodes that are rendered inside a closed `<details>` are not exposed either. */
function isInClosedDetails(node: Node, details: HTMLDetailsElement): boolean {
  return !details.open && !(node instanceof HTMLElement && node.localName === 'summary');
}

/** The text a screen reader would read for `root`, whitespace collapsed. */
export function accessibleText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element && isHidden(node)) return;
    for (const child of flattenedChildren(node)) {
      if (node instanceof HTMLDetailsElement && isInClosedDetails(child, node)) continue;
      visit(child);
    }
  };
  visit(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A heading as assistive technology lists it. */
export interface HeadingInfo {
  level: number;
  name: string;
}

/** Every visible heading under `root` in the flattened tree, in reading order. */
export function headingsIn(root: Node): HeadingInfo[] {
  const found: HeadingInfo[] = [];
  const visit = (node: Node) => {
    if (!(node instanceof Element || node instanceof ShadowRoot || node instanceof Document))
      return;
    if (node instanceof Element) {
      if (isHidden(node)) return;
      const level = headingLevelOf(node);
      if (level !== undefined) {
        found.push({ level, name: accessibleText(node) });
        return;
      }
    }
    flattenedChildren(node).forEach(visit);
  };
  visit(root);
  return found;
}

function headingLevelOf(element: Element): number | undefined {
  const match = /^h([1-6])$/.exec(element.localName);
  if (match) return Number(match[1]);
  if (element.getAttribute('role') === 'heading') {
    return Number(element.getAttribute('aria-level') ?? 2);
  }
  return undefined;
}

/** A short, readable name for a node: `summary "More about ischaemia"`. */
export function describeNode(node: Node | null | undefined): string {
  if (!node) return String(node);
  if (!(node instanceof Element)) return node.nodeName;
  const text = accessibleText(node).slice(0, 40);
  return `${node.localName}${text ? ` "${text}"` : ''}`;
}

/**
 * Asserts that `actual` is the very node `expected`. Use it instead of
 * `expect(node).to.equal(other)`: when that fails, the runner tries to print both DOM
 * nodes and hangs until its timeout instead of reporting the failure.
 */
export function expectSameNode(actual: Node | null | undefined, expected: Node | null): void {
  if (actual !== expected) {
    throw new Error(`expected ${describeNode(expected)} but found ${describeNode(actual)}`);
  }
}
