import { expect } from '@open-wc/testing';
import { safeHref } from './safe-url.js';

describe('safeHref', () => {
  const accepted = [
    'https://www.nhs.uk/',
    'http://example.org/prices',
    'mailto:clinic@example.org',
    'tel:+441234567890',
    '/prices',
    'prices.html',
    '../prices',
    '?page=2',
    '#prices',
    '//cdn.example.org/path',
  ];
  for (const url of accepted) {
    it(`accepts ${JSON.stringify(url)}`, () => {
      expect(safeHref(url)).to.equal(url);
    });
  }

  it('trims surrounding spaces from a safe URL', () => {
    expect(safeHref('  https://example.org/  ')).to.equal('https://example.org/');
  });

  const rejected = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
    'http://[not-a-host',
    '',
    '   ',
  ];
  for (const url of rejected) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(safeHref(url)).to.equal(undefined);
    });
  }

  it('rejects values that are not strings', () => {
    expect(safeHref(undefined)).to.equal(undefined);
    expect(safeHref(null)).to.equal(undefined);
  });
});
