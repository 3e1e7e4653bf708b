/** `npm run merge-shards -- <out> <shard-dir>…`: see src/publish/merge-shards.ts. */
import { resolve } from 'node:path';
import { mergeShards } from '../src/publish/merge-shards.ts';
import { reportFootprint } from '../src/publish/site-footprint.ts';

const [outArg, ...shardArgs] = process.argv.slice(2);
if (!outArg || shardArgs.length < 1) {
  console.error('usage: npm run merge-shards -- <out> <shard-dir> [<shard-dir>…]');
  process.exitCode = 2;
} else {
  const result = await mergeShards(
    resolve(outArg),
    shardArgs.map((s) => resolve(s)),
  );
  if (result.ok) {
    console.log(result.message);
    await reportFootprint(resolve(outArg));
  } else console.error(result.message);
  process.exitCode = result.ok ? 0 : 1;
}
