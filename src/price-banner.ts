/**
 * Registration entry: `import 'circulation-elements/price-banner.js'` defines
 * `<circ-price-banner>`. The class module itself has no side effects.
 */
import { define } from './base/define.js';
import { CircPriceBanner } from './elements/price-banner/price-banner.element.js';

define('circ-price-banner', CircPriceBanner);

export { CircPriceBanner };
// The public types (and helpers) partners use with this element, from its own entry.
export type { PriceBannerCtaClickDetail } from './elements/price-banner/price-banner.element.js';
