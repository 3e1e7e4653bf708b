import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const SECTIONS = ['politics', 'business', 'city', 'climate', 'culture', 'sport'];
const WORDS = (
  'assembly council harbour budget bridge ferry tram northgate saltmarket quay river wend vote committee report engineers ' +
  'residents traders contract repairs funding million plan delay proposal officials week meeting city hall transport ' +
  'schools housing rents market festival season club match league final crowd volunteers turbines flood barrier solar'
).split(' ');

/** A small deterministic generator, so every run measures the same corpus. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

function sentence(rand: () => number): string {
  const n = 10 + Math.floor(rand() * 14);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
}
const paragraph = (rand: () => number) => Array.from({ length: 5 }, () => sentence(rand)).join(' ');
export const storyId = (i: number) => `story-${String(i).padStart(6, '0')}`;

/** ~1,200 words with headings, a list, a quote and inline related links, like a real story. */
export function storyBody(i: number, photo: string | undefined): string {
  const rand = random(i + 1);
  const blocks: string[] = [];
  for (let p = 0; p < 12; p++) {
    if (p === 4) blocks.push(`## ${sentence(rand).slice(0, 40).replace(/\.$/, '')}`);
    if (p === 8) blocks.push(`## ${sentence(rand).slice(0, 40).replace(/\.$/, '')}`);
    blocks.push(paragraph(rand));
    if (p === 2 && i > 0) blocks.push(`Read More: [[${storyId(i - 1)}]]`);
    if (p === 6 && i > 1) blocks.push(`Also Read: [[${storyId(Math.floor(rand() * (i - 1)))}]]`);
    if (p === 5) blocks.push(`> "${sentence(rand)}" said one councillor.`);
    if (p === 9) blocks.push(['- ', '- ', '- '].map((b) => b + sentence(rand)).join('\n'));
    if (p === 3 && photo)
      blocks.push(
        `![A generated scene](${photo} "A generated scene.")\nCredit: Bench Wire – HALLAM – Nov 3, 2026 — Photo by Bench Photographer`,
      );
  }
  return blocks.join('\n\n');
}

/** A 1600×1067 photo-like JPEG that differs per index, so no two sources share a hash. */
async function photo(path: string, i: number) {
  const hue = (i * 47) % 360;
  const shapes = Array.from({ length: 12 }, (_, k) => {
    const x = (k * 131 + i * 17) % 1500;
    const y = 500 + ((k * 71 + i) % 400);
    return `<rect x="${x}" y="${y}" width="${60 + ((k * 37) % 140)}" height="${200 + ((k * 53 + i) % 300)}" fill="hsl(${(hue + k * 25) % 360},35%,${25 + (k % 4) * 10}%)"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},45%,35%)"/></linearGradient></defs><rect width="1600" height="1067" fill="url(#g)"/>${shapes}<circle cx="${200 + ((i * 97) % 1200)}" cy="220" r="90" fill="#fff3c4"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toFile(path);
}

export interface CorpusStory {
  id: string;
  section: string;
  headline: string;
  published: string;
  body: string;
}

/** The stories of a corpus, independent of how a generator lays them out on disk. */
export function corpusStories(count: number): CorpusStory[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 10)).padStart(2, '0');
    return {
      id: storyId(i),
      section: SECTIONS[i % SECTIONS.length]!,
      headline: `Benchmark story number ${i} about the harbour budget`,
      published: `2026-${month}-${day} ${String(6 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      // Photos are lead photos only, so N photos means N source files to encode.
      body: storyBody(i, undefined),
    };
  });
}

export function storyFile(s: CorpusStory, photos: boolean): string {
  const hero = photos
    ? `hero:\n  src: ../../images/${s.id}.jpg\n  alt: Buildings under an evening sky\n  credit: "Bench Wire – HALLAM – Nov 3, 2026 — Photo by Bench Photographer"\n`
    : '';
  return `---\nheadline: ${s.headline}\ndek: A generated story for measuring builds.\nsection: ${s.section}\nauthors: [bench-writer]\npublished: ${s.published}\ntags: [bench, ${s.section}-news]\n${hero}---\n\n${s.body}\n`;
}

/** Writes `count` articles as Broadsheet content under `dir` (with one lead photo each if asked). */
export async function makeCorpus(dir: string, count: number, options: { photos: boolean }) {
  mkdirSync(join(dir, 'authors'), { recursive: true });
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'authors', 'bench-writer.yaml'), 'name: Bench Writer\nrole: Reporter\n');
  for (const section of SECTIONS) mkdirSync(join(dir, 'articles', section), { recursive: true });
  const stories = corpusStories(count);
  for (const [i, s] of stories.entries()) {
    if (options.photos) await photo(join(dir, 'images', `${s.id}.jpg`), i);
    writeFileSync(join(dir, 'articles', s.section, `${s.id}.md`), storyFile(s, options.photos));
  }
  return stories;
}
