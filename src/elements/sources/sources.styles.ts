import { css } from 'lit';
import { headingStyles } from '../../base/heading.styles.js';

/**
 * Layout of `<circ-sources>`'s own parts; tokens only. The list supports the content above
 * it, so its title takes the subheading step of the scale.
 */
const sourcesLayout = css`
  .sources {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.75);
  }

  .heading {
    font-size: var(--_subheading-size);
  }

  ol {
    margin: 0;
    padding-inline-start: 2em;
    font-size: 0.9375em;
  }

  li {
    margin-block-end: calc(var(--_space) * 0.5);
    padding-inline: 0.25em;
    border-radius: var(--_radius);
  }

  /* The entry a citation marker sent the reader to: shown whatever moved focus there. */
  li:focus {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
    background-color: var(--_focus);
    color: var(--_focus-text);
  }

  /* Its address too: the brand colour is for the surface, not for the yellow fill. */
  li:focus a {
    color: var(--_focus-text);
  }

  .url {
    overflow-wrap: anywhere;
  }

  .review {
    margin-block: calc(var(--_space) * 0.75) 0;
    font-size: 0.9375em;
  }
`;

/** All `<circ-sources>` needs beyond the tokens: the shared heading scale, then its own. */
export const sourcesStyles = [headingStyles, sourcesLayout];
