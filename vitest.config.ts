import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built binary; a hang must fail, not stall CI.
    testTimeout: 30_000,
    // The person's own data and settings never leak into tests.
    env: { CLOUDOPS_QUIZ_HOME: '/nonexistent-cloudops-quiz-home', TZ: 'UTC', NO_COLOR: '1' },
  },
});
