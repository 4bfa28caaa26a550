import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'dist-cli/', 'test-results/', 'lib/entities/data/', 'lib/perspectives/model/data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', performance: 'readonly', URL: 'readonly',
        TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly', Intl: 'readonly',
        document: 'readonly', window: 'readonly', navigator: 'readonly', location: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', AbortSignal: 'readonly',
        fetch: 'readonly', Response: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Article text is rendered as text, never as HTML (issue 7): no markup from strings in any
    // code that ships in the extension. (Tests and eval scripts may serialise DOM to compare it.)
    files: ['entrypoints/**', 'components/**', 'utils/**', 'lib/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent or JSX; never innerHTML.' },
        { property: 'outerHTML', message: 'Never build markup from strings.' },
        { property: 'insertAdjacentHTML', message: 'Never build markup from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Article text is rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    // lib/ runs in Node and in the background worker: no browser API, no global DOM.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'location', 'navigator', 'process'],
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'] }],
    },
  },
);
