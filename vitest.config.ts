import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Tests that read whole corpora, run the CLI or take megabyte inputs: the
 * `slow` project, which `npm test` runs after the fast `unit` one. The mark
 * density and article coverage tests extract and analyse every saved page while
 * their file loads (about 30 % of `test:unit`'s CPU time).
 */
const SLOW = [
  'tests/unit/robustness/analyze-large.test.ts',
  'tests/unit/cli/**/*.test.ts',
  'tests/unit/analysis/claims/goldens.test.ts',
  'tests/unit/analysis/entities/page-descriptions.test.ts',
  'tests/unit/page/saved-pages-expected.test.ts',
  'tests/unit/page/boilerplate.test.ts',
  'tests/unit/page/mark-density.test.ts',
  'tests/unit/page/article-coverage.test.ts',
  'tests/unit/shared/settings-fuzz.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: SLOW,
          environment: 'node',
          // The engine's data (tagger weights, gazetteer) loads once per worker, not once per file:
          // every test resets the fake browser and restores its mocks itself.
          isolate: false,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'slow',
          include: SLOW,
          environment: 'node',
          // These spawn the command line or read whole corpora: on shared, loaded cores a case takes
          // far longer than vitest's 5 s default, which would make the suite fail on load, not on behaviour.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/e2e/support/browsers.ts'],
          environment: 'node',
          // One browser at a time: the specs share a built extension and 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
