/**
 * How long tests wait, sized from measured times, never guessed: the suite must pass on a 2-core
 * machine while another build runs beside it (docs/testing.md has the figures). A budget only stops
 * a test that hangs; tests that wait for something poll for the condition itself.
 */

/**
 * One build of a test's content: eight times the slowest measured, the sample paper from empty
 * caches beside the whole suite (32 s; docs/testing.md).
 */
export const BUILD_MS = 240_000;

/** Time for `count` builds run one after another, and the checks between them. */
export const builds = (count: number) => count * BUILD_MS;

/**
 * A condition polled in a page or a file (search results appearing, a preview reloading): long,
 * because a poll ends as soon as the condition holds; Vitest's default (1 s) fails under load.
 */
export const POLL_MS = 60_000;
