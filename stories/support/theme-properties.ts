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

/**
 * The colour tokens a theme file sets for every screen (its rules before the first
 * `@media`): the palette part of a theme that also sets type and spacing.
 */
export function colourTokens(cssText: string): Record<string, string> {
  const everyScreen = cssText.split('@media', 1)[0]!;
  return Object.fromEntries(
    Object.entries(themeProperties(everyScreen)).filter(([name]) =>
      name.startsWith('--circ-color-'),
    ),
  );
}

/** Token values written back as a theme file's rule, for showing on a docs page. */
export function asThemeRule(properties: Record<string, string>): string {
  const lines = Object.entries(properties).map(([name, value]) => `  ${name}: ${value};`);
  return `:where(:root) {\n${lines.join('\n')}\n}\n`;
}
