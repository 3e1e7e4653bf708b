import { describe, expect, it } from 'vitest';
import { bucketCount, bucketFolder, bucketKey, MAX_BUNDLES, pageDigest, planBuckets } from '../../src/output/search-buckets.ts';

const pages = (n: number, prefix = 'politics/story-') =>
  Array.from({ length: n }, (_, i) => ({ path: `${prefix}${i}/index.html`, digest: pageDigest(`<h1>Story ${i}</h1>`) }));

describe('search buckets', () => {
  it('keeps a small site in one index and splits a large one in powers of two', () => {
    expect([0, 12, 999].map((n) => bucketCount(n))).toEqual([1, 1, 1]);
    expect([1_000, 1_999, 2_000, 5_000, 20_000, 100_000].map((n) => bucketCount(n))).toEqual([2, 2, 4, 8, 32, 32]);
  });

  it('keeps the count when one story is added, so every other bucket stays valid', () => {
    for (const n of [1_000, 5_000, 7_000]) expect(bucketCount(n + 1)).toBe(bucketCount(n));
  });

  it('never has the shards of a sharded build merge more than MAX_BUNDLES indexes between them', () => {
    for (const shards of [1, 2, 4, 10, 40]) {
      expect(bucketCount(100_000 / shards, shards) * shards).toBeLessThanOrEqual(Math.max(MAX_BUNDLES, shards));
    }
  });

  it('puts every page in exactly one bucket, about evenly', () => {
    const all = pages(5_000);
    const buckets = planBuckets(all);
    expect(buckets).toHaveLength(8);
    expect(
      buckets
        .flat()
        .map((p) => p.path)
        .sort(),
    ).toEqual(all.map((p) => p.path).sort());
    for (const bucket of buckets) expect(bucket.length).toBeGreaterThan(5_000 / 8 / 1.25);
  });

  it('keeps a page in its bucket whatever else is added', () => {
    const before = planBuckets(pages(5_000));
    const after = planBuckets([...pages(5_000), ...pages(10, 'city/new-')]);
    before.forEach((bucket, i) => expect(after[i]!.slice(0, bucket.length)).toEqual(bucket));
  });

  it('names a bucket by every page path and byte, not by their order', () => {
    const bucket = pages(20);
    const key = bucketKey('1.6.0', 8, bucket);
    expect(bucketKey('1.6.0', 8, [...bucket].reverse())).toBe(key);
    const edited = bucket.map((p, i) => (i === 7 ? { ...p, digest: pageDigest('<h1>Story 7, corrected</h1>') } : p));
    const moved = bucket.map((p, i) => (i === 7 ? { ...p, path: `city/${p.path}` } : p));
    const changed = [edited, moved, bucket.slice(1)].map((b) => bucketKey('1.6.0', 8, b));
    expect(new Set([key, ...changed, bucketKey('1.7.0', 8, bucket), bucketKey('1.6.0', 4, bucket)]).size).toBe(6);
  });

  it("places the first bucket where Pagefind's UI looks, the others beside it", () => {
    expect([0, 1, 7].map(bucketFolder)).toEqual(['', 'bucket-2/', 'bucket-8/']);
  });
});
