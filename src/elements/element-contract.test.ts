import { careCardFixtures } from '../fixtures/care-card.fixtures.js';
import { comparisonFixtures } from '../fixtures/comparison.fixtures.js';
import { explainerFixtures } from '../fixtures/explainer.fixtures.js';
import { priceBannerFixtures } from '../fixtures/price-banner.fixtures.js';
import { sourcesFixtures } from '../fixtures/sources.fixtures.js';
import { checklistFixtures } from '../fixtures/symptom-checklist.fixtures.js';
import { walkingPlanFixtures } from '../fixtures/walking-plan.fixtures.js';
import { describeElementContract } from '../test-utils/element-contract.js';

// What every element promises (heading level, documented parts, axe in every state),
// over the same examples Storybook shows.
describeElementContract(explainerFixtures, {
  defaultHeadingLevel: 2,
  invalidAttributes: { topic: 'not-a-topic' },
});
describeElementContract(comparisonFixtures, { defaultHeadingLevel: 2 });
describeElementContract(checklistFixtures, {
  defaultHeadingLevel: 2,
  invalidAttributes: { audience: 'nobody' },
});
describeElementContract(careCardFixtures, {
  defaultHeadingLevel: 3,
  invalidAttributes: { urgency: 'critical' },
});
describeElementContract(sourcesFixtures, {
  defaultHeadingLevel: 2,
  invalidAttributes: {
    only: 'not-a-source',
    reviewed: 'soon',
    'next-review': 'later',
    sources: 'not json',
  },
});
describeElementContract(priceBannerFixtures, {
  defaultHeadingLevel: 2,
  invalidAttributes: {
    price: 'abc',
    currency: 'ZZZ',
    href: 'javascript:alert(1)',
    provider: ' ',
  },
});
describeElementContract(walkingPlanFixtures, {
  defaultHeadingLevel: 2,
  invalidAttributes: {
    weeks: '99',
    'sessions-per-week': 'abc',
    start: 'not-a-date',
    citations: 'footnotes',
  },
});
