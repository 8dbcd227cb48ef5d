import { expect, fixture, html } from '@open-wc/testing';
import { focusNearestOutside } from './focus-nearest.js';

let counter = 0;
const uniqueTag = (name: string) => `focus-nearest-${name}-${Date.now()}-${counter++}`;

/** Compare names, not nodes: a failed assertion on DOM nodes hangs wtr. */
const focusedId = (root: DocumentOrShadowRoot = document) => root.activeElement?.id ?? null;

describe('focusNearestOutside', () => {
  it('moves focus to the next focusable element, skipping the element’s own subtree', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <div id="leaving"><button id="inside">Inside</button></div>
        <p>Text</p>
        <a id="next" href="#next">Next</a>
      </div>
    `);
    wrapper.querySelector<HTMLElement>('#inside')!.focus();
    expect(focusNearestOutside(wrapper.querySelector('#leaving')!)).to.equal(true);
    expect(focusedId()).to.equal('next');
  });

  it('follows slots: a slotted link counts where it is shown', async () => {
    const tag = uniqueTag('slotting');
    customElements.define(
      tag,
      class extends HTMLElement {
        constructor() {
          super();
          const intro = document.createElement('p');
          intro.textContent = 'Intro';
          this.attachShadow({ mode: 'open' }).append(intro, document.createElement('slot'));
        }
      },
    );
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <div id="leaving"></div>
      </div>
    `);
    const host = document.createElement(tag);
    const slotted = document.createElement('a');
    slotted.id = 'slotted';
    slotted.href = '#slotted';
    slotted.textContent = 'Slotted';
    host.append(slotted);
    wrapper.append(host);
    expect(focusNearestOutside(wrapper.querySelector('#leaving')!)).to.equal(true);
    expect(focusedId()).to.equal('slotted');
  });

  it('works inside a closed shadow root, which the page-wide walk cannot enter', async () => {
    const tag = uniqueTag('closed');
    let closedRoot: ShadowRoot | undefined;
    customElements.define(
      tag,
      class extends HTMLElement {
        constructor() {
          super();
          // A partner's closed root: the case under test.
          // eslint-disable-next-line wc/no-closed-shadow-root
          closedRoot = this.attachShadow({ mode: 'closed' });
          const leaving = document.createElement('div');
          leaving.id = 'leaving';
          const after = document.createElement('button');
          after.id = 'after';
          after.textContent = 'After';
          closedRoot.append(leaving, after);
        }
      },
    );
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(document.createElement(tag));
    expect(focusNearestOutside(closedRoot!.querySelector('#leaving')!)).to.equal(true);
    expect(focusedId(closedRoot)).to.equal('after');
  });

  it('reports false when nothing else can take focus', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <div id="leaving"><button>Inside</button></div>
        <button disabled>Disabled</button>
        <span tabindex="-1">Focusable, but not in Tab order</span>
      </div>
    `);
    expect(focusNearestOutside(wrapper.querySelector('#leaving')!)).to.equal(false);
  });
});
