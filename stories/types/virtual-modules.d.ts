// Modules that exist only inside Storybook's Vite build (see .storybook/main.ts).
// The content figures (a `ContentFigures` of scripts/content/figures.mjs; an ambient
// module cannot import it by a relative path, so stories/support/generated-tables.ts
// types it).
declare module 'virtual:circ-content-figures' {
  const figures: unknown;
  export default figures;
}

declare module '*.css?raw' {
  const text: string;
  export default text;
}

declare module '*.md?raw' {
  const text: string;
  export default text;
}
