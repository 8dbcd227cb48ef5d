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

/**
 * Captures `console.warn` around every test of the enclosing `describe` (installs the
 * `beforeEach`/`afterEach` pair). `messages` is the current test's warnings.
 */
export function useWarnings(): { readonly messages: string[] } {
  let current: ReturnType<typeof captureWarnings> | undefined;
  beforeEach(() => {
    current = captureWarnings();
  });
  afterEach(() => current?.restore());
  return {
    get messages() {
      return current?.messages ?? [];
    },
  };
}
