import { executeServerCommand } from '@web/test-runner-commands';

/** A node of the browser's own accessibility tree. */
export interface AccessibilityNode {
  role: string;
  name?: string;
  children?: AccessibilityNode[];
}

/**
 * True in the engine whose accessibility tree tests can read (Chromium). Tests that use
 * `accessibilityTree()` skip the other engines for that reason and rely there on
 * `composed-tree.ts` and axe.
 */
export const canReadAccessibilityTree =
  navigator.userAgent.includes('Chrome/') && !navigator.userAgent.includes('Firefox/');

/** Chromium's full accessibility tree under the first element matching `selector`. */
export async function accessibilityTree(selector: string): Promise<AccessibilityNode> {
  return executeServerCommand<AccessibilityNode, { selector: string }>('a11y-tree', { selector });
}

/** Every node of `tree` with one of `roles`, in tree order. */
export function nodesWithRole(tree: AccessibilityNode, ...roles: string[]): AccessibilityNode[] {
  const found: AccessibilityNode[] = [];
  const visit = (node: AccessibilityNode) => {
    if (roles.includes(node.role)) found.push(node);
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}
