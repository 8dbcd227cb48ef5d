import { expect } from '@open-wc/testing';

// The CDN loader as built (`npm run build`, which CI runs before the tests): the file
// partners load, with its chunks beside it, not the source.
const cdn = '/dist/cdn/';
const loaderUrl = `${cdn}loader.js`;

/** The chunk the loader fetches for `tag`: `circ-price-banner` → `price-banner.js`. */
const chunkOf = (tag: string) => `${tag.slice('circ-'.length)}.js`;

/** The files under dist/cdn/ this page has fetched so far. */
function fetchedCdnFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(cdn))
    .map((path) => path.slice(cdn.length));
}

async function definedSoon(tag: string, ms = 5000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${tag} was not defined within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([customElements.whenDefined(tag), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `tag` is defined (a boolean: a failing assertion on a class would hang the reporter). */
const isDefined = (tag: string) => customElements.get(tag) !== undefined;

/** Every tag the package defines, from `custom-elements.json` (built by `npm run analyze`). */
async function packageTags(): Promise<string[]> {
  // The test server's copy of the manifest: test code, not a request from an element.
  // eslint-disable-next-line no-restricted-globals
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  const tags = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) =>
      declaration.tagName ? [declaration.tagName] : [],
    ),
  );
  return [...new Set(tags)].sort();
}

describe('dist/cdn/loader.js', () => {
  let explainer: HTMLElement;

  before(async () => {
    explainer = document.createElement('circ-explainer');
    explainer.setAttribute('topic', 'treatment');
    document.body.append(explainer);
    try {
      await import(/* @vite-ignore */ loaderUrl);
    } catch (error) {
      throw new Error(
        `${loaderUrl} did not load (${String(error)}): run \`npm run build\` before the browser tests.`,
      );
    }
    await definedSoon('circ-explainer');
  });

  it('defines the element on the page when it loads, and no other', async () => {
    await (explainer as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(explainer.shadowRoot?.textContent).to.include('Treatment');
    const others = (await packageTags()).filter((tag) => tag !== 'circ-explainer');
    expect(others).to.include('circ-price-banner');
    expect(others.filter(isDefined)).to.deep.equal([]);
  });

  it("fetches that element's chunk and the shared one, not the other elements' chunks", async () => {
    const fetched = fetchedCdnFiles();
    expect(fetched).to.include.members(['loader.js', 'explainer.js', 'shared.js']);
    const others = (await packageTags()).filter((tag) => tag !== 'circ-explainer').map(chunkOf);
    expect(fetched.filter((file) => others.includes(file))).to.deep.equal([]);
    expect(fetched).not.to.include('circulation-elements.js');
  });

  it('defines an element added to the page after load', async () => {
    expect(isDefined('circ-price-banner')).to.equal(false);
    const banner = document.createElement('circ-price-banner');
    banner.setAttribute('price', '1950');
    const includes = document.createElement('p');
    includes.slot = 'includes';
    includes.textContent = 'Consultation, treatment and aftercare.';
    banner.append(includes);
    document.body.append(banner);
    await definedSoon('circ-price-banner');
    expect(banner instanceof customElements.get('circ-price-banner')!, 'upgraded').to.equal(true);
    expect(fetchedCdnFiles()).to.include('price-banner.js');
  });

  it('defines a walking plan added after load, from its own chunk, and its timer runs', async () => {
    expect(isDefined('circ-walking-plan')).to.equal(false);
    const plan = document.createElement('circ-walking-plan');
    plan.setAttribute('start', '2026-12-07');
    plan.setAttribute('weeks', '1');
    document.body.append(plan);
    await definedSoon('circ-walking-plan');
    const updatable = plan as HTMLElement & { updateComplete: Promise<boolean> };
    await updatable.updateComplete;
    expect(fetchedCdnFiles()).to.include('walking-plan.js');
    // Its chunk brings no other element: the checklist and its care cards are still absent.
    expect(isDefined('circ-symptom-checklist')).to.equal(false);
    const primary = () => plan.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(primary().dataset.phase).to.equal('ready');
    primary().click();
    await updatable.updateComplete;
    expect(primary().dataset.phase).to.equal('walking');
    plan.shadowRoot!.querySelector<HTMLButtonElement>('button.end')!.click();
    await updatable.updateComplete;
    expect(plan.shadowRoot!.querySelector('[part~="session"] table')).to.exist;
    plan.remove();
  });

  it('finds elements anywhere in an added subtree, and brings what they render', async () => {
    expect(isDefined('circ-care-card')).to.equal(false);
    const section = document.createElement('section');
    section.append(document.createElement('div'));
    section.firstElementChild!.append(document.createElement('circ-symptom-checklist'));
    document.body.append(section);
    await definedSoon('circ-symptom-checklist');
    // The checklist renders care cards, so its chunk defines <circ-care-card> too.
    expect(isDefined('circ-care-card')).to.equal(true);
  });

  it('defines every element of the package once it appears on the page', async () => {
    const tags = await packageTags();
    expect(tags).to.include('circ-walking-plan');
    expect(tags.length).to.be.greaterThan(6);
    for (const tag of tags) document.body.append(document.createElement(tag));
    for (const tag of tags) await definedSoon(tag);
  });
});
