import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it.
import '../src/sources.ts';

/** Live examples for the "Content and sources" page (stories/content-and-sources.mdx). */
const meta = {
  title: 'Guides/Content and sources',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every built-in source, with the content's own review dates (no attributes). */
export const BuiltInSources: Story = {
  render: () => html`<circ-sources heading-level="3"></circ-sources>`,
};
