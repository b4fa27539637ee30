// Lint rules for the whole repository: typescript-eslint's strict type-checked set and Lit's rules, all errors.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOutsideMain = {
  paths: [{ name: 'electron', message: 'Only src/main and src/preload may import electron; the renderer talks to a Host.' }],
  patterns: [{ group: ['node:*'], message: 'Node.js modules belong in src/main and tests.' }],
};

/** Electron and Node stay out, and so do the imports `boundary` names (one no-restricted-imports pattern). */
function importsRestricted(boundary) {
  return {
    'no-restricted-imports': [
      'error',
      { paths: electronOutsideMain.paths, patterns: [...electronOutsideMain.patterns, boundary] },
    ],
  };
}

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/.results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Spreading a string into code points is how offsets are counted here, on purpose.
      '@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
      eqeqeq: 'error',
    },
  },
  {
    // The page's first script, written into the page as it is: browser globals, and no types to check it with.
    files: ['src/renderer/first-screen.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.browser },
  },
  {
    files: ['src/renderer/**/*.ts'],
    ...lit.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/renderer/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', electronOutsideMain] },
  },
  {
    // The domain is pure: it serves every process and depends on none of them.
    files: ['src/shared/**/*.ts'],
    rules: importsRestricted({
      group: ['**/main/**', '**/preload/**', '**/renderer/**'],
      message: 'src/shared may not import a process.',
    }),
  },
  {
    files: ['src/renderer/src/components/**/*.ts'],
    rules: {
      // Lit binds event listeners in templates to the element, so `@click=${this._onClick}` is safe.
      '@typescript-eslint/unbound-method': 'off',
      // Elements render what the core gives them and hand each event to it: they read and write nothing themselves.
      ...importsRestricted({
        group: ['**/db/**', '**/editing/**', '**/opening/**', '**/workers/**', 'dexie', 'dexie-*'],
        allowTypeImports: true,
        message: 'Components go through the core (src/renderer/src/app/); only types may be imported from here.',
      }),
    },
  },
  {
    // The core runs in Node under test: no Lit, no elements. Its words go through @lit/localize's msg(), which needs
    // neither.
    files: ['src/renderer/src/app/**/*.ts'],
    rules: importsRestricted({
      group: ['lit', 'lit/*', '@lit/*', '!@lit/localize', '@lit-labs/*', '**/components/**', '**/controllers/**'],
      message: 'src/renderer/src/app may not use Lit or the window.',
    }),
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Written by lit-localize (npm run translations), with the directives it always adds.
    files: ['src/shared/locales/**'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
);
