import { defineConfig } from 'vitest/config';
import { builds, POLL_MS } from './tests/helpers/budget.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The sample site is built once and shared by the gates that read it (see tests/setup/sample-site.ts).
    globalSetup: ['tests/setup/sample-site.ts'],
    // Build and browser tests run real Astro builds and Chromium: budgets sized from measured builds
    // on a busy machine (tests/helpers/budget.ts); a test that runs more builds says how many.
    testTimeout: builds(1),
    hookTimeout: builds(2),
    expect: { poll: { timeout: POLL_MS } },
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
