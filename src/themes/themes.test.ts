import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../index.js';
import { emptyAnswers } from '../checklist/classify.js';
import type { CircSymptomChecklist } from '../elements/symptom-checklist/symptom-checklist.element.js';
import { linkStylesheets, nhsTheme, nhsukStylesheet } from '../test-utils/nhs-page.js';

// What every theme keeps (elements.md: themes, gaps, targets), in every engine: stacked
// elements keep a gap, every control target is at least 24 × 24 px (44 × 44 in the NHS
// theme), and the NHS theme changes nothing on the page but our elements.

/** One of each element, as a partner stacks them on a page. */
const tags = [
  'circ-explainer',
  'circ-comparison',
  'circ-symptom-checklist',
  'circ-care-card',
  'circ-sources',
  'circ-price-banner',
  'circ-walking-plan',
] as const;

interface Theme {
  readonly name: string;
  readonly stylesheets: readonly string[];
  /** The gap between stacked elements, px, on this page. */
  readonly gap: () => number;
  /** The smallest control target, px. */
  readonly target: number;
}

const tablet = () => matchMedia('(min-width: 40.0625em)').matches;
const themes: readonly Theme[] = [
  { name: 'the default theme', stylesheets: [], gap: () => 24, target: 24 },
  {
    name: 'the NHS theme on an NHS.UK page',
    stylesheets: [nhsukStylesheet, nhsTheme],
    gap: () => (tablet() ? 48 : 40),
    target: 44,
  },
];

const stages: HTMLElement[] = [];
afterEach(() => stages.splice(0).forEach((stage) => stage.remove()));

/** A block of the page holding `nodes`, its margins contained. */
function stage(...nodes: Node[]): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = 'display: flow-root; inline-size: 640px';
  element.append(...nodes);
  document.body.append(element);
  stages.push(element);
  return element;
}

/** Every element below `root`, shadow roots included, once each has rendered. */
async function settled(root: ParentNode): Promise<Element[]> {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  for (let pass = 0; pass < 3; pass += 1) {
    found.length = 0;
    walk(root);
    await Promise.all(
      found.map(
        (element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    );
  }
  return found;
}

/** An element of `tag` as a partner writes it (the checklist answered so every question shows). */
function create(tag: (typeof tags)[number]): HTMLElement {
  const element = document.createElement(tag);
  if (tag === 'circ-symptom-checklist') {
    (element as CircSymptomChecklist).answers = {
      ...emptyAnswers(),
      walkingPain: true,
      redFlags: ['rest-pain'],
    };
  }
  if (tag === 'circ-price-banner') {
    element.setAttribute('price', '1200');
    element.setAttribute('href', '/prices');
    element.toggleAttribute('dismissible', true);
    element.append(
      Object.assign(document.createElement('p'), { slot: 'includes', textContent: 'All visits.' }),
    );
  }
  if (tag === 'circ-care-card')
    element.append(Object.assign(document.createElement('p'), { textContent: 'Text.' }));
  return element;
}

for (const theme of themes) {
  describe(`themes: ${theme.name}`, () => {
    let unlink: () => void = () => {};
    before(async () => {
      unlink = await linkStylesheets(...theme.stylesheets);
    });
    after(() => unlink());

    it('keeps a gap between stacked elements of every kind', async () => {
      const elements = tags.flatMap((tag) => [create(tag), create(tag)]);
      const page = stage(...elements);
      await settled(page);
      const gaps = elements.slice(1).map((element, index) => {
        const above = elements[index]!.getBoundingClientRect();
        return `${elements[index]!.localName} → ${element.localName}: ${Math.round(element.getBoundingClientRect().top - above.bottom)}`;
      });
      const expected = elements
        .slice(1)
        .map(
          (element, index) =>
            `${elements[index]!.localName} → ${element.localName}: ${theme.gap()}`,
        );
      expect(gaps).to.deep.equal(expected);
    });

    for (const scheme of ['light', 'dark']) {
      it(`passes axe with every element on the page, in the ${scheme} scheme`, async () => {
        // A dark page paints its background dark too (NHS.UK's own pages are light only);
        // axe takes an unpainted page for white, and the source list has no background.
        const painted = [document.documentElement, document.body];
        if (scheme === 'dark') {
          document.documentElement.style.colorScheme = 'dark';
          for (const element of painted) element.style.background = 'Canvas';
        }
        try {
          const page = stage(...tags.map((tag) => create(tag)));
          await settled(page);
          await expect(page).to.be.accessible();
        } finally {
          document.documentElement.style.colorScheme = '';
          for (const element of painted) element.style.removeProperty('background');
        }
      });
    }

    it('lets the page set the gap: the token, or a margin of its own', async () => {
      const [first, second, third] = [
        create('circ-explainer'),
        create('circ-explainer'),
        create('circ-explainer'),
      ];
      first.style.setProperty('--circ-stack-space', '0px');
      second.style.marginBlockEnd = '4px';
      stage(first, second, third);
      await settled(first.parentElement!);
      const gap = (a: Element, b: Element) =>
        Math.round(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom);
      expect([gap(first, second), gap(second, third)]).to.deep.equal([0, 4]);
    });

    it('puts no stacking margin on an element inside one of ours (the checklist’s care card)', async () => {
      const checklist = create('circ-symptom-checklist');
      stage(checklist);
      await settled(checklist);
      const card = checklist.shadowRoot!.querySelector('circ-care-card')!;
      expect(card, 'the checklist shows a care card').to.exist;
      expect(getComputedStyle(card).marginBlockEnd).to.equal('0px');
      expect(parseFloat(getComputedStyle(checklist).marginBlockEnd)).to.equal(theme.gap());
    });

    it(`gives every radio, checkbox and button a target of at least ${theme.target} × ${theme.target} px, and the target takes the click`, async () => {
      const checklist = create('circ-symptom-checklist');
      const banner = create('circ-price-banner');
      const plan = create('circ-walking-plan');
      stage(checklist, banner, plan);
      await settled(checklist.parentElement!);
      // Mid-walk, so the walking plan shows every button it has: stop, end and print.
      plan.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      await settled(checklist.parentElement!);
      expect(plan.shadowRoot!.querySelectorAll('button')).to.have.length(3);
      const controls = [checklist, banner, plan].flatMap((host) =>
        Array.from(host.shadowRoot!.querySelectorAll<HTMLElement>('input, button')).map(
          (control) => ({ host, control }),
        ),
      );
      expect(controls.length).to.be.greaterThan(23);
      const small: string[] = [];
      const covered: string[] = [];
      for (const { host, control } of controls) {
        const { left, top, width, height } = control.getBoundingClientRect();
        const name = `${host.localName} ${control.localName} "${(control.closest('label') ?? control).textContent!.trim().slice(0, 30)}"`;
        if (width < theme.target - 0.5 || height < theme.target - 0.5) {
          small.push(`${name}: ${width} × ${height}`);
        }
        // Near each corner of the target, a click reaches the control or its label (which
        // passes the click to it: Chromium hit-tests a radio's corners as its label's).
        for (const [x, y] of [
          [left + 2, top + 2],
          [left + width - 2, top + height - 2],
        ]) {
          control.scrollIntoView({ block: 'center' });
          const box = control.getBoundingClientRect();
          const hit = host.shadowRoot!.elementFromPoint(x - left + box.left, y - top + box.top);
          const label = control.closest('label');
          if (hit !== control && !(label && label.contains(hit))) {
            covered.push(`${name}: ${hit?.localName}`);
          }
        }
      }
      expect(small, 'targets too small').to.deep.equal([]);
      expect(covered, 'targets covered by something else').to.deep.equal([]);
    });
  });
}

const isChromium = /Chrome\//.test(navigator.userAgent);

describe('themes: the NHS theme keeps the urgency of a care card beyond colour', () => {
  let unlink: () => void = () => {};
  before(async () => {
    unlink = await linkStylesheets(nhsukStylesheet, nhsTheme);
  });
  after(() => unlink());

  it('in the same frame for every urgency on screen (as NHS.UK), the heading says it in words', async () => {
    const cards = ['non-urgent', 'urgent', 'emergency'].map((urgency) => {
      const card = create('circ-care-card');
      card.setAttribute('urgency', urgency);
      return card;
    });
    stage(...cards);
    await settled(cards[0]!.parentElement!);
    const headings = cards.map((card) => card.shadowRoot!.querySelector('[part~="heading"]')!);
    expect(
      headings.map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal([
      'Non-urgent advice: See a GP',
      'Urgent advice: Ask for an urgent GP appointment or call 111 today',
      'Immediate action required: Call 999 or go to A&E now',
    ]);
    const frames = cards.map((card) => {
      const base = getComputedStyle(card.shadowRoot!.querySelector('[part~="base"]')!);
      return `${base.borderTopWidth} ${base.borderTopColor}`;
    });
    expect(new Set(frames).size, frames.join(', ')).to.equal(1);
  });

  it('on paper, shows the urgency in words and a border of 4, 6 and 8 px', async function () {
    if (!isChromium) this.skip(); // print can only be emulated in Chromium
    const cards = ['non-urgent', 'urgent', 'emergency'].map((urgency) => {
      const card = create('circ-care-card');
      card.setAttribute('urgency', urgency);
      return card;
    });
    stage(...cards);
    await settled(cards[0]!.parentElement!);
    await emulateMedia({ media: 'print' });
    try {
      const printed = cards.map((card) => {
        const root = card.shadowRoot!;
        const prefix = getComputedStyle(root.querySelector('.prefix')!);
        const base = getComputedStyle(root.querySelector('[part~="base"]')!);
        return `${prefix.position} ${base.borderTopWidth}`;
      });
      expect(printed).to.deep.equal(['static 4px', 'static 6px', 'static 8px']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('themes: the default theme on a page with small type', () => {
  it('keeps every radio and checkbox target at 24 × 24 px or more', async () => {
    const checklist = create('circ-symptom-checklist');
    checklist.style.fontSize = '12px';
    stage(checklist);
    await settled(checklist);
    const sizes = Array.from(checklist.shadowRoot!.querySelectorAll('input')).map((input) => {
      const { width, height } = input.getBoundingClientRect();
      return Math.min(width, height);
    });
    expect(Math.min(...sizes)).to.be.at.least(24);
  });
});

describe('themes: the NHS theme changes nothing on the page but our elements', () => {
  /** The computed styles of `element`, custom properties left out. */
  function stylesOf(element: Element, pseudo?: string): Record<string, string> {
    const style = getComputedStyle(element, pseudo);
    const values: Record<string, string> = {};
    for (let i = 0; i < style.length; i += 1) {
      const name = style.item(i);
      if (!name.startsWith('--')) values[name] = style.getPropertyValue(name);
    }
    return values;
  }

  /** The page's own elements, outside ours: an NHS.UK-looking card, a form, a heading. */
  function hostPage(): HTMLElement[] {
    const page = stage();
    page.setHTMLUnsafe(`
      <h2>A heading of the page</h2>
      <p>A paragraph of the page with <a href="#x">a link</a>.</p>
      <div class="nhsuk-card"><div class="nhsuk-card__content"><p>A card of the page.</p></div></div>
      <fieldset><legend>A question</legend><label><input type="radio" name="q"> Yes</label></fieldset>
      <button type="button">A button of the page</button>`);
    return [
      page,
      ...Array.from(page.querySelectorAll('*')),
      document.documentElement,
      document.body,
    ] as HTMLElement[];
  }

  for (const page of [
    { name: 'a plain page', stylesheets: [] as string[] },
    { name: 'an NHS.UK page', stylesheets: [nhsukStylesheet] },
  ]) {
    it(`on ${page.name}: every element of the page keeps every computed style`, async () => {
      const unlinkPage = await linkStylesheets(...page.stylesheets);
      const elements = hostPage();
      const before = elements.map((element) => [stylesOf(element), stylesOf(element, '::before')]);
      const unlinkTheme = await linkStylesheets(nhsTheme);
      // The theme has loaded: our properties are set on the root…
      expect(
        getComputedStyle(document.documentElement).getPropertyValue('--circ-control-size').trim(),
      ).to.equal('2.5rem');
      const after = elements.map((element) => [stylesOf(element), stylesOf(element, '::before')]);
      unlinkTheme();
      unlinkPage();
      // …and nothing else changed.
      expect(after).to.deep.equal(before);
    });
  }

  it('lets the page’s own --circ-* values win over the theme, whatever their order', async () => {
    // The page's rule comes first and has the lowest specificity a rule can have but :where().
    const pageRule = Object.assign(document.createElement('style'), {
      textContent: 'html { --circ-space: 8px; }',
    });
    document.head.append(pageRule);
    const unlink = await linkStylesheets(nhsTheme);
    const explainer = document.createElement('circ-explainer');
    stage(explainer);
    await settled(explainer);
    const card = explainer.shadowRoot!.querySelector('[part~="base"]')!;
    const padding = getComputedStyle(card).paddingTop;
    const size = getComputedStyle(card).fontSize; // the theme's own values still apply
    pageRule.remove();
    unlink();
    expect(padding).to.equal('8px');
    expect(size).to.equal(tablet() ? '19px' : '16px');
  });
});
