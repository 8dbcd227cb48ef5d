// WCAG contrast of computed colours, for tests that check what a reader can read.

/** The red, green and blue (0–255) and alpha of a computed `rgb(…)` or `rgba(…)` colour. */
function channels(colour: string): [number, number, number, number] {
  const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  if (parts.length < 3) throw new Error(`not an rgb() colour: ${colour}`);
  const [r, g, b, a = 1] = parts as [number, number, number, number?];
  return [r, g, b, a];
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two opaque computed colours (1 to 21). */
export function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** The first opaque background behind `element` in the flat tree (white if none). */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node;) {
    const background = getComputedStyle(node).backgroundColor;
    if (channels(background)[3] === 1) return background;
    node =
      node.assignedSlot ?? node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/** The contrast of `element`'s text on what is behind it. */
export function textContrast(element: Element): number {
  return contrast(getComputedStyle(element).color, backgroundBehind(element));
}
