import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The sample site is built once and shared by the gates that read it (see tests/setup/sample-site.ts).
    globalSetup: ['tests/setup/sample-site.ts'],
    // Build and browser tests run real Astro builds and Chromium: generous, but bounded.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
