/**
 * Refuse sources beyond this many pixels: a decompression bomb must fail, not exhaust memory. Here,
 * apart from the encoder, so the checker can share it without its key covering the encoder's code.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/** Runs at most `concurrency` tasks at once: photo encoding is CPU- and memory-bound. */
export function limiter(concurrency: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    active--;
    queue.shift()?.();
  };
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active >= concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      next();
    }
  };
}
