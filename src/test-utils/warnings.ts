/**
 * Records `console.warn` calls for the duration of a test (and keeps the console quiet).
 * Call `restore()` in `afterEach`.
 */
export function captureWarnings(): { readonly messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore() {
      console.warn = original;
    },
  };
}
