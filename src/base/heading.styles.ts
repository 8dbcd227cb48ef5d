import { css } from 'lit';

/**
 * The one heading scale: `.heading` for an element's own title, `.subheading` for the
 * sections inside it. The two sizes are also private properties, so an element whose
 * template says `.heading` but whose title is secondary (the sources list) or a row
 * header that acts as a heading (the stacked comparison) takes a step of the scale
 * instead of a size of its own. Sizes are in `em`, so they follow the host's font size.
 */
export const headingStyles = css`
  :host {
    --_heading-size: 1.375em;
    --_subheading-size: 1.125em;
  }

  .heading,
  .subheading {
    margin-block: 0 calc(var(--_space) * 0.5);
    line-height: 1.3;
  }

  .heading {
    font-size: var(--_heading-size);
  }

  .subheading {
    font-size: var(--_subheading-size);
  }
`;
