import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { emptyAnswers } from './checklist/classify.js';
// Only the checklist's own entry, as a partner who needs just the checklist imports it.
import './symptom-checklist.js';

describe('the symptom-checklist entry alone', () => {
  it('registers the care card the checklist renders (its dependency), so the card shows', async () => {
    expect(customElements.get('circ-care-card'), 'circ-care-card is defined').to.exist;
    const answers = { ...emptyAnswers(), redFlags: ['sudden-onset'] };
    const el = await fixture<LitElement>(
      html`<circ-symptom-checklist .answers=${answers}></circ-symptom-checklist>`,
    );
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector<LitElement>('circ-care-card');
    expect(card, 'care card in the result').to.exist;
    expect(customElements.get('circ-care-card')).to.equal(card!.constructor);
    await card!.updateComplete;
    expect(card!.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.contain('999');
  });
});
