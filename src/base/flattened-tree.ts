/**
 * Children in the flattened tree, the order of reading and of Tab: a host's shadow tree,
 * a slot's assigned nodes (or its fallback content), otherwise the child nodes.
 */
export function flattenedChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : Array.from(node.childNodes);
  }
  if (node instanceof Element && node.shadowRoot) return Array.from(node.shadowRoot.childNodes);
  return Array.from(node.childNodes);
}
