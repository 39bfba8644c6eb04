// Lint: typescript-eslint's recommended type-aware rules, plus eslint-plugin-regexp, whose
// no-super-linear-backtracking and no-super-linear-move flag patterns that can take polynomial time on
// hostile input (every regex here must stay linear: ingest reads articles from anyone).
import eslint from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/out/', 'tests/client/generated/', 'migrations/', 'coverage/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Functions stay short enough to read in one screen; tests' describe blocks are lists of cases, not logic.
  { files: ['src/**', 'scripts/**'], rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] } },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
  // Tests and scripts read JSON answers whose shape the assertions themselves check.
  { files: ['tests/**', 'scripts/**', 'bench/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
