import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../explainer.js';
import { explainerTopicNames, explainerTopics } from '../../content/explainer/topics.js';
import {
  accessibleText,
  describeNode,
  expectSameNode,
  headingsIn,
} from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircExplainer } from './explainer.element.js';

const detailsOf = (el: CircExplainer) =>
  el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="details"]');
const summaryToggleOf = (el: CircExplainer) => detailsOf(el)!.querySelector('summary')!;
/** What a sighted reader sees: `innerText` leaves out a closed <details> and hidden text. */
const visibleText = (el: CircExplainer) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.innerText.replace(/\s+/g, ' ');

describe('<circ-explainer>', () => {
  const warnings = useWarnings();

  describe('built-in topics', () => {
    for (const topic of explainerTopicNames) {
      it(`"${topic}" renders its title as a level-2 heading, its summary and its detail`, async () => {
        const el = await fixture<CircExplainer>(
          html`<circ-explainer topic=${topic}></circ-explainer>`,
        );
        const content = explainerTopics[topic];

        expect(headingsIn(el)).to.deep.equal([{ level: 2, name: content.title() }]);
        const summary = accessibleText(el.shadowRoot!.querySelector('[part~="summary"]')!);
        for (const statement of content.summary) expect(summary).to.contain(statement.text());

        // The detail sits behind the toggle until the reader opens it.
        expect(accessibleText(el)).not.to.contain(content.details[0]!.text());
        el.open = true;
        await el.updateComplete;
        const text = accessibleText(el);
        for (const statement of content.details) expect(text).to.contain(statement.text());
        expect(warnings.messages).to.deep.equal([]);
      });

      it(`"${topic}" is accessible closed and open`, async () => {
        const el = await fixture<CircExplainer>(
          html`<circ-explainer topic=${topic}></circ-explainer>`,
        );
        await expect(el).to.be.accessible();
        el.open = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    for (const topic of explainerTopicNames) {
      it(`"${topic}" ends with where to get help, visible while the detail is closed`, async () => {
        const el = await fixture<CircExplainer>(
          html`<circ-explainer topic=${topic}></circ-explainer>`,
        );
        const seen = visibleText(el);
        // The detail really is closed…
        expect(seen).not.to.contain(explainerTopics[topic].details.at(-1)!.text());
        // …and the 999 line, the urgent line with its signs, and the Northern Ireland
        // route are all in view, after everything else of ours.
        const help = el.shadowRoot!.querySelector<HTMLElement>('[part~="help"]')!;
        expect(help.checkVisibility()).to.equal(true);
        expect(help.closest('details')).to.equal(null);
        expect(help.compareDocumentPosition(detailsOf(el)!)).to.equal(
          Node.DOCUMENT_POSITION_PRECEDING,
        );
        const helpSeen = help.innerText.replace(/\s+/g, ' ');
        for (const words of [
          'Call 999 or go to A&E now if a leg suddenly becomes painful, pale, cold, numb or weak.',
          'Ask for an urgent GP appointment or call 111 today if you have:',
          'pain in your foot or toes when you are not walking, such as in bed at night',
          'a sore on your foot or leg that has not healed in 2 weeks',
          'toes or skin turning dark or black',
          'In Northern Ireland, call your GP surgery for urgent advice, or GP Out-of-Hours when it is closed.',
        ]) {
          expect(helpSeen).to.contain(words);
        }
        expect(seen.trimEnd().endsWith(helpSeen.trimEnd())).to.equal(true);
      });
    }

    it('critical-ischaemia: tells the reader, not a clinician, what to do, with the detail closed', async () => {
      const el = await fixture<CircExplainer>(
        html`<circ-explainer topic="critical-ischaemia"></circ-explainer>`,
      );
      const seen = visibleText(el);
      expect(seen).to.contain('Ask for an urgent GP appointment or call 111 today');
      expect(seen).to.contain(
        'pain in your foot or toes when you are not walking, such as in bed at night',
      );
      expect(seen).not.to.match(/should be (sent|referred)/i);
    });

    it('says up front what NHS pages always say: stopping smoking helps', async () => {
      for (const topic of ['ischaemia', 'intermittent-claudication', 'treatment'] as const) {
        const el = await fixture<CircExplainer>(
          html`<circ-explainer topic=${topic}></circ-explainer>`,
        );
        const summary = el.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
        expect(summary.innerText, topic).to.match(/If you smoke, stopping smoking/);
      }
    });

    it('shows the ischaemia explainer when no topic is given', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer></circ-explainer>`);
      expect(headingsIn(el)[0]!.name).to.equal(explainerTopics.ischaemia.title());
    });

    it('switches text when the topic changes', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer></circ-explainer>`);
      el.topic = 'treatment';
      await el.updateComplete;
      expect(headingsIn(el)[0]!.name).to.equal(explainerTopics.treatment.title());
    });
  });

  describe('heading-level', () => {
    for (const level of [3, 4, 5, 6]) {
      it(`renders an h${level} for heading-level="${level}"`, async () => {
        const el = await fixture<CircExplainer>(
          html`<circ-explainer heading-level=${level}></circ-explainer>`,
        );
        expect(headingsIn(el)).to.deep.equal([{ level, name: explainerTopics.ischaemia.title() }]);
        expect(warnings.messages).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('follows the property as well as the attribute', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer></circ-explainer>`);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(headingsIn(el)[0]!.level).to.equal(5);
    });
  });

  describe('slots', () => {
    it('replaces the title with the heading slot, keeping the heading level', async () => {
      const el = await fixture<CircExplainer>(html`
        <circ-explainer heading-level="3"
          ><span slot="heading">Leg pain on walking</span></circ-explainer
        >
      `);
      expect(headingsIn(el)).to.deep.equal([{ level: 3, name: 'Leg pain on walking' }]);
      expect(accessibleText(el)).to.contain(explainerTopics.ischaemia.summary[0]!.text());
      await expect(el).to.be.accessible();
    });

    it('replaces the built-in body with the default slot', async () => {
      const el = await fixture<CircExplainer>(html`
        <circ-explainer>
          <p>Our own words about ischaemia.</p>
        </circ-explainer>
      `);
      const text = accessibleText(el);
      expect(text).to.contain('Our own words about ischaemia.');
      expect(text).not.to.contain(explainerTopics.ischaemia.summary[0]!.text());
      expect(describeNode(detailsOf(el))).to.equal('null');
      expect(headingsIn(el)[0]!.name).to.equal(explainerTopics.ischaemia.title());
      await expect(el).to.be.accessible();
    });

    it('keeps the built-in body when only whitespace is slotted', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer> </circ-explainer>`);
      expect(accessibleText(el)).to.contain(explainerTopics.ischaemia.summary[0]!.text());
    });

    it('brings the built-in body back when slotted content is removed', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer><p>Custom</p></circ-explainer>`);
      el.querySelector('p')!.remove();
      await oneEvent(el.shadowRoot!, 'slotchange');
      await el.updateComplete;
      expect(accessibleText(el)).to.contain(explainerTopics.ischaemia.summary[0]!.text());
    });

    it('renders the footer slot after the body', async () => {
      const el = await fixture<CircExplainer>(html`
        <circ-explainer><a slot="footer" href="/book">Book an assessment</a></circ-explainer>
      `);
      const text = accessibleText(el);
      expect(text.endsWith('Book an assessment')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('open', () => {
    it('opens and closes the native details from the property and the attribute', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer open></circ-explainer>`);
      expect(detailsOf(el)!.open).to.equal(true);
      el.open = false;
      await el.updateComplete;
      expect(detailsOf(el)!.open).to.equal(false);
      el.setAttribute('open', '');
      await el.updateComplete;
      expect(detailsOf(el)!.open).to.equal(true);
    });

    it('follows the reader: activating the toggle updates and reflects `open`', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer></circ-explainer>`);
      const details = detailsOf(el)!;
      summaryToggleOf(el).click();
      await oneEvent(details, 'toggle');
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
    });

    it('names the toggle after the topic', async () => {
      const el = await fixture<CircExplainer>(
        html`<circ-explainer topic="treatment"></circ-explainer>`,
      );
      expect(accessibleText(summaryToggleOf(el))).to.equal(
        explainerTopics.treatment.detailsLabel(),
      );
    });

    it('opens by keyboard alone: Tab past the citation markers to the toggle, then Enter', async () => {
      const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
      const el = await fixture<CircExplainer>(html`<circ-explainer></circ-explainer>`);
      const markerCount = el.shadowRoot!.querySelectorAll('.summary a').length;
      before.focus();
      // The summary's citation links come first in reading order, then the toggle.
      for (let i = 0; i <= markerCount; i++) await sendKeys({ press: 'Tab' });
      expectSameNode(el.shadowRoot!.activeElement, summaryToggleOf(el));
      const toggled = oneEvent(detailsOf(el)!, 'toggle');
      await sendKeys({ press: 'Enter' });
      await toggled;
      await el.updateComplete;
      expect(el.open).to.equal(true);
    });
  });

  describe('unknown topic', () => {
    it('warns once and shows only the slotted content', async () => {
      const el = await fixture<CircExplainer>(html`
        <circ-explainer topic="varicose-veins">
          <span slot="heading">Varicose veins</span>
          <p>Partner text.</p>
        </circ-explainer>
      `);
      el.open = true;
      await el.updateComplete;

      expect(headingsIn(el)).to.deep.equal([{ level: 2, name: 'Varicose veins' }]);
      expect(accessibleText(el)).to.equal('Varicose veins Partner text.');
      expect(warnings.messages).to.deep.equal([
        'circ-explainer: topic "varicose-veins" is not known; showing only the slotted content.',
      ]);
      await expect(el).to.be.accessible();
    });

    it('renders no empty heading when nothing is slotted', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer topic="nope"></circ-explainer>`);
      expect(headingsIn(el)).to.deep.equal([]);
      expect(accessibleText(el)).to.equal('');
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('recovers when a known topic is set again', async () => {
      const el = await fixture<CircExplainer>(html`<circ-explainer topic="nope"></circ-explainer>`);
      el.topic = 'critical-ischaemia';
      await el.updateComplete;
      expect(headingsIn(el)[0]!.name).to.equal(explainerTopics['critical-ischaemia'].title());
    });
  });
});
