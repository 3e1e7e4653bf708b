/**
 * A value shared by every module instance in one build process. Astro bundles the pages and the
 * middleware apart from the config and its integrations, so a plain module variable would exist
 * twice: the integration would write one and the pages read the other.
 */
export interface ProcessSlot<T> {
  get(): T | undefined;
  set(value: T | undefined): void;
  /** The value, made by `init` on first use. */
  use(init: () => T): T;
}

export function processSlot<T>(name: string): ProcessSlot<T> {
  const key = Symbol.for(`broadsheet.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: () => holder[key],
    set: (value) => {
      holder[key] = value;
    },
    use: (init) => (holder[key] ??= init()),
  };
}
