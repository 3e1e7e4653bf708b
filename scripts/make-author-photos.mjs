// Draws the sample paper's staff portraits and the publisher logo as flat vector illustrations,
// rasterised with sharp, so the repository ships no photos of real people and no third-party art.
//
// Usage: node scripts/make-author-photos.mjs
// Output: content/images/authors/<id>.jpg (600×600), the fixture author's portrait, public/logo.png (512×512)

import sharp from 'sharp';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const S = 600;

/** Head-and-shoulders portrait; every colour and the hair shape come from the author's entry. */
function portrait({ bg, skin, hair, hairStyle, shirt, collar, glasses = false }) {
  const hairShapes = {
    short: `<path d="M205 250 Q200 150 300 140 Q400 150 395 250 Q380 190 300 185 Q220 190 205 250Z" fill="${hair}"/>`,
    long: `<path d="M195 330 Q180 140 300 135 Q420 140 405 330 L395 420 Q380 300 385 250 Q360 185 300 185 Q240 185 215 250 Q220 300 205 420Z" fill="${hair}"/>`,
    bun: `<circle cx="300" cy="125" r="45" fill="${hair}"/><path d="M205 255 Q200 150 300 145 Q400 150 395 255 Q380 195 300 190 Q220 195 205 255Z" fill="${hair}"/>`,
    curly: [...Array(9)]
      .map((_, i) => `<circle cx="${215 + i * 21}" cy="${175 - Math.sin((i / 8) * Math.PI) * 35}" r="34" fill="${hair}"/>`)
      .join(''),
    bald: `<path d="M215 225 Q300 200 385 225 Q385 215 300 195 Q215 215 215 225Z" fill="${hair}" opacity="0.5"/>`,
  };
  const specs = glasses
    ? `<g fill="none" stroke="#222" stroke-width="6"><circle cx="262" cy="272" r="24"/><circle cx="338" cy="272" r="24"/><path d="M286 272 H314"/></g>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}">
<rect width="${S}" height="${S}" fill="${bg}"/>
<circle cx="480" cy="110" r="160" fill="#fff" opacity="0.12"/>
<path d="M90 600 Q100 450 300 430 Q500 450 510 600Z" fill="${shirt}"/>
<path d="M255 430 L300 500 L345 430Z" fill="${collar}"/>
<rect x="268" y="340" width="64" height="100" rx="28" fill="${skin}"/>
<ellipse cx="300" cy="270" rx="92" ry="112" fill="${skin}"/>
${hairShapes[hairStyle]}
<circle cx="262" cy="275" r="7" fill="#2b2b2b"/><circle cx="338" cy="275" r="7" fill="#2b2b2b"/>
<path d="M270 335 Q300 352 330 335" stroke="#7a3b2e" stroke-width="6" fill="none" stroke-linecap="round"/>
${specs}
</svg>`;
}

/** The Courier's square logo: a serif monogram in the masthead red. */
const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<rect width="512" height="512" fill="#8a1c1c"/>
<rect x="28" y="28" width="456" height="456" fill="none" stroke="#fff" stroke-width="8"/>
<text x="256" y="318" text-anchor="middle" font-family="DejaVu Serif, Liberation Serif, serif" font-size="200" font-weight="bold" fill="#fff">HC</text>
<text x="256" y="410" text-anchor="middle" font-family="DejaVu Serif, Liberation Serif, serif" font-size="40" letter-spacing="6" fill="#fff">COURIER</text>
</svg>`;

const people = {
  'content/images/authors/mara-okafor.jpg': {
    bg: '#3c6e71',
    skin: '#8d5524',
    hair: '#1b1b1b',
    hairStyle: 'curly',
    shirt: '#d9a441',
    collar: '#f4f1ea',
  },
  'content/images/authors/tomas-lind.jpg': {
    bg: '#6d597a',
    skin: '#f1c7a5',
    hair: '#c9a66b',
    hairStyle: 'short',
    shirt: '#284b63',
    collar: '#ffffff',
    glasses: true,
  },
  'content/images/authors/priya-raman.jpg': {
    bg: '#52796f',
    skin: '#c68642',
    hair: '#2a1a12',
    hairStyle: 'long',
    shirt: '#9a031e',
    collar: '#f4f1ea',
  },
  'content/images/authors/owen-hale.jpg': {
    bg: '#b56576',
    skin: '#e0ac69',
    hair: '#6b4423',
    hairStyle: 'bald',
    shirt: '#1d3557',
    collar: '#a8dadc',
  },
  'content/images/authors/lucia-ferrante.jpg': {
    bg: '#e09f3e',
    skin: '#f3d2b3',
    hair: '#3d2314',
    hairStyle: 'bun',
    shirt: '#335c67',
    collar: '#fff3b0',
    glasses: true,
  },
  'tests/fixtures/site/content/images/ada-reporter.jpg': {
    bg: '#457b9d',
    skin: '#d4a373',
    hair: '#283618',
    hairStyle: 'short',
    shirt: '#e63946',
    collar: '#f1faee',
  },
};

for (const [file, look] of Object.entries(people)) {
  const out = path.join(root, file);
  await mkdir(path.dirname(out), { recursive: true });
  const size = file.startsWith('tests/') ? 240 : S;
  await sharp(Buffer.from(portrait(look)))
    .resize(size)
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(out);
  console.log(file);
}
await mkdir(path.join(root, 'public'), { recursive: true });
await sharp(Buffer.from(logo)).png({ compressionLevel: 9 }).toFile(path.join(root, 'public/logo.png'));
console.log('public/logo.png');
