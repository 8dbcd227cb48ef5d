import { expect, fixture, html } from '@open-wc/testing';
import '../../price-banner.js';
import {
  accessibilityTree,
  canReadAccessibilityTree,
  nodesWithRole,
} from '../../test-utils/a11y-tree.js';
import {
  bannerIn,
  closeLabel,
  ctaLabel,
  heading,
  partOf,
} from '../../test-utils/price-banner-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircPriceBanner } from './price-banner.element.js';

describe('<circ-price-banner>', () => {
  useWarnings(); // keeps expected warnings out of the test log

  it('fits a 320px container without overflowing', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <circ-price-banner dismissible price="1250000.50" currency="EUR" href="/prices">
          <ul slot="includes">
            <li>Consultation, scan, treatment and aftercare</li>
          </ul>
        </circ-price-banner>
      </div>
    `);
    wrapper.style.inlineSize = '320px';
    const el = await bannerIn(wrapper);
    const bounds = wrapper.getBoundingClientRect();
    const nodes = [el, ...el.shadowRoot!.querySelectorAll('*'), ...el.querySelectorAll('*')];
    for (const node of nodes) {
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.left, node.localName).to.be.at.least(bounds.left - 0.5);
      expect(box.right, node.localName).to.be.at.most(bounds.right + 0.5);
    }
    const base = partOf(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('reads in Chromium’s accessibility tree as one heading, one named button and one link, with no landmark', async function () {
    // Firefox and WebKit expose no accessibility tree to tests; there the flattened-tree
    // checks of the other price-banner test files and axe stand in.
    if (!canReadAccessibilityTree) this.skip();
    await fixture<CircPriceBanner>(html`
      <circ-price-banner dismissible price="1950" href="/prices" heading-level="3">
        <p slot="includes">The price includes aftercare.</p>
      </circ-price-banner>
    `);
    const tree = await accessibilityTree('circ-price-banner');
    const [headingNode, ...otherHeadings] = nodesWithRole(tree, 'heading');
    expect(otherHeadings).to.have.length(0);
    expect(headingNode).to.include({ name: heading, level: 3 });
    expect(nodesWithRole(tree, 'button').map((node) => node.name)).to.deep.equal([closeLabel]);
    expect(nodesWithRole(tree, 'link').map((node) => node.name)).to.deep.equal([ctaLabel]);
    expect(nodesWithRole(tree, 'complementary', 'region', 'banner', 'navigation')).to.have.length(
      0,
    );
    // The close icon is decoration: no image or graphic is announced.
    expect(nodesWithRole(tree, 'image', 'img', 'graphics-symbol')).to.have.length(0);
  });
});
