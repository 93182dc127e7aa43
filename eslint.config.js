// Layers that lint defends (learned from VS Code): the folder decides the runtime.
//   shared/    pure TypeScript: no Node, no DOM, no Electron, nothing from other layers
//   main/core  plain Node: never Electron, never the renderer
//   main/app, main/preload  Electron shell over core
//   main/bridge, main/cli   other transports over core
//   renderer/  browser: only shared/ and browser packages
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'worker_threads',
  'stream',
];
const restrict = (patterns) => ['error', { patterns: patterns.map((p) => ({ group: p.group, message: p.message })) }];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'build/**',
      'dist/**',
      'resources/migrations/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': restrict([
        { group: ['../../../*'], message: '跨层引用请用 @shared/、@core/ 等命名路径' },
      ]),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
          message: 'shared/ 只能是纯 TypeScript（不依赖 Node、DOM、Electron）',
        },
        { group: ['@core/*', '@renderer/*', '**/main/**', '**/renderer/**'], message: 'shared/ 不能引用其他层' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'localStorage'],
    },
  },
  {
    files: ['main/core/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron', 'electron/*'], message: 'main/core 是纯 Node，不能引用 Electron' },
        {
          group: [
            '@renderer/*',
            '**/renderer/**',
            'react',
            'react-dom',
            '**/app/**',
            '**/bridge/**',
            '**/cli/**',
            '**/preload/**',
          ],
          message: 'main/core 不能引用外层',
        },
      ]),
    },
  },
  {
    files: ['main/bridge/**', 'main/cli/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron', 'electron/*'], message: '桥接与命令行在纯 Node 中运行，不能引用 Electron' },
        {
          group: ['@renderer/*', '**/renderer/**', '**/app/**', '**/preload/**'],
          message: '只能经由 @core 与 @shared',
        },
      ]),
    },
  },
  {
    files: ['main/preload/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['@core/*', '**/core/**', 'better-sqlite3', 'drizzle-orm', ...nodeBuiltins],
          message: 'preload 只暴露一个 invoke 函数，不接触数据库与 Node',
        },
      ]),
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: [...nodeBuiltins, 'electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
          message: '界面在浏览器中运行，只能经由 API 客户端访问数据',
        },
        { group: ['@core/*', '**/main/**'], message: 'renderer/ 只能引用 @shared/' },
      ]),
    },
  },
);
