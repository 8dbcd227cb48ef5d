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
