import { executeServerCommand } from '@web/test-runner-commands';

/**
 * An NHS.UK page for the theme tests: nhsuk-frontend's own stylesheet (served without its
 * web font by scripts/wtr/nhsuk-frontend-plugin.mjs, so both sides use Arial) and, when
 * asked, our NHS theme, as a partner links them. Each is a `<link>` in the document's
 * head, removed again by the returned function.
 */
export const nhsukStylesheet = '/__nhsuk/nhsuk-frontend.css';
export const nhsTheme = '/src/themes/nhs.css';

/** Adds `<link rel="stylesheet">` for each href, resolved once all have loaded. */
export async function linkStylesheets(...hrefs: string[]): Promise<() => void> {
  const links = hrefs.map((href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    return link;
  });
  const loaded = links.map(
    (link) =>
      new Promise<void>((resolve, reject) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), {
          once: true,
        });
      }),
  );
  document.head.append(...links);
  await Promise.all(loaded);
  return () => links.forEach((link) => link.remove());
}

/** The components of nhsuk-frontend that the tests render from its Nunjucks macros. */
export type NhsukMacro = 'button' | 'card' | 'checkboxes' | 'radios' | 'table';

/** The HTML nhsuk-frontend's `macro` writes for `params` (rendered in Node, at test time). */
export async function renderNhsuk(macro: NhsukMacro, params: object): Promise<string> {
  const html = await executeServerCommand<string, { macro: NhsukMacro; params: object }>(
    'nhsuk-render',
    { macro, params },
  );
  if (typeof html !== 'string') throw new Error(`nhsuk-render ${macro} returned nothing`);
  return html;
}

/** A new element holding nhsuk-frontend's markup `html` (the test server's own rendering). */
export function nhsukElement(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setHTMLUnsafe(html);
  return element;
}
