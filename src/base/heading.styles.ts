import { css } from 'lit';

/**
 * The one heading scale: `.heading` for an element's own title, `.subheading` for the
 * sections inside it. The two sizes are also private properties, so an element whose
 * template says `.heading` but whose title is secondary (the sources list) or a row
 * header that acts as a heading (the stacked comparison) takes a step of the scale
 * instead of a size of its own. Sizes are in `em`, so they follow the host's font size.
 *
 * A theme can size headings per level instead (`--circ-heading-3-size` …, as NHS.UK
 * does): each `h2`…`h6` reads its level's size and line height, and where a level is
 * unset (the default) its alias is invalid, so the heading keeps its role's step.
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
    --_level-size: var(--_h2-size);
    --_level-line: var(--_h2-line);
  }

  h3 {
    --_level-size: var(--_h3-size);
    --_level-line: var(--_h3-line);
  }

  h4 {
    --_level-size: var(--_h4-size);
    --_level-line: var(--_h4-line);
  }

  h5 {
    --_level-size: var(--_h5-size);
    --_level-line: var(--_h5-line);
  }

  h6 {
    --_level-size: var(--_h6-size);
    --_level-line: var(--_h6-line);
  }
`;
