import { css } from 'lit';

/**
 * The one heading scale: `.heading` for an element's own title, `.subheading` for the
 * sections inside it. The two sizes are also private properties, so an element whose
 * template says `.heading` but whose title is secondary (the sources list) or a row
 * header that acts as a heading (the stacked comparison) takes a step of the scale
 * instead of a size of its own. Sizes are in `em`, so they follow the host's font size.
 *
 * A theme can size headings per level instead (`--circ-heading-3-size` …, as NHS.UK
 * does): each `h2`…`h6` aliases its level's size and line height, and where a level is
 * unset (the default) the alias is invalid, so the heading keeps its role's step.
 */
export const headingStyles = css`
  :host {
    --_heading-size: 1.375em;
    --_subheading-size: 1.125em;
  }

  .heading,
  .subheading {
    margin-block: 0 var(--_heading-space);
    font-weight: var(--_heading-weight);
    line-height: var(--_level-line, 1.3);
  }

  .heading {
    font-size: var(--_level-size, var(--_heading-size));
  }

  .subheading {
    font-size: var(--_level-size, var(--_subheading-size));
  }

  h2 {
    --_level-size: var(--circ-heading-2-size);
    --_level-line: var(--circ-heading-2-line-height);
  }

  h3 {
    --_level-size: var(--circ-heading-3-size);
    --_level-line: var(--circ-heading-3-line-height);
  }

  h4 {
    --_level-size: var(--circ-heading-4-size);
    --_level-line: var(--circ-heading-4-line-height);
  }

  h5 {
    --_level-size: var(--circ-heading-5-size);
    --_level-line: var(--circ-heading-5-line-height);
  }

  h6 {
    --_level-size: var(--circ-heading-6-size);
    --_level-line: var(--circ-heading-6-line-height);
  }
`;
