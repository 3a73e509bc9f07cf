import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-legacy-code.ts'],
    // Most test files wait on child processes or timers as much as they compute: two workers on
    // two cores keep both busy (vitest's default is one fewer worker than cores).
    maxWorkers: 2,
    isolate: false,
    // End-to-end tests spawn the built binary; a hang must fail, not stall CI.
    testTimeout: 30_000,
    // The person's own data and settings never leak into tests.
    env: { CLOUDOPS_QUIZ_HOME: '/nonexistent-cloudops-quiz-home', TZ: 'UTC', NO_COLOR: '1' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      // The shell around the core: its commands and its terminal front ends are tested in process.
      thresholds: {
        'src/cli/**': { lines: 80, statements: 80 },
        'src/ui/**': { lines: 80, statements: 80 },
      },
    },
  },
});
