/**
 * The flags npm took for itself. `npm run new --headline "Bridge vote"` (no `--`) does not pass
 * `--headline` to the script: npm reads it as one of its own settings and sets
 * `npm_config_headline=true` (`--no-draft`: `npm_config_draft=`), and passes only "Bridge vote" on.
 * Named here as `--flag`, for the flags the script knows (`names`, long and short).
 */
export function swallowedFlags(names: readonly string[], env: NodeJS.ProcessEnv): string[] {
  // Only when npm ran the script: anyone may have an npm_config_* variable set by hand.
  if (!env['npm_lifecycle_event']) return [];
  return names.filter((name) => `npm_config_${name.replace(/-/g, '_')}` in env).map((n) => (n.length === 1 ? `-${n}` : `--${n}`));
}
