import { captureWarnings } from './warnings.js';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * `fragment` as `circulation-elements/ssr` renders it on a server (through the test
 * runner's `ssr-render` command, from the built dist/ssr).
 */
export function prerender(fragment: string, locale?: string): Promise<string> {
  return executeServerCommand<string, { fragment: string; locale?: string }>('ssr-render', {
    fragment,
    locale,
  });
}

/**
 * Puts pre-rendered `html` into `container` as a browser parses a page, Declarative Shadow
 * DOM included (`innerHTML` would leave the `<template shadowrootmode>` inert).
 */
export function insertPrerendered(container: Element, html: string): void {
  container.setHTMLUnsafe(html);
}

/** The nodes of an element's shadow root, in tree order (to check they stay the same). */
export function shadowNodes(host: Element): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** What a pre-rendered element looked like before any script defined it. */
export interface PrerenderedSnapshot {
  readonly nodes: Node[];
  readonly rect: DOMRect;
  readonly text: string;
}

/** The shadow nodes, box and text of the first element of each of `tags` in `container`. */
export function snapshotPrerendered(
  container: Element,
  tags: readonly string[],
): Map<string, PrerenderedSnapshot> {
  const snapshots = new Map<string, PrerenderedSnapshot>();
  for (const tag of tags) {
    const host = container.querySelector(tag)!;
    snapshots.set(tag, {
      nodes: shadowNodes(host),
      rect: host.getBoundingClientRect(),
      text: host.shadowRoot!.textContent!,
    });
  }
  return snapshots;
}

/**
 * The tags (of `snapshots`) whose element no longer has the same shadow nodes, text or
 * box as when pre-rendered: empty when every element hydrated without a change.
 */
export function changedSincePrerender(
  container: Element,
  snapshots: ReadonlyMap<string, PrerenderedSnapshot>,
): string[] {
  const changed: string[] = [];
  for (const [tag, was] of snapshots) {
    const host = container.querySelector(tag)!;
    const nodes = shadowNodes(host);
    const rect = host.getBoundingClientRect();
    const same =
      nodes.length === was.nodes.length &&
      nodes.every((node, index) => node === was.nodes[index]) &&
      host.shadowRoot!.textContent === was.text &&
      rect.x === was.rect.x &&
      rect.y === was.rect.y &&
      rect.width === was.rect.width &&
      rect.height === was.rect.height;
    if (!same) changed.push(tag);
  }
  return changed;
}

/** Resolves once every element of `tags` in `container` is defined and has rendered. */
export async function whenRendered(container: Element, tags: readonly string[]): Promise<void> {
  for (const tag of tags) {
    await customElements.whenDefined(tag);
    for (const element of container.querySelectorAll(tag)) {
      await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    }
  }
}

/**
 * What the hydration tests share: `page` pre-rendered (in `locale`) into `container`, a
 * snapshot of each of `tags`, then `load()` (the scripts under test) until every element
 * has rendered, with the warnings raised meanwhile.
 */
export async function prerenderThenLoad(
  container: Element,
  page: string,
  tags: readonly string[],
  load: () => Promise<unknown>,
  locale?: string,
): Promise<{ snapshots: Map<string, PrerenderedSnapshot>; warnings: string[] }> {
  const capture = captureWarnings();
  try {
    document.body.append(container);
    insertPrerendered(container, await prerender(page, locale));
    const snapshots = snapshotPrerendered(container, tags);
    await load();
    await whenRendered(container, tags);
    return { snapshots, warnings: capture.messages };
  } finally {
    capture.restore();
  }
}

/** Imports a built file by its URL (a variable, so the type checker needs no dist/). */
export function importBuilt(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}
