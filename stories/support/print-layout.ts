/** A sheet of paper: light, white, black text. */
export const paper = {
  colorScheme: 'light',
  background: '#ffffff',
  color: '#000000',
  padding: '1rem',
};

type Updating = Element & { updateComplete?: Promise<unknown> };

/**
 * Applies the print rules of the `tag` element under `container`, and of every element of
 * ours in its shadow root (the checklist's care cards), to the screen: a story can show
 * what printing gives. Used as a `ref` callback on the story's wrapper.
 */
export async function showPrintLayout(tag: string, container?: Element): Promise<void> {
  await Promise.resolve(); // the ref fires before the children in the template are rendered
  const element = container?.querySelector<Updating>(tag);
  if (!element) return;
  await element.updateComplete;
  const nested = [...element.shadowRoot!.querySelectorAll<Updating>('*')].filter(
    (node) => node.localName.startsWith('circ-') && node.shadowRoot,
  );
  for (const host of [element, ...nested]) {
    await host.updateComplete;
    const root = host.shadowRoot!;
    const printRules = new CSSStyleSheet();
    for (const sheet of root.adoptedStyleSheets) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
          for (const inner of Array.from(rule.cssRules)) {
            printRules.insertRule(inner.cssText, printRules.cssRules.length);
          }
        }
      }
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, printRules];
  }
}
