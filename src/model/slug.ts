/**
 * Article ids are file names and URL segments, so they must survive every file system and
 * every browser: lower-case ASCII words joined by hyphens. Headlines are anything but.
 */

/** Letters that Unicode does not decompose into a base letter plus accent. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŋ: 'ng',
  ĸ: 'k',
  ſ: 's',
};

// Cyrillic, romanised as BGN/PCGN does Russian (plus the Ukrainian letters), as wire services do.
const CYRILLIC: Record<string, string> = Object.fromEntries(
  (
    'а a,б b,в v,г g,ґ g,д d,е e,ё e,є ye,ж zh,з z,и i,і i,ї yi,й y,к k,л l,м m,н n,о o,п p,р r,с s,т t,' +
    'у u,ф f,х kh,ц ts,ч ch,ш sh,щ shch,ъ ,ы y,ь ,э e,ю yu,я ya'
  )
    .split(',')
    .map((pair) => [pair[0]!, pair.slice(2)]),
);

const GREEK: Record<string, string> = Object.fromEntries(
  'α a,β v,γ g,δ d,ε e,ζ z,η i,θ th,ι i,κ k,λ l,μ m,ν n,ξ x,ο o,π p,ρ r,σ s,ς s,τ t,υ y,φ f,χ ch,ψ ps,ω o'
    .split(',')
    .map((pair) => [pair[0]!, pair.slice(2)]),
);

const WORDS: Record<string, string> = { '&': ' and ', '%': ' percent ', '+': ' plus ', '@': ' at ' };

/** Longest id we make: long enough to be recognisable, short enough for a readable URL. */
export const MAX_SLUG_LENGTH = 60;

/** Plain-ASCII lower-case version of `text`: accents dropped, other scripts romanised. */
export function transliterate(text: string): string {
  const romanise = (s: string) => [...s].map((ch) => LETTERS[ch] ?? CYRILLIC[ch] ?? GREEK[ch] ?? WORDS[ch] ?? ch).join('');
  // Romanise before dropping accents (й and ї are letters of their own, not и and і with a mark),
  // and again after, for accented letters that only decompose to a table entry (Greek ά → α).
  return romanise(romanise(text.toLowerCase().normalize('NFC')).normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** `Café owners' £2m "rescue" – what next?` → `cafe-owners-2m-rescue-what-next`. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = transliterate(text)
    // Apostrophes join a word (owners', don't) rather than splitting it.
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever no existing story has; `story` when `base` is empty. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'story';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
