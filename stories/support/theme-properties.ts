/**
 * The `--circ-*` declarations of an example theme file, as a property map for
 * `styleMap`: the Theming page shows each theme on a wrapper, so that both can sit on
 * one page, from the same file the theme toolbar applies to the whole page.
 */
export function themeProperties(cssText: string): Record<string, string> {
  const withoutComments = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  return Object.fromEntries(
    Array.from(withoutComments.matchAll(/(--circ-[\w-]+)\s*:\s*([^;]+);/g), (match) => [
      match[1]!,
      match[2]!.trim(),
    ]),
  );
}
