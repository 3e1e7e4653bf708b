import { describe, expect, it } from 'vitest';
import { currentShard, ownsSitePages, ownsStory, shardNodeArgs } from '../../src/model/shard.ts';

describe('sharded builds', () => {
  it('reads BROADSHEET_SHARD as n/count, and explains a wrong value', () => {
    expect(currentShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(currentShard('1/1')).toBeUndefined();
    expect(() => currentShard('5/4')).toThrow(/write it as <n>\/<count>/);
  });

  it('gives every story to exactly one shard, and the other pages to the first', () => {
    const shards = [1, 2, 3].map((index) => ({ index, count: 3 }));
    for (const id of ['council-vote', 'tram-delays', 'story-000042'])
      expect(shards.filter((s) => ownsStory(id, s))).toHaveLength(1);
    expect(shards.map((s) => ownsSitePages(s))).toEqual([true, false, false]);
  });

  it("caps a shard's heap so it fits a 4 GiB runner, unless NODE_OPTIONS sets its own", () => {
    expect(shardNodeArgs({ BROADSHEET_SHARD: '2/10' })).toEqual(['--max-old-space-size=3072']);
    expect(shardNodeArgs({ BROADSHEET_SHARD: '2/10', NODE_OPTIONS: '--max-old-space-size=6000' })).toEqual([]);
    expect(shardNodeArgs({})).toEqual([]);
  });
});
