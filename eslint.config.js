// ESLint flat config: TypeScript, Lit template rules, Lit accessibility rules and
// custom-element best practice. Formatting is Prettier's job (eslint-config-prettier
// turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'custom-elements.json',
      'src/locales/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'CircElement'] } },
    rules: {
      // The contract forbids these outright (CSP and XSS).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: CSP and XSS.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No innerHTML: render with Lit templates.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'No storage: answers never leave the page.' },
        { name: 'sessionStorage', message: 'No storage: answers never leave the page.' },
        { name: 'fetch', message: 'No network requests from elements.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Every element extends LitElement, which always implements the lifecycle callbacks.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.test.ts', 'src/test-utils/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests stub console.warn on purpose.
      'no-console': 'off',
      // Chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['*.js', '*.mjs', 'scripts/**', '.ci/**', 'src/**/*.node.test.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Run in the browser pages of scripts/csp-check.mjs and scripts/bench.mjs.
    files: ['scripts/csp/*.js', 'scripts/bench/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
