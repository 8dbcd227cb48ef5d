import { expect, fixture } from '@open-wc/testing';
import { html, type LitElement, type TemplateResult } from 'lit';
import { playExample, renderExample, type ElementFixtures } from '../fixtures/example.js';
import { useWarnings } from './warnings.js';

/**
 * Shared suites for what every element promises, run over the element's shared examples
 * (`src/fixtures/`), so a new element gets them by listing its fixtures once:
 * the heading level with its one-warning fallback, the documented parts, axe in every state.
 */

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

let manifest: Promise<ManifestDeclaration[]> | undefined;

/** The declarations of `custom-elements.json` (built by `npm run analyze`), read once. */
function manifestDeclarations(): Promise<ManifestDeclaration[]> {
  // The test server's own copy of the manifest: test code, not a request from an element.
  // eslint-disable-next-line no-restricted-globals
  manifest ??= fetch('/custom-elements.json')
    .then((response) => response.json())
    .then((json: { modules: { declarations?: ManifestDeclaration[] }[] }) =>
      json.modules.flatMap((module) => module.declarations ?? []),
    );
  return manifest;
}

/** The part names `custom-elements.json` documents for `tag` (its `@csspart` lines). */
export async function documentedParts(tag: string): Promise<string[]> {
  const declaration = (await manifestDeclarations()).find((entry) => entry.tagName === tag);
  expect(declaration, `${tag} in custom-elements.json`).to.exist;
  return (declaration!.cssParts ?? []).map((part) => part.name);
}

/** Every `tag` element an example renders, each updated. */
async function renderedInstances(tag: string, template: TemplateResult): Promise<LitElement[]> {
  const first = await fixture(template);
  const container = first.parentElement!;
  const instances = Array.from(container.querySelectorAll<LitElement>(tag));
  await Promise.all(instances.map((element) => element.updateComplete));
  return instances;
}

/** Every `tag` element example `name` renders, in the state its reader steps reach. */
async function exampleInstances<Args>(
  fixtures: ElementFixtures<Args>,
  name: string,
): Promise<LitElement[]> {
  const instances = await renderedInstances(fixtures.tag, renderExample(fixtures, name));
  await playExample(fixtures, name, instances);
  await Promise.all(instances.map((element) => element.updateComplete));
  return instances;
}

/** The part names in the shadow root of `element` (its own, not nested elements'). */
function partsIn(element: Element): string[] {
  return Array.from(element.shadowRoot!.querySelectorAll('[part]')).flatMap((node) =>
    node.getAttribute('part')!.split(/\s+/),
  );
}

/** What every element's fixtures are asked for by the shared suites. */
export interface ContractOptions {
  /** The heading level without `heading-level` (care cards sit under a section: 3). */
  readonly defaultHeadingLevel: number;
  /**
   * The element's own attributes with a bad value each (besides `heading-level`), e.g.
   * `{ topic: 'nope' }`: each must warn once, naming the value, and never from `render()`.
   */
  readonly invalidAttributes?: Readonly<Record<string, string>>;
}

/**
 * An element made by `document.createElement`, with no attribute but those given.
 * `whileRendering` wraps each call of this instance's `render()`.
 */
async function createdWith(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  whileRendering: (render: () => unknown) => unknown = (render) => render(),
): Promise<LitElement> {
  const element = document.createElement(tag) as LitElement;
  const instance = element as unknown as { render(): unknown };
  const render = instance.render;
  instance.render = function (this: unknown) {
    return whileRendering(() => render.call(this));
  };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.append(element);
  await element.updateComplete;
  return element;
}

/**
 * The promises every element keeps, over its shared examples:
 * - its heading is an `h2`…`h6` as `heading-level` says, following the property too; any
 *   other value falls back to the default with exactly one warning naming the element
 *   and the value, raised when the value is set (a later render does not repeat it);
 * - every part `custom-elements.json` documents appears in some example, and no example
 *   shows a part that is not documented;
 * - every example passes axe, in the light and the dark colour scheme.
 */
export function describeElementContract<Args extends { 'heading-level': number }>(
  fixtures: ElementFixtures<Args>,
  options: ContractOptions,
): void {
  const { tag } = fixtures;
  const fallback = options.defaultHeadingLevel;
  const headingOf = (element: Element) =>
    element.shadowRoot!.querySelector('[part~="heading"]')!.localName;
  const withLevel = (level: number | string) =>
    fixtures.render({ ...fixtures.defaults, 'heading-level': level as number });

  describe(`${tag}: the shared contract`, () => {
    const warnings = useWarnings();

    describe('heading-level', () => {
      for (const level of [2, 3, 4, 5, 6]) {
        it(`renders its heading as an h${level} for heading-level="${level}"`, async () => {
          const [element] = await renderedInstances(tag, withLevel(level));
          expect(headingOf(element!)).to.equal(`h${level}`);
          expect(warnings.messages).to.deep.equal([]);
        });
      }

      it(`renders an h${fallback} without heading-level, and again once it is removed, silently`, async () => {
        const element = await createdWith(tag, {});
        expect(headingOf(element)).to.equal(`h${fallback}`);
        element.setAttribute('heading-level', '4');
        await element.updateComplete;
        expect(headingOf(element)).to.equal('h4');
        element.removeAttribute('heading-level');
        await element.updateComplete;
        expect(headingOf(element)).to.equal(`h${fallback}`);
        expect(warnings.messages).to.deep.equal([]);
      });

      // "0x3" and "3e0" are 3 to Number(), and "" is 0: the attribute is read as digits only.
      for (const bad of ['1', '7', '0', '-3', '2.5', 'three', '', '0x3', '3e0']) {
        it(`falls back to h${fallback} with one warning for heading-level="${bad}"`, async () => {
          const [element] = await renderedInstances(tag, withLevel(bad));
          element!.requestUpdate(); // a later render must not warn again
          await element!.updateComplete;
          expect(headingOf(element!)).to.equal(`h${fallback}`);
          expect(warnings.messages).to.deep.equal([
            `${tag}: heading-level "${bad}" is not a whole number from 2 to 6; using ${fallback}.`,
          ]);
        });
      }

      it('follows the property, and warns once more for another bad value', async () => {
        const [element] = await renderedInstances(tag, withLevel(2));
        const el = element as LitElement & { headingLevel: number };
        el.headingLevel = 5;
        await el.updateComplete;
        expect(headingOf(el)).to.equal('h5');
        el.setAttribute('heading-level', '9');
        await el.updateComplete;
        el.setAttribute('heading-level', '10');
        await el.updateComplete;
        expect(headingOf(el)).to.equal(`h${fallback}`);
        expect(warnings.messages).to.have.length(2);
        expect(warnings.messages[1]).to.contain('heading-level "10"');
      });

      it('takes a string of digits as the property, as Vue and Svelte set it from template text', async () => {
        const [element] = await renderedInstances(tag, withLevel(2));
        const el = element as LitElement & { headingLevel: unknown };
        el.headingLevel = '4';
        await el.updateComplete;
        expect(headingOf(el)).to.equal('h4');
        expect(warnings.messages).to.deep.equal([]);
        el.headingLevel = '0x4';
        await el.updateComplete;
        expect(headingOf(el)).to.equal(`h${fallback}`);
        expect(warnings.messages).to.deep.equal([
          `${tag}: heading-level "0x4" is not a whole number from 2 to 6; using ${fallback}.`,
        ]);
      });

      it('warns for each of two non-numbers in turn ("three", then "four")', async () => {
        const [element] = await renderedInstances(tag, withLevel(2));
        element!.setAttribute('heading-level', 'three');
        await element!.updateComplete;
        element!.setAttribute('heading-level', 'four');
        await element!.updateComplete;
        expect(warnings.messages.map((message) => message.match(/"(.*)"/)?.[1])).to.deep.equal([
          'three',
          'four',
        ]);
      });
    });

    it('warns once for each bad attribute, when it is set, and never from render()', async () => {
      const bad = { 'heading-level': '9', ...options.invalidAttributes };
      let warningsInRender = 0;
      const element = await createdWith(tag, bad, (render) => {
        const before = warnings.messages.length;
        const result = render(); // builds the whole template, helpers included
        warningsInRender += warnings.messages.length - before;
        return result;
      });
      element.requestUpdate();
      await element.updateComplete;
      expect(warnings.messages, 'one warning per bad attribute').to.have.length(
        Object.keys(bad).length,
      );
      for (const [name, value] of Object.entries(bad)) {
        // Named by its value, or by the attribute when the value is blank or long.
        const about = warnings.messages.filter(
          (message) => message.includes(`"${value}"`) || message.includes(`: ${name} `),
        );
        expect(about, `${name}="${value}"`).to.have.length(1);
        expect(about[0]).to.match(new RegExp(`^${tag}: `));
      }
      expect(warningsInRender, 'warnings raised while render() ran').to.equal(0);
    });

    it('shows exactly the parts custom-elements.json documents, across its examples', async () => {
      const documented = await documentedParts(tag);
      expect(documented, 'documented parts').not.to.be.empty;
      const shown = new Set<string>();
      for (const name of Object.keys(fixtures.examples)) {
        for (const element of await exampleInstances(fixtures, name)) {
          partsIn(element).forEach((part) => shown.add(part));
        }
      }
      expect([...shown].sort()).to.deep.equal([...new Set(documented)].sort());
    });

    for (const scheme of ['light', 'dark'] as const) {
      for (const name of Object.keys(fixtures.examples)) {
        it(`passes axe in the "${name}" example, ${scheme} colour scheme`, async () => {
          // The page's color-scheme, which the elements follow (axe checks the contrast),
          // and its background as the browser paints it for that scheme: axe takes an
          // unpainted page for white, and the source list has no background of its own.
          document.documentElement.style.colorScheme = scheme;
          document.documentElement.style.background = 'Canvas';
          try {
            const instances = await exampleInstances(fixtures, name);
            expect(instances, `${tag} in "${name}"`).not.to.be.empty;
            for (const element of instances) await expect(element).to.be.accessible();
          } finally {
            document.documentElement.style.removeProperty('color-scheme');
            document.documentElement.style.removeProperty('background');
          }
        });
      }
    }
  });
}
