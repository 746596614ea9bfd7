import path from 'node:path';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const BACKEND_MODULES = path.join(import.meta.dirname, 'backend', 'src', 'modules');

/** The module folder (`clients`, `orders`…) a path lies in, or null outside backend/src/modules. */
const moduleOf = (file) => {
  const relative = path.relative(BACKEND_MODULES, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? null : relative.split(path.sep)[0];
};

/**
 * An entity belongs to its module: other modules call that module's service. Entity files may still
 * import other modules' entities as relation targets.
 */
const noForeignEntityImports = {
  meta: {
    type: 'problem',
    messages: {
      foreign:
        "'{{source}}' is an entity of the {{owner}} module: ask that module's service instead (only entity files may import it, as a relation target).",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = moduleOf(file);
    if (!own || file.endsWith('.entity.ts')) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.') || !source.endsWith('.entity')) return;
      const owner = moduleOf(path.resolve(path.dirname(file), source));
      if (owner && owner !== own)
        context.report({ node: node.source, messageId: 'foreign', data: { source, owner } });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

const typedEventsOnly = {
  name: '@nestjs/event-emitter',
  message:
    'Publish with DomainEventBus and handle with @OnDomainEvent (core/events): both are typed by DomainEvents.',
};

export default tseslint.config(
  {
    ignores: ['**/dist', '**/node_modules', '**/.angular', '**/.nx', '.data', 'tmp', '**/*.mjs', '**/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:telephony', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:shared', 'scope:frontend'] },
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:shared', 'scope:telephony'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:telephony'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': 'error',
    },
  },
  {
    files: ['frontend/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'sb', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'sb', style: 'kebab-case' }],
    },
  },
  {
    files: ['frontend/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
  {
    files: ['backend/src/**/*.ts'],
    ignores: ['backend/src/core/events/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [typedEventsOnly],
        },
      ],
    },
  },
  {
    files: ['backend/src/core/**/*.ts'],
    ignores: ['backend/src/core/events/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // A later no-restricted-imports replaces the earlier one for these files, so it is repeated.
          paths: [typedEventsOnly],
          patterns: [
            {
              group: ['**/modules/**'],
              message: 'core is the ground floor: it imports nothing from modules/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['backend/src/modules/**/*.ts'],
    plugins: { switchboard: { rules: { 'no-foreign-entity-imports': noForeignEntityImports } } },
    rules: { 'switchboard/no-foreign-entity-imports': 'error' },
  },
  prettier,
);
