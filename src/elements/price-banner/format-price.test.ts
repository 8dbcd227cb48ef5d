import { expect } from '@open-wc/testing';
import {
  checkPrice,
  formatPrice,
  listedCurrencies,
  parsePrice,
  resolveCurrency,
} from './format-price.js';

describe('parsePrice', () => {
  const numbers: [string, number][] = [
    ['1950', 1950],
    ['1950.50', 1950.5],
    ['1950.', 1950],
    ['.5', 0.5],
    ['  1950  ', 1950],
    ['+1950', 1950],
    ['-5', -5],
    ['2e3', 2000],
    ['1e400', Infinity],
  ];
  for (const [text, value] of numbers) {
    it(`reads ${JSON.stringify(text)} as ${value}`, () => {
      expect(parsePrice(text)).to.equal(value);
    });
  }

  // Number() would read "" and "  " as 0, "0x10" as 16 and "Infinity" as Infinity.
  const notNumbers = [
    '',
    '  ',
    'abc',
    '1,950',
    '£1950',
    '1950 GBP',
    '0x10',
    'Infinity',
    'NaN',
    '.',
  ];
  for (const text of notNumbers) {
    it(`reads ${JSON.stringify(text)} as NaN`, () => {
      expect(parsePrice(text)).to.be.NaN;
    });
  }
});

describe('checkPrice', () => {
  it('treats undefined and null as no price', () => {
    expect(checkPrice(undefined)).to.deep.equal({ status: 'absent' });
    expect(checkPrice(null)).to.deep.equal({ status: 'absent' });
  });

  it('accepts positive finite numbers and numeric strings', () => {
    expect(checkPrice(1950)).to.deep.equal({ status: 'valid', amount: 1950 });
    expect(checkPrice(0.5)).to.deep.equal({ status: 'valid', amount: 0.5 });
    expect(checkPrice(' 1950.50 ')).to.deep.equal({ status: 'valid', amount: 1950.5 });
  });

  const invalid: [unknown, string][] = [
    [Number.NaN, 'not-a-number'],
    ['', 'not-a-number'],
    ['abc', 'not-a-number'],
    [{}, 'not-a-number'],
    [true, 'not-a-number'],
    [Infinity, 'not-finite'],
    [-Infinity, 'not-finite'],
    ['1e400', 'not-finite'],
    [-5, 'negative'],
    ['-0.01', 'negative'],
    [0, 'zero'],
    [-0, 'zero'],
    ['0.00', 'zero'],
  ];
  // `String(-0)` is "0": name negative zero apart, so every test title is unique.
  const shown = (value: unknown) =>
    typeof value === 'string' ? JSON.stringify(value) : Object.is(value, -0) ? '-0' : String(value);
  for (const [value, problem] of invalid) {
    it(`rejects ${shown(value)} as ${problem}`, () => {
      expect(checkPrice(value)).to.deep.equal({ status: 'invalid', problem });
    });
  }
});

describe('resolveCurrency', () => {
  it('knows the common currencies in this engine', () => {
    for (const code of ['GBP', 'EUR', 'USD', 'CHF', 'JPY']) {
      expect(resolveCurrency(code)).to.equal(code);
    }
  });

  it('reads codes case-insensitively and ignores surrounding spaces', () => {
    expect(resolveCurrency('eur')).to.equal('EUR');
    expect(resolveCurrency(' Gbp ')).to.equal('GBP');
  });

  it('rejects malformed codes', () => {
    for (const value of ['', 'GB', 'GBPX', 'G B', '£', 'pounds', '123', 'ÉUR']) {
      expect(resolveCurrency(value), value).to.equal(undefined);
    }
  });

  it('rejects a well-formed code that the engine does not list', () => {
    expect(listedCurrencies(), 'all three test engines list currencies').not.to.equal(null);
    expect(resolveCurrency('XYZ')).to.equal(undefined);
    expect(resolveCurrency('QQQ')).to.equal(undefined);
  });

  it('checks against the given list', () => {
    expect(resolveCurrency('gbp', new Set(['GBP']))).to.equal('GBP');
    expect(resolveCurrency('EUR', new Set(['GBP']))).to.equal(undefined);
  });

  it('accepts any well-formed code where the engine cannot list currencies', () => {
    expect(resolveCurrency('xyz', null)).to.equal('XYZ');
    expect(resolveCurrency('pounds', null)).to.equal(undefined);
    expect(resolveCurrency('G1P', null)).to.equal(undefined);
  });
});

describe('formatPrice (en-GB)', () => {
  const cases: [number, string, string][] = [
    [1950, 'GBP', '£1,950'],
    [1950.5, 'GBP', '£1,950.50'],
    [1950.05, 'GBP', '£1,950.05'],
    [0.5, 'GBP', '£0.50'],
    [1234567, 'GBP', '£1,234,567'],
    [99, 'GBP', '£99'],
    [1950, 'EUR', '€1,950'],
    [1950.5, 'EUR', '€1,950.50'],
    [1950, 'USD', 'US$1,950'],
    [1950, 'JPY', 'JP¥1,950'],
  ];
  for (const [amount, currency, expected] of cases) {
    it(`formats ${amount} ${currency} as ${expected}`, () => {
      expect(formatPrice(amount, currency, 'en-GB')).to.equal(expected);
    });
  }
});
