import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../care-card.js';
import { accessibleText, headingsIn } from '../../test-utils/composed-tree.js';
import { resetPageLanguage, setPageLanguage } from '../../test-utils/page-language.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircCareCard } from './care-card.element.js';
import { careCardUrgencies, type CareCardUrgency } from '../../content/care-card-text.js';

// emulateMedia reaches the browser over the Chrome DevTools Protocol, which only the
// Chromium launcher offers (Firefox runs over WebDriver BiDi, WebKit over WebDriver).
const isChromium = /Chrome\//.test(navigator.userAgent);

const expected: Record<CareCardUrgency, { prefix: string; heading: string }> = {
  'non-urgent': { prefix: 'Non-urgent advice:', heading: 'See a GP' },
  urgent: {
    prefix: 'Urgent advice:',
    heading: 'Ask for an urgent GP appointment or call 111 today',
  },
  emergency: { prefix: 'Immediate action required:', heading: 'Call 999 or go to A&E now' },
};

const northernIreland =
  'In Northern Ireland, call your GP surgery for urgent advice, or GP Out-of-Hours when it is closed.';

const part = (el: CircCareCard, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const prefixOf = (el: CircCareCard) => el.shadowRoot!.querySelector<HTMLElement>('.prefix')!;

function isVisuallyHidden(element: Element): boolean {
  const { width, height } = element.getBoundingClientRect();
  return width <= 1 && height <= 1;
}

describe('<circ-care-card>', () => {
  const warnings = useWarnings();

  for (const urgency of careCardUrgencies) {
    it(`"${urgency}": an h3 whose name starts with the hidden urgency prefix`, async () => {
      const el = await fixture<CircCareCard>(html`
        <circ-care-card urgency=${urgency}><p>Because your foot hurts at night.</p></circ-care-card>
      `);
      const { prefix, heading } = expected[urgency];
      expect(headingsIn(el)).to.deep.equal([{ level: 3, name: `${prefix} ${heading}` }]);
      expect(isVisuallyHidden(prefixOf(el))).to.equal(true);
      const note = urgency === 'urgent' ? ` ${northernIreland}` : '';
      expect(accessibleText(el)).to.equal(
        `${prefix} ${heading} Because your foot hurts at night.${note}`,
      );
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  // A screen reader user hears the prefix first: if "urgent" and "emergency" began alike,
  // the two would sound the same until it is too late.
  for (const [locale, dir] of [
    ['en-GB', 'ltr'],
    ['cy', 'ltr'],
    ['pl', 'ltr'],
    ['ur', 'rtl'],
  ] as const) {
    it(`keeps the urgency prefixes apart in ${locale}: urgent and emergency share no word`, async () => {
      await setPageLanguage(locale, dir);
      try {
        const prefixes: Partial<Record<CareCardUrgency, string[]>> = {};
        for (const urgency of careCardUrgencies) {
          const el = await fixture<CircCareCard>(
            html`<circ-care-card urgency=${urgency}></circ-care-card>`,
          );
          const words = accessibleText(prefixOf(el))
            .toLocaleLowerCase(locale)
            .split(/[\s:،,.-]+/u)
            .filter(Boolean);
          expect(words.length, urgency).to.be.greaterThan(0);
          prefixes[urgency] = words;
        }
        const shared = prefixes.urgent!.filter((word) => prefixes.emergency!.includes(word));
        expect(
          shared,
          `${prefixes.urgent!.join(' ')} / ${prefixes.emergency!.join(' ')}`,
        ).to.deep.equal([]);
        const whole = careCardUrgencies.map((urgency) => prefixes[urgency]!.join(' '));
        expect(new Set(whole).size, whole.join(' / ')).to.equal(3);
      } finally {
        await resetPageLanguage();
      }
    });
  }

  it('keeps "call 111" true in Northern Ireland: the built-in urgent heading comes with the route there', async () => {
    const urgent = await fixture<CircCareCard>(
      html`<circ-care-card urgency="urgent"></circ-care-card>`,
    );
    expect(accessibleText(part(urgent, 'note'))).to.equal(northernIreland);
    const others = await fixture<HTMLElement>(html`
      <div>
        <circ-care-card urgency="non-urgent"></circ-care-card>
        <circ-care-card urgency="emergency"></circ-care-card>
        <circ-care-card urgency="urgent"
          ><span slot="heading">Ring the clinic today</span></circ-care-card
        >
      </div>
    `);
    for (const card of others.querySelectorAll<CircCareCard>('circ-care-card')) {
      await card.updateComplete;
      expect(accessibleText(card)).not.to.contain('Northern Ireland');
    }
  });

  // Per-instance work is the render budget (issue 12): the first assignment of slotted
  // content fires `slotchange` too, which made every card (each checklist's among them)
  // render a second time for nothing. A change that alters what the card shows still does.
  it('renders once for its first slotted content, and again when a heading is slotted', async () => {
    const el = document.createElement('circ-care-card');
    el.setAttribute('urgency', 'urgent');
    const body = document.createElement('p');
    body.textContent = 'Your answers suggest you should be seen today.';
    el.append(body);
    let renders = 0;
    el.addController({ hostUpdated: () => renders++ });
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.append(el);
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    expect(renders).to.equal(1);
    expect(accessibleText(part(el, 'note'))).to.equal(northernIreland);

    const heading = document.createElement('span');
    heading.slot = 'heading';
    heading.textContent = 'Ring the clinic today';
    const slotChanged = oneEvent(el.shadowRoot!, 'slotchange');
    el.append(heading);
    await slotChanged;
    await el.updateComplete;
    expect(renders).to.equal(2);
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);

    heading.textContent = 'Ring the clinic now';
    el.append(document.createElement('p'));
    await nextFrame();
    await el.updateComplete;
    expect(renders, 'more body content changes nothing the card renders').to.equal(2);
  });

  it('is non-urgent by default, and reflects urgency', async () => {
    const el = await fixture<CircCareCard>(html`<circ-care-card></circ-care-card>`);
    expect(el.urgency).to.equal('non-urgent');
    el.urgency = 'emergency';
    await el.updateComplete;
    expect(el.getAttribute('urgency')).to.equal('emergency');
    expect(headingsIn(el)[0]!.name).to.equal(
      'Immediate action required: Call 999 or go to A&E now',
    );
  });

  it('shows urgency by more than colour: the border weight differs too', async () => {
    const widths: string[] = [];
    for (const urgency of careCardUrgencies) {
      const el = await fixture<CircCareCard>(
        html`<circ-care-card urgency=${urgency}></circ-care-card>`,
      );
      widths.push(getComputedStyle(part(el, 'base')).borderInlineStartWidth);
    }
    expect(widths[0]).not.to.equal(widths[1]);
  });

  it('lets the heading slot replace the call to action, keeping the prefix', async () => {
    const el = await fixture<CircCareCard>(html`
      <circ-care-card urgency="urgent" heading-level="4"
        ><span slot="heading">Ask for an urgent GP appointment if:</span>
        <ul>
          <li>your toes are turning dark</li>
        </ul></circ-care-card
      >
    `);
    expect(headingsIn(el)).to.deep.equal([
      { level: 4, name: 'Urgent advice: Ask for an urgent GP appointment if:' },
    ]);
    expect(accessibleText(part(el, 'content'))).to.equal('your toes are turning dark');
    await expect(el).to.be.accessible();
  });

  for (const level of [2, 4, 5, 6]) {
    it(`renders an h${level} for heading-level="${level}"`, async () => {
      const el = await fixture<CircCareCard>(
        html`<circ-care-card heading-level=${level}></circ-care-card>`,
      );
      expect(headingsIn(el).map((h) => h.level)).to.deep.equal([level]);
    });
  }

  it('falls back to h3 with one warning for an invalid heading-level', async () => {
    const el = await fixture<CircCareCard>(
      html`<circ-care-card heading-level="9"></circ-care-card>`,
    );
    el.urgency = 'urgent';
    await el.updateComplete;
    expect(headingsIn(el).map((h) => h.level)).to.deep.equal([3]);
    expect(warnings.messages).to.deep.equal([
      'circ-care-card: heading-level "9" is not a whole number from 2 to 6; using 3.',
    ]);
  });

  it('falls back to non-urgent with one warning for an unknown urgency', async () => {
    const el = await fixture<CircCareCard>(
      html`<circ-care-card urgency="critical"></circ-care-card>`,
    );
    el.headingLevel = 4;
    await el.updateComplete;
    expect(headingsIn(el)).to.deep.equal([{ level: 4, name: 'Non-urgent advice: See a GP' }]);
    expect(warnings.messages).to.deep.equal([
      'circ-care-card: urgency "critical" is not known; using non-urgent.',
    ]);
  });

  it('exposes the documented parts', async () => {
    const el = await fixture<CircCareCard>(html`<circ-care-card></circ-care-card>`);
    expect(part(el, 'base')).to.exist;
    expect(part(el, 'heading').localName).to.equal('h3');
    expect(part(el, 'content').querySelector('slot')).to.exist;
  });

  (isChromium ? describe : describe.skip)('in print (Chromium only: emulateMedia)', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the urgency in words and as a border, without colour fills', async () => {
      const el = await fixture<CircCareCard>(
        html`<circ-care-card urgency="emergency"><p>Now.</p></circ-care-card>`,
      );
      await emulateMedia({ media: 'print' });
      expect(isVisuallyHidden(prefixOf(el))).to.equal(false);
      const base = getComputedStyle(part(el, 'base'));
      expect(base.borderInlineStartStyle).to.equal('solid');
      expect(getComputedStyle(part(el, 'heading')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('prints a border that grows with urgency: 4, 6 and 8 px, as NHS care cards do', async () => {
      const widths: number[] = [];
      for (const urgency of ['non-urgent', 'urgent', 'emergency']) {
        const el = await fixture<CircCareCard>(
          html`<circ-care-card urgency=${urgency}><p>Text.</p></circ-care-card>`,
        );
        await emulateMedia({ media: 'print' });
        widths.push(parseFloat(getComputedStyle(part(el, 'base')).borderInlineStartWidth));
        await emulateMedia({ media: 'screen' });
      }
      expect(widths).to.deep.equal([4, 6, 8]);
    });
  });
});
