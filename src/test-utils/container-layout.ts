import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Container widths for the elements that reflow their tables (the comparison, the walking
 * plan's printable plan): under 36rem a table becomes stacked cards; 720px keeps it a table.
 */
export type ContainerLayout = 'narrow' | 'wide';

/**
 * `element` (one of ours, named by `tag`) inside a container of a fixed width, 320px or
 * 720px, sized by a class (no inline styles), rendered.
 */
export async function inContainer<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  layout: ContainerLayout,
  element: TemplateResult,
  tag: string,
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <style>
        .narrow {
          inline-size: 320px;
        }
        .wide {
          inline-size: 720px;
        }
      </style>
      <div class=${layout}>${element}</div>
    </div>
  `);
  const el = wrapper.querySelector<T>(tag)!;
  await el.updateComplete;
  return el;
}

/** Out of sight but not out of the accessibility tree (the visually hidden pattern). */
export function isVisuallyHidden(element: Element): boolean {
  const { width, height } = element.getBoundingClientRect();
  return width <= 1 && height <= 1;
}

/** Nothing in `el`'s shadow tree sticks out of its inline box; nothing scrolls sideways. */
export function expectNoHorizontalOverflow(el: HTMLElement): void {
  const host = el.getBoundingClientRect();
  const tolerance = 0.5; // sub-pixel rounding
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not rendered (display: none)
    const where = `<${node.localName} class="${node.getAttribute('class') ?? ''}">`;
    expect(box.left, `${where} starts before the host`).to.be.at.least(host.left - tolerance);
    expect(box.right, `${where} ends after the host`).to.be.at.most(host.right + tolerance);
  }
  expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  expect(base.scrollWidth).to.be.at.most(base.clientWidth);
}
