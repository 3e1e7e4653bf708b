// Generates the illustrative sample photos used by the bundled demo newspaper
// (The Hallam Courier). Every picture is a flat vector illustration drawn as
// SVG and rasterised with sharp, so the repository ships no third-party media.
//
// Usage: node scripts/make-sample-images.mjs [name ...]
// Output: content/images/<name>.jpg (1600×1067, JPEG quality 80, mozjpeg)

import sharp from 'sharp';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const W = 1600;
const H = 1067;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'content', 'images');

// ---------------------------------------------------------------------------
// Drawing context: deterministic randomness + per-image gradient definitions
// ---------------------------------------------------------------------------

function createContext(seed) {
  let s = seed >>> 0;
  const random = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const defs = [];
  let gid = 0;
  return {
    rand: (a = 0, b = 1) => a + (b - a) * random(),
    int: (a, b) => Math.floor(a + (b - a + 1) * random()),
    pick: (arr) => arr[Math.floor(random() * arr.length)],
    chance: (p) => random() < p,
    /** Linear gradient; stops = [[offset, colour, opacity?], ...]. */
    linear(stops, { x1 = 0, y1 = 0, x2 = 0, y2 = 1 } = {}) {
      const id = `g${gid++}`;
      defs.push(
        `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops
          .map(([o, c, a = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`)
          .join('')}</linearGradient>`,
      );
      return `url(#${id})`;
    },
    radial(stops, { cx = 0.5, cy = 0.5, r = 0.5 } = {}) {
      const id = `g${gid++}`;
      defs.push(
        `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops
          .map(([o, c, a = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`)
          .join('')}</radialGradient>`,
      );
      return `url(#${id})`;
    },
    svg(body) {
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs.join(
        '',
      )}</defs>${body.flat(Infinity).join('')}</svg>`;
    },
  };
}

// ---------------------------------------------------------------------------
// Primitive shapes
// ---------------------------------------------------------------------------

const n = (v) => Math.round(v * 10) / 10;
const attrs = (extra) => (extra ? ` ${extra}` : '');
const rect = (x, y, w, h, fill, extra = '') =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${attrs(extra)}/>`;
const circle = (cx, cy, r, fill, extra = '') => `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${attrs(extra)}/>`;
const ellipse = (cx, cy, rx, ry, fill, extra = '') =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${attrs(extra)}/>`;
const poly = (pts, fill, extra = '') =>
  `<polygon points="${pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${fill}"${attrs(extra)}/>`;
const pathEl = (d, fill, extra = '') => `<path d="${d}" fill="${fill}"${attrs(extra)}/>`;
const line = (x1, y1, x2, y2, stroke, width = 2, extra = '') =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${width}"${attrs(extra)}/>`;
const group = (extra, children) => `<g ${extra}>${children.flat(Infinity).join('')}</g>`;

const SKIN = ['#f2d0b1', '#e3b48c', '#c68b62', '#9a6444', '#6b4630', '#f5dcc4'];
const CLOTHES = [
  '#2f4858',
  '#c44536',
  '#f6ae2d',
  '#33658a',
  '#86bbd8',
  '#55828b',
  '#3b3355',
  '#e07a5f',
  '#81b29a',
  '#3d405b',
  '#f2cc8f',
  '#6d597a',
];

// ---------------------------------------------------------------------------
// Scene components
// ---------------------------------------------------------------------------

function sky(c, stops, height = H) {
  return rect(0, 0, W, height, c.linear(stops));
}

function sun(c, x, y, r, color, glow = 3.2, glowOpacity = 0.5) {
  return [
    circle(
      x,
      y,
      r * glow,
      c.radial([
        [0, color, glowOpacity],
        [1, color, 0],
      ]),
    ),
    circle(x, y, r, color),
  ];
}

function cloud(x, y, s, fill, opacity = 0.9) {
  return group(`opacity="${opacity}"`, [
    ellipse(x, y, 90 * s, 28 * s, fill),
    ellipse(x - 45 * s, y - 12 * s, 48 * s, 30 * s, fill),
    ellipse(x + 30 * s, y - 22 * s, 55 * s, 38 * s, fill),
    ellipse(x + 80 * s, y - 4 * s, 40 * s, 22 * s, fill),
  ]);
}

function clouds(c, count, yMin, yMax, fill, opacity = 0.85) {
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(cloud(c.rand(-50, W + 50), c.rand(yMin, yMax), c.rand(0.7, 1.6), fill, opacity));
  }
  return out;
}

function birds(c, count, x0, x1, y0, y1, color = '#2b2b2b') {
  const out = [];
  for (let i = 0; i < count; i++) {
    const x = c.rand(x0, x1);
    const y = c.rand(y0, y1);
    const s = c.rand(0.6, 1.3);
    out.push(
      pathEl(
        `M${n(x - 14 * s)},${n(y)} Q${n(x - 7 * s)},${n(y - 8 * s)} ${n(x)},${n(y)} Q${n(x + 7 * s)},${n(y - 8 * s)} ${n(x + 14 * s)},${n(y)}`,
        'none',
        `stroke="${color}" stroke-width="${n(2.4 * s)}" stroke-linecap="round"`,
      ),
    );
  }
  return out;
}

/** A row of buildings standing on baseY. */
function skyline(c, baseY, opts = {}) {
  const {
    x0 = -20,
    x1 = W + 20,
    minH = 120,
    maxH = 360,
    minW = 70,
    maxW = 170,
    colors = ['#5b6c7d', '#6d7f91', '#4d5c6b'],
    windowColor = '#dfe8f0',
    windowProb = 0.55,
    roofs = true,
    opacity = 1,
  } = opts;
  const out = [];
  let x = x0;
  while (x < x1) {
    const w = c.rand(minW, maxW);
    const h = c.rand(minH, maxH);
    const col = c.pick(colors);
    const top = baseY - h;
    out.push(rect(x, top, w + 1, h, col));
    if (roofs) {
      const kind = c.int(0, 5);
      if (kind === 0)
        out.push(
          poly(
            [
              [x, top],
              [x + w / 2, top - w * 0.35],
              [x + w, top],
            ],
            col,
          ),
        );
      if (kind === 1)
        out.push(
          rect(x + w * 0.4, top - 40, w * 0.2, 40, col),
          poly(
            [
              [x + w * 0.4, top - 40],
              [x + w * 0.5, top - 90],
              [x + w * 0.6, top - 40],
            ],
            col,
          ),
        );
      if (kind === 2) out.push(rect(x + w * 0.15, top - 14, w * 0.7, 14, col));
    }
    if (windowColor) {
      const cols = Math.max(2, Math.floor(w / 30));
      const rows = Math.floor((h - 30) / 40);
      const ww = (w - 16) / cols;
      for (let r = 0; r < rows; r++) {
        for (let k = 0; k < cols; k++) {
          if (c.chance(windowProb)) {
            out.push(rect(x + 8 + k * ww + ww * 0.2, top + 20 + r * 40, ww * 0.6, 20, windowColor));
          }
        }
      }
    }
    x += w + c.rand(-6, 10);
  }
  return opacity < 1 ? group(`opacity="${opacity}"`, out) : out;
}

function water(c, y, top, bottom, ripple = '#ffffff', ripples = 60, rippleOpacity = 0.25) {
  const out = [
    rect(
      0,
      y,
      W,
      H - y,
      c.linear([
        [0, top],
        [1, bottom],
      ]),
    ),
  ];
  for (let i = 0; i < ripples; i++) {
    const ry = c.rand(y + 8, H);
    const depth = (ry - y) / (H - y);
    const len = c.rand(20, 70) * (0.5 + depth * 1.5);
    const rx = c.rand(-20, W);
    out.push(line(rx, ry, rx + len, ry, ripple, n(1.5 + depth * 3), `stroke-linecap="round" opacity="${rippleOpacity}"`));
  }
  return out;
}

function person(c, x, y, s = 1, opts = {}) {
  const body = opts.body ?? c.pick(CLOTHES);
  const skin = opts.skin ?? c.pick(SKIN);
  const legs = opts.legs ?? c.pick(['#2d2d3a', '#3a3f58', '#4a3b2f', '#1f2a36']);
  const hair = opts.hair ?? c.pick(['#2a1d14', '#5a3b22', '#111111', '#c9a25a', '#8c8c8c', '#7a2e1b']);
  return [
    rect(x - 10 * s, y - 44 * s, 8 * s, 44 * s, legs, `rx="${n(3 * s)}"`),
    rect(x + 2 * s, y - 44 * s, 8 * s, 44 * s, legs, `rx="${n(3 * s)}"`),
    rect(x - 16 * s, y - 96 * s, 32 * s, 58 * s, body, `rx="${n(12 * s)}"`),
    circle(x, y - 110 * s, 13 * s, skin),
    pathEl(
      `M${n(x - 13.5 * s)},${n(y - 110 * s)} A${n(13.5 * s)},${n(13.5 * s)} 0 0 1 ${n(x + 13.5 * s)},${n(y - 110 * s)} L${n(x + 12 * s)},${n(y - 114 * s)} L${n(x - 12 * s)},${n(y - 114 * s)} Z`,
      hair,
    ),
  ];
}

/** Head and shoulders only (for audiences, seated rows). */
function bust(c, x, y, s = 1, opts = {}) {
  const body = opts.body ?? c.pick(CLOTHES);
  const skin = opts.skin ?? c.pick(SKIN);
  const hair = opts.hair ?? c.pick(['#2a1d14', '#5a3b22', '#111111', '#c9a25a', '#8c8c8c']);
  return [
    pathEl(
      `M${n(x - 22 * s)},${n(y)} Q${n(x - 22 * s)},${n(y - 34 * s)} ${n(x)},${n(y - 34 * s)} Q${n(x + 22 * s)},${n(y - 34 * s)} ${n(x + 22 * s)},${n(y)} Z`,
      body,
    ),
    circle(x, y - 46 * s, 12 * s, skin),
    pathEl(
      `M${n(x - 12.5 * s)},${n(y - 46 * s)} A${n(12.5 * s)},${n(12.5 * s)} 0 0 1 ${n(x + 12.5 * s)},${n(y - 46 * s)} Z`,
      hair,
    ),
  ];
}

function silhouette(x, y, s, fill) {
  return [
    pathEl(
      `M${n(x - 24 * s)},${n(y)} Q${n(x - 24 * s)},${n(y - 40 * s)} ${n(x)},${n(y - 40 * s)} Q${n(x + 24 * s)},${n(y - 40 * s)} ${n(x + 24 * s)},${n(y)} Z`,
      fill,
    ),
    circle(x, y - 54 * s, 14 * s, fill),
  ];
}

function tree(c, x, y, s = 1, leaf = '#4f8a4b', trunk = '#6b4a2f') {
  const shade = leaf;
  return [
    rect(x - 7 * s, y - 90 * s, 14 * s, 90 * s, trunk),
    circle(x, y - 130 * s, 52 * s, shade),
    circle(x - 38 * s, y - 100 * s, 38 * s, shade),
    circle(x + 40 * s, y - 104 * s, 40 * s, shade),
    circle(x + 12 * s, y - 160 * s, 36 * s, shade),
    circle(x - 14 * s, y - 140 * s, 30 * s, '#ffffff', 'opacity="0.08"'),
  ];
}

function pine(x, y, s, fill, trunk = '#4b3a2a') {
  return [
    rect(x - 5 * s, y - 30 * s, 10 * s, 30 * s, trunk),
    poly(
      [
        [x - 40 * s, y - 28 * s],
        [x, y - 110 * s],
        [x + 40 * s, y - 28 * s],
      ],
      fill,
    ),
    poly(
      [
        [x - 32 * s, y - 70 * s],
        [x, y - 150 * s],
        [x + 32 * s, y - 70 * s],
      ],
      fill,
    ),
  ];
}

function boat(c, x, y, s = 1, opts = {}) {
  const hull = opts.hull ?? c.pick(['#c0392b', '#1f4e79', '#f4f1de', '#2a9d8f', '#e9c46a', '#264653']);
  const cabin = opts.cabin ?? '#f7f7f2';
  const out = [
    pathEl(
      `M${n(x - 110 * s)},${n(y - 40 * s)} L${n(x + 120 * s)},${n(y - 40 * s)} L${n(x + 90 * s)},${n(y)} L${n(x - 90 * s)},${n(y)} Z`,
      hull,
    ),
    rect(x - 110 * s, y - 46 * s, 230 * s, 8 * s, '#ffffff', 'opacity="0.8"'),
    rect(x - 50 * s, y - 86 * s, 80 * s, 40 * s, cabin, `rx="${n(4 * s)}"`),
    rect(x - 40 * s, y - 76 * s, 18 * s, 14 * s, '#5b7c99'),
    rect(x - 14 * s, y - 76 * s, 18 * s, 14 * s, '#5b7c99'),
  ];
  if (opts.mast !== false) {
    out.push(line(x + 50 * s, y - 46 * s, x + 50 * s, y - 260 * s, '#3a3a3a', n(4 * s)));
    if (opts.sail)
      out.push(
        poly(
          [
            [x + 54 * s, y - 250 * s],
            [x + 54 * s, y - 60 * s],
            [x + 150 * s, y - 60 * s],
          ],
          opts.sail,
        ),
      );
    else
      out.push(
        line(x + 50 * s, y - 250 * s, x + 120 * s, y - 46 * s, '#3a3a3a', n(1.5 * s)),
        line(x + 50 * s, y - 250 * s, x - 100 * s, y - 46 * s, '#3a3a3a', n(1.5 * s)),
      );
  }
  return out;
}

function turbine(x, y, h, color, angle, opacity = 1) {
  const hubY = y - h;
  const bladeLen = h * 0.52;
  const blade = (a) =>
    `<path d="M${n(x)},${n(hubY - 5)} Q${n(x + bladeLen * 0.08)},${n(hubY - bladeLen * 0.45)} ${n(x)},${n(hubY - bladeLen)} Q${n(x - bladeLen * 0.03)},${n(hubY - bladeLen * 0.5)} ${n(x - 4)},${n(hubY - 5)} Z" fill="${color}" transform="rotate(${a} ${n(x)} ${n(hubY)})"/>`;
  return group(`opacity="${opacity}"`, [
    poly(
      [
        [x - h * 0.022, y],
        [x - h * 0.01, hubY],
        [x + h * 0.01, hubY],
        [x + h * 0.022, y],
      ],
      color,
    ),
    rect(x - h * 0.03, hubY - h * 0.018, h * 0.08, h * 0.036, color, `rx="${n(h * 0.01)}"`),
    blade(angle),
    blade(angle + 120),
    blade(angle + 240),
    circle(x, hubY, h * 0.02, color),
  ]);
}

function stars(c, count, yMax, fill = '#ffffff') {
  const out = [];
  for (let i = 0; i < count; i++)
    out.push(circle(c.rand(0, W), c.rand(0, yMax), c.rand(0.8, 2.4), fill, `opacity="${n(c.rand(0.4, 1))}"`));
  return out;
}

// ---------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------

const scenes = {
  'assembly-chamber'(c) {
    const out = [];
    out.push(
      rect(
        0,
        0,
        W,
        560,
        c.linear([
          [0, '#e6d5b8'],
          [1, '#c9ad84'],
        ]),
      ),
    );
    // panelled lower wall
    out.push(rect(0, 400, W, 160, '#8a5a3b'));
    for (let x = 20; x < W; x += 120) out.push(rect(x, 415, 100, 130, '#7a4d31', 'rx="4"'));
    // tall arched windows
    for (const wx of [110, 370, 1130, 1390]) {
      const g = c.linear([
        [0, '#cfe6f5'],
        [1, '#9cc3de'],
      ]);
      out.push(
        pathEl(`M${wx},360 L${wx},140 A50,50 0 0 1 ${wx + 100},140 L${wx + 100},360 Z`, g, 'stroke="#f3ead8" stroke-width="10"'),
      );
      out.push(line(wx + 50, 95, wx + 50, 360, '#f3ead8', 6), line(wx, 230, wx + 100, 230, '#f3ead8', 6));
    }
    // crest and dais
    out.push(
      circle(800, 170, 70, '#c9a13b'),
      circle(800, 170, 52, '#1f3b5c'),
      poly(
        [
          [800, 130],
          [830, 190],
          [770, 190],
        ],
        '#c9a13b',
      ),
    );
    out.push(rect(560, 300, 480, 150, '#6e3f22'), rect(540, 290, 520, 16, '#9c6b43'));
    out.push(bust(c, 800, 300, 1.3, { body: '#1d1d2b' }));
    out.push(rect(600, 330, 400, 120, '#7d4a2a'), rect(590, 322, 420, 12, '#a87449'));
    // carpet
    out.push(
      rect(
        0,
        540,
        W,
        H - 540,
        c.linear([
          [0, '#7a2d34'],
          [1, '#4e1a20'],
        ]),
      ),
    );
    // curved rows of benches facing the dais
    const cx = 800;
    const cy = 470;
    for (let i = 0; i < 6; i++) {
      const rx = 330 + i * 190;
      const ry = 95 + i * 105;
      const arc = (dy, extraR = 0) =>
        `M${n(cx - rx - extraR)},${n(cy + dy)} A${n(rx + extraR)},${n(ry + extraR * 0.5)} 0 0 0 ${n(cx + rx + extraR)},${n(cy + dy)}`;
      out.push(pathEl(arc(0, 30), 'none', `stroke="#2f5d50" stroke-width="${n(34 + i * 6)}"`));
      const seats = 7 + i * 3;
      for (let k = 0; k < seats; k++) {
        if (!c.chance(0.82)) continue;
        const t = Math.PI * (0.06 + (0.88 * (k + 0.5)) / seats);
        const px = cx - rx * Math.cos(t);
        const py = cy + ry * Math.sin(t) + 6;
        out.push(bust(c, px, py, 0.7 + i * 0.16));
      }
      out.push(pathEl(arc(18 + i * 4), 'none', `stroke="#9c6b43" stroke-width="${n(20 + i * 5)}"`));
    }
    return out;
  },

  'wend-bridge-dusk'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#272a5a'],
          [0.45, '#8a4f7d'],
          [0.75, '#f08a5d'],
          [1, '#f9c46b'],
        ],
        640,
      ),
    );
    out.push(stars(c, 30, 200));
    out.push(sun(c, 1120, 590, 58, '#ffd89a', 4, 0.55));
    out.push(
      skyline(c, 640, {
        colors: ['#3b2d4f', '#35284a', '#41315a'],
        windowColor: '#ffcf7a',
        windowProb: 0.18,
        minH: 60,
        maxH: 240,
        minW: 50,
        maxW: 130,
      }),
    );
    const bridge = () => {
      const parts = [];
      const deckTop = 500;
      const piers = [-120, 330, 800, 1270, 1720];
      parts.push(rect(-20, deckTop, W + 40, 34, '#221b30'));
      parts.push(rect(-20, deckTop - 12, W + 40, 8, '#221b30'));
      for (let x = -10; x < W + 20; x += 34) parts.push(rect(x, deckTop - 12, 6, 14, '#221b30'));
      for (let i = 0; i < piers.length - 1; i++) {
        const a = piers[i] + 30;
        const b = piers[i + 1] - 30;
        parts.push(
          pathEl(`M${a},${deckTop + 30} L${b},${deckTop + 30} L${b},640 A${(b - a) / 2},105 0 0 0 ${a},640 Z`, '#221b30'),
        );
      }
      for (const p of piers) parts.push(rect(p - 34, deckTop + 20, 68, 130, '#1c1628'));
      for (let x = 100; x < W; x += 200) {
        parts.push(line(x, deckTop - 12, x, deckTop - 80, '#221b30', 5));
        parts.push(
          circle(
            x,
            deckTop - 84,
            26,
            c.radial([
              [0, '#ffe2a0', 0.9],
              [1, '#ffe2a0', 0],
            ]),
          ),
          circle(x, deckTop - 84, 7, '#fff0c8'),
        );
      }
      return parts;
    };
    out.push(
      rect(
        0,
        640,
        W,
        H - 640,
        c.linear([
          [0, '#b86a6e'],
          [0.4, '#4b3a63'],
          [1, '#1b1d3a'],
        ]),
      ),
    );
    out.push(group('transform="translate(0 1280) scale(1 -1)" opacity="0.28"', bridge()));
    for (let i = 0; i < 14; i++) {
      const y = 660 + i * 26;
      out.push(ellipse(1120 + c.rand(-20, 20), y, 110 - i * 6, 4, '#ffd89a', `opacity="${n(0.7 - i * 0.04)}"`));
    }
    for (let i = 0; i < 70; i++) {
      const y = c.rand(650, H);
      const x = c.rand(0, W);
      out.push(line(x, y, x + c.rand(20, 80), y, '#f5b88a', 2, 'opacity="0.25"'));
    }
    out.push(bridge());
    out.push(birds(c, 5, 300, 700, 220, 330, '#1c1628'));
    return out;
  },

  'kelder-quay-harbour'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#6fb1ec'],
          [1, '#e4f2fd'],
        ],
        700,
      ),
    );
    out.push(sun(c, 1380, 150, 50, '#fff6d8', 3, 0.6));
    out.push(clouds(c, 5, 90, 280, '#ffffff'));
    out.push(pathEl('M0,560 Q300,470 620,540 T1250,520 T1600,540 L1600,640 L0,640 Z', '#88a79a'));
    out.push(pathEl('M0,600 Q400,540 800,590 T1600,580 L1600,660 L0,660 Z', '#6f9184'));
    // warehouses on the quay
    const wh = ['#a44a3f', '#c98b5a', '#7d5a50', '#b5651d', '#8e7b6b'];
    let x = 0;
    for (let i = 0; i < 6; i++) {
      const w = c.rand(140, 200);
      const h = c.rand(170, 250);
      const col = wh[i % wh.length];
      out.push(
        rect(x, 650 - h, w, h, col),
        poly(
          [
            [x - 6, 650 - h],
            [x + w / 2, 650 - h - 70],
            [x + w + 6, 650 - h],
          ],
          '#4a4a55',
        ),
      );
      out.push(rect(x + w / 2 - 28, 650 - 90, 56, 90, '#3b2f2a'));
      for (let k = 0; k < 3; k++)
        out.push(rect(x + 20 + k * ((w - 40) / 3), 650 - h + 30, (w - 40) / 3 - 14, 40, '#f0e3c8', 'rx="20"'));
      x += w + 4;
    }
    // quay wall
    out.push(rect(0, 650, W, 70, '#8c8375'), rect(0, 650, W, 10, '#a59d8e'));
    for (let bx = 60; bx < W; bx += 160) out.push(rect(bx, 632, 18, 20, '#2f2f33', 'rx="6"'));
    out.push(...water(c, 720, '#2f7f8c', '#173f52', '#cfeef2', 90, 0.3));
    out.push(
      boat(c, 260, 850, 1.2, { hull: '#c0392b' }),
      boat(c, 760, 880, 1.4, { hull: '#1f4e79' }),
      boat(c, 1260, 840, 1.1, { hull: '#e9c46a' }),
    );
    out.push(boat(c, 1010, 1000, 1.6, { hull: '#2a9d8f', mast: false }));
    out.push(birds(c, 7, 500, 1200, 220, 380, '#33414d'));
    return out;
  },

  'saltmarket-stalls'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#9ecbe8'],
          [1, '#dff0f8'],
        ],
        400,
      ),
    );
    const facades = ['#e9c46a', '#f4a261', '#e76f51', '#8ab17d', '#2a9d8f', '#b5838d', '#f1dca7'];
    let x = -10;
    while (x < W) {
      const w = c.rand(150, 230);
      const top = c.rand(70, 170);
      const col = c.pick(facades);
      out.push(
        rect(x, top, w, 600 - top, col),
        poly(
          [
            [x, top],
            [x + w / 2, top - 60],
            [x + w, top],
          ],
          col,
        ),
      );
      for (let r = 0; r < 3; r++)
        for (let k = 0; k < 2; k++)
          out.push(
            rect(x + 26 + k * (w / 2 - 6), top + 30 + r * 100, w / 2 - 52, 62, '#f7f3e9'),
            rect(x + 30 + k * (w / 2 - 6), top + 34 + r * 100, w / 2 - 60, 54, '#5f7d95'),
          );
      x += w;
    }
    out.push(
      rect(
        0,
        600,
        W,
        H - 600,
        c.linear([
          [0, '#b7ab98'],
          [1, '#857a6a'],
        ]),
      ),
    );
    for (let i = 0; i < 220; i++)
      out.push(ellipse(c.rand(0, W), c.rand(610, H), c.rand(10, 22), c.rand(4, 8), '#6f6557', 'opacity="0.35"'));
    // stalls
    const awningCols = [
      ['#c0392b', '#fdf6e3'],
      ['#1f6f8b', '#fdf6e3'],
      ['#2e8b57', '#fdf6e3'],
      ['#e0a800', '#fdf6e3'],
    ];
    for (let i = 0; i < 4; i++) {
      const sx = 40 + i * 390;
      const [a, b] = awningCols[i];
      out.push(rect(sx + 10, 520, 8, 200, '#5a4636'), rect(sx + 322, 520, 8, 200, '#5a4636'));
      for (let k = 0; k < 8; k++) {
        out.push(rect(sx + k * 42.5, 470, 42.5, 60, k % 2 ? b : a));
        out.push(pathEl(`M${n(sx + k * 42.5)},530 A21.25,18 0 0 0 ${n(sx + (k + 1) * 42.5)},530 Z`, k % 2 ? b : a));
      }
      out.push(rect(sx, 640, 340, 20, '#8b5e3c'), rect(sx + 10, 660, 320, 70, '#a47148'));
      const produce = [
        ['#e63946', '#f1a208', '#7cb518'],
        ['#ffb703', '#fb8500', '#8ecae6'],
        ['#6a994e', '#a7c957', '#bc4749'],
        ['#f4a259', '#e9d8a6', '#9b2226'],
      ][i];
      for (let k = 0; k < 30; k++) out.push(circle(sx + 20 + (k % 15) * 21, 632 - Math.floor(k / 15) * 16, 11, c.pick(produce)));
    }
    for (let i = 0; i < 9; i++) out.push(person(c, c.rand(40, W - 40), c.rand(880, 1060), c.rand(1.5, 2.1)));
    return out;
  },

  'northgate-tram'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#b8c6d1'],
          [1, '#eef1f3'],
        ],
        560,
      ),
    );
    out.push(clouds(c, 6, 60, 240, '#ffffff', 0.7));
    out.push(
      skyline(c, 640, {
        colors: ['#c9b8a4', '#b49f88', '#d8cbb8', '#9e8b78'],
        windowColor: '#6f8396',
        windowProb: 0.8,
        minH: 300,
        maxH: 520,
        minW: 140,
        maxW: 240,
      }),
    );
    out.push(rect(0, 640, W, 20, '#9a9a9a'), rect(0, 660, W, H - 660, '#5d6166'));
    out.push(line(0, 180, W, 170, '#333', 3), line(0, 200, W, 190, '#333', 2));
    // tram
    const ty = 880;
    out.push(
      rect(180, 560, 1240, 330, '#d7263d', 'rx="26"'),
      pathEl('M1420,580 Q1520,600 1530,760 L1530,890 L1400,890 Z', '#d7263d'),
    );
    out.push(rect(180, 770, 1350, 40, '#f4f4f4'));
    out.push(rect(200, 600, 1200, 130, '#24323f', 'rx="10"'));
    for (let x = 300; x < 1400; x += 180) out.push(rect(x, 600, 10, 130, '#d7263d'));
    out.push(pathEl('M1430,600 Q1505,615 1512,735 L1430,735 Z', '#2d3f4f'));
    for (const dx of [330, 760, 1190])
      out.push(
        rect(dx, 600, 90, 270, '#b51f33', 'rx="6"'),
        rect(dx + 10, 612, 30, 250, '#2d3f4f'),
        rect(dx + 50, 612, 30, 250, '#2d3f4f'),
      );
    out.push(line(700, 560, 760, 480, '#333', 6), line(760, 480, 700, 300, '#333', 4), line(690, 300, 780, 300, '#333', 5));
    for (let x = 220; x < 1500; x += 260) out.push(circle(x, ty + 10, 24, '#222'));
    out.push(rect(0, ty + 20, W, 10, '#a9a9a9'), rect(0, ty + 60, W, 10, '#a9a9a9'));
    for (let x = 40; x < W; x += 260) out.push(rect(x, 1000, 140, 10, '#e9e9e9'));
    // shelter and passengers
    out.push(
      rect(40, 620, 12, 280, '#555'),
      rect(40, 600, 150, 20, '#555'),
      rect(52, 620, 120, 200, '#bfe0ef', 'opacity="0.45"'),
    );
    out.push(person(c, 90, 900, 1.5), person(c, 140, 910, 1.45));
    return out;
  },

  'offshore-wind-turbines'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#7aa9d6'],
          [0.7, '#d8e8f4'],
          [1, '#f6efe0'],
        ],
        660,
      ),
    );
    out.push(clouds(c, 4, 100, 300, '#ffffff', 0.8));
    out.push(...water(c, 660, '#3f7fa8', '#123a5a', '#ffffff', 120, 0.28));
    const far = [
      [120, 40],
      [240, 44],
      [380, 42],
      [520, 46],
      [900, 48],
      [1040, 44],
      [1180, 46],
    ];
    for (const [x, h] of far) out.push(turbine(x, 662, h * 2, '#c9d7e2', c.rand(0, 120), 0.9));
    const mid = [
      [640, 260],
      [1330, 280],
    ];
    for (const [x, h] of mid) out.push(turbine(x, 670, h, '#e7eef4', c.rand(0, 120)));
    out.push(rect(1120, 720, 40, 30, '#f2c230'), turbine(1140, 722, 620, '#f7f9fb', 17));
    out.push(ellipse(1140, 752, 70, 12, '#ffffff', 'opacity="0.5"'));
    // service vessel with wake
    out.push(pathEl('M260,900 L560,860 L560,880 L300,925 Z', '#ffffff', 'opacity="0.35"'));
    out.push(
      pathEl('M520,850 L720,850 L700,885 L540,885 Z', '#f2c230'),
      rect(560, 815, 90, 36, '#f5f5f5'),
      rect(575, 825, 60, 14, '#3d5a73'),
    );
    out.push(birds(c, 4, 200, 600, 300, 420, '#45525e'));
    return out;
  },

  'lantern-theatre-stage'(c) {
    const out = [];
    out.push(rect(0, 0, W, H, '#160c12'));
    out.push(
      rect(
        200,
        120,
        1200,
        620,
        c.linear([
          [0, '#2c1a3a'],
          [1, '#4b2a4f'],
        ]),
      ),
    );
    out.push(
      poly(
        [
          [180, 740],
          [1420, 740],
          [1560, 860],
          [40, 860],
        ],
        c.linear([
          [0, '#8a5a34'],
          [1, '#5e3b22'],
        ]),
      ),
    );
    for (let k = 0; k < 14; k++) out.push(line(180 + k * 95, 740, 40 + k * 117, 860, '#4d311c', 2, 'opacity="0.5"'));
    // spotlight
    out.push(
      poly(
        [
          [760, 0],
          [840, 0],
          [1020, 760],
          [580, 760],
        ],
        c.linear([
          [0, '#fff4d2', 0.45],
          [1, '#fff4d2', 0.08],
        ]),
      ),
    );
    out.push(ellipse(800, 760, 230, 34, '#fff4d2', 'opacity="0.35"'));
    out.push(person(c, 740, 770, 2.1, { body: '#2a4d69' }), person(c, 880, 772, 2.0, { body: '#e8c547' }));
    // curtains
    const curtain = (x0, x1, flip) => {
      const parts = [];
      const g = c.linear(
        [
          [0, '#7d0f1f'],
          [0.5, '#c1272d'],
          [1, '#7d0f1f'],
        ],
        { x1: 0, y1: 0, x2: 1, y2: 0 },
      );
      const width = x1 - x0;
      const inner = flip ? x0 : x1;
      parts.push(pathEl(`M${x0},100 L${x1},100 L${flip ? x1 : inner - 120},760 L${flip ? inner + 120 : x0},760 Z`, g));
      for (let k = 1; k < 6; k++) {
        const fx = x0 + (width * k) / 6;
        parts.push(line(fx, 100, fx + (flip ? 20 : -20) * (k % 3), 760, '#5e0a16', 6, 'opacity="0.5"'));
      }
      return parts;
    };
    out.push(curtain(120, 460, false), curtain(1140, 1480, true));
    out.push(rect(120, 80, 1360, 90, '#a3171f'));
    for (let k = 0; k < 17; k++) out.push(pathEl(`M${120 + k * 80},170 A40,28 0 0 0 ${200 + k * 80},170 Z`, '#a3171f'));
    // proscenium
    out.push(
      pathEl(
        'M0,0 L1600,0 L1600,860 L1480,860 L1480,130 Q800,40 120,130 L120,860 L0,860 Z',
        c.linear([
          [0, '#d8a94a'],
          [1, '#8c6420'],
        ]),
      ),
    );
    out.push(rect(0, 860, W, H - 860, '#0e070b'));
    for (let row = 0; row < 3; row++) {
      for (let k = 0; k < 14; k++) {
        const x = 40 + k * 118 + (row % 2) * 55;
        out.push(silhouette(x, 950 + row * 70, 1.35 + row * 0.25, row === 2 ? '#050305' : '#0a0508'));
      }
    }
    return out;
  },

  'harbour-park-stadium'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#0f1d3d'],
          [1, '#3f5f8f'],
        ],
        360,
      ),
    );
    out.push(stars(c, 40, 250));
    // stands
    out.push(
      poly(
        [
          [0, 300],
          [W, 300],
          [W, 620],
          [0, 620],
        ],
        '#273447',
      ),
    );
    out.push(pathEl(`M0,260 L${W},260 L${W},300 L0,300 Z`, '#9aa9bb'));
    const crowd = ['#c8102e', '#ffffff', '#1c3f94', '#f2c14e', '#d9d9d9', '#7a1b2a', '#e85d4a'];
    for (let y = 320; y < 610; y += 14)
      for (let x = 4; x < W; x += 14)
        if (c.chance(0.78)) out.push(circle(x + c.rand(-2, 2), y + c.rand(-2, 2), 5, c.pick(crowd)));
    out.push(rect(0, 440, W, 12, '#1b2533'));
    // pitch, with a darker running track around it
    out.push(rect(0, 610, W, H - 610, '#2d5e2a'));
    out.push(
      poly(
        [
          [-200, H],
          [1800, H],
          [1450, 620],
          [150, 620],
        ],
        '#3f8f3a',
      ),
    );
    for (let k = 0; k < 10; k++) {
      const t0 = k / 10;
      const t1 = (k + 0.5) / 10;
      const L0 = [-200 + t0 * 2000, H];
      const L1 = [-200 + t1 * 2000, H];
      const U0 = [150 + t0 * 1300, 620];
      const U1 = [150 + t1 * 1300, 620];
      out.push(poly([L0, L1, U1, U0], '#4a9c43'));
    }
    out.push(
      poly(
        [
          [-80, 1000],
          [1680, 1000],
          [1400, 650],
          [200, 650],
        ],
        'none',
        'stroke="#eaf5e6" stroke-width="5"',
      ),
    );
    out.push(line(800, 650, 800, 1000, '#eaf5e6', 5), ellipse(800, 790, 150, 44, 'none', 'stroke="#eaf5e6" stroke-width="5"'));
    out.push(rect(150, 720, 12, 60, '#ffffff'), rect(1438, 720, 12, 60, '#ffffff'));
    const players = [
      [500, 820, '#c8102e'],
      [640, 760, '#c8102e'],
      [900, 880, '#c8102e'],
      [1050, 770, '#1c3f94'],
      [760, 900, '#1c3f94'],
      [1200, 840, '#1c3f94'],
      [380, 760, '#c8102e'],
      [1320, 740, '#1c3f94'],
    ];
    for (const [x, y, col] of players) out.push(person(c, x, y, 0.75, { body: col, legs: '#f5f5f5' }));
    out.push(circle(820, 860, 8, '#ffffff'));
    // floodlights
    for (const fx of [120, 1480]) {
      out.push(rect(fx - 8, 60, 16, 260, '#6b7788'));
      out.push(
        circle(
          fx,
          70,
          150,
          c.radial([
            [0, '#fffbe0', 0.85],
            [1, '#fffbe0', 0],
          ]),
        ),
      );
      out.push(rect(fx - 60, 40, 120, 60, '#fefcf0', 'rx="6"'));
    }
    return out;
  },

  'assembly-protest'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#8fa3b8'],
          [1, '#d9dfe6'],
        ],
        600,
      ),
    );
    out.push(clouds(c, 5, 60, 200, '#eef1f5', 0.8));
    // civic building
    const stone = '#d8cfbf';
    out.push(
      rect(250, 260, 1100, 420, stone),
      poly(
        [
          [220, 260],
          [800, 110],
          [1380, 260],
        ],
        '#cbc1af',
      ),
      poly(
        [
          [300, 245],
          [800, 135],
          [1300, 245],
        ],
        '#b9ae99',
      ),
    );
    out.push(rect(220, 250, 1160, 22, '#c2b7a3'));
    for (let k = 0; k < 8; k++) {
      const x = 310 + k * 140;
      out.push(rect(x, 285, 50, 380, '#efe8db'), rect(x - 8, 280, 66, 14, '#c2b7a3'), rect(x - 8, 650, 66, 16, '#c2b7a3'));
    }
    out.push(rect(740, 470, 120, 200, '#5a4a3c'));
    for (let k = 0; k < 5; k++) out.push(rect(200 - k * 30, 680 + k * 20, 1200 + k * 60, 20, k % 2 ? '#bdb3a2' : '#cfc6b6'));
    out.push(rect(0, 780, W, H - 780, '#8d9094'));
    // crowd with blank placards
    const placards = ['#f6d55c', '#ffffff', '#ed553b', '#3caea3', '#f2f2f2', '#20639b'];
    for (let row = 0; row < 4; row++) {
      const y = 820 + row * 70;
      const s = 1.2 + row * 0.35;
      for (let k = 0; k < 12 - row; k++) {
        const x = c.rand(0, W);
        out.push(person(c, x, y, s));
        if (c.chance(0.45)) {
          const px = x + c.rand(-10, 20) * s;
          out.push(
            line(px, y - 100 * s, px, y - 170 * s, '#6b4f37', n(4 * s)),
            rect(px - 40 * s, y - 220 * s, 80 * s, 55 * s, c.pick(placards), `rx="${n(3 * s)}"`),
          );
        }
      }
    }
    return out;
  },

  'wend-flood-barrier'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#4a5563'],
          [1, '#a7b0b9'],
        ],
        620,
      ),
    );
    out.push(clouds(c, 9, 40, 320, '#5f6a77', 0.7), clouds(c, 5, 120, 380, '#8b95a0', 0.6));
    out.push(pathEl('M0,560 Q400,510 800,550 T1600,540 L1600,640 L0,640 Z', '#56705a'));
    for (let k = 0; k < 12; k++)
      out.push(tree(c, c.rand(0, W), c.rand(590, 620), c.rand(0.5, 0.8), c.pick(['#3e5d45', '#4c6b4f', '#58775a']), '#3b2f25'));
    out.push(...water(c, 640, '#7b7463', '#46423a', '#cfc8b6', 110, 0.25));
    // barrier piers with hooded shells
    for (let k = 0; k < 6; k++) {
      const x = 140 + k * 270;
      out.push(rect(x - 20, 560, 40, 180, '#5c6670'));
      out.push(
        pathEl(
          `M${x - 70},600 Q${x - 70},470 ${x},450 Q${x + 70},470 ${x + 70},600 Z`,
          c.linear(
            [
              [0, '#e8edf1'],
              [1, '#9aa7b2'],
            ],
            { x1: 0, y1: 0, x2: 1, y2: 0 },
          ),
        ),
      );
      out.push(line(x - 50, 560, x + 50, 560, '#6e7a85', 3), line(x - 35, 510, x + 35, 510, '#6e7a85', 3));
      if (k < 5) out.push(rect(x + 70, 660, 130, 24, '#c7a85a'), rect(x + 70, 684, 130, 8, '#8d7842'));
    }
    // rain
    for (let i = 0; i < 260; i++) {
      const x = c.rand(-100, W);
      const y = c.rand(0, H);
      out.push(line(x, y, x + 14, y + 44, '#dfe6ec', 1.6, 'opacity="0.35"'));
    }
    return out;
  },

  'container-cranes'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#f2a65a'],
          [0.6, '#f6c177'],
          [1, '#fde3b0'],
        ],
        700,
      ),
    );
    out.push(sun(c, 300, 560, 70, '#fff1c9', 3.5, 0.5));
    out.push(...water(c, 700, '#4d6e86', '#1e3447', '#ffd7a0', 70, 0.3));
    // ship
    out.push(pathEl('M160,700 L1500,700 L1440,820 L220,820 Z', '#2b3a4a'), rect(160, 700, 1340, 26, '#b03a2e'));
    out.push(
      rect(1300, 520, 140, 180, '#f1ede4'),
      rect(1320, 540, 100, 20, '#3b536b'),
      rect(1320, 580, 100, 20, '#3b536b'),
      rect(1390, 470, 22, 50, '#b03a2e'),
    );
    const boxes = ['#c0392b', '#2e86ab', '#f18f01', '#3b8b5e', '#a23b72', '#e7c65b', '#6c757d'];
    for (let col = 0; col < 21; col++) {
      const stack = c.int(2, 5);
      for (let r = 0; r < stack; r++) out.push(rect(220 + col * 52, 700 - (r + 1) * 36, 50, 34, c.pick(boxes)));
    }
    // gantry cranes
    for (const [x, col] of [
      [380, '#d7263d'],
      [800, '#1b98e0'],
      [1160, '#d7263d'],
    ]) {
      out.push(rect(x - 90, 260, 16, 460, col), rect(x + 74, 260, 16, 460, col));
      out.push(rect(x - 100, 250, 520, 22, col), rect(x - 260, 250, 160, 14, col));
      out.push(line(x - 90, 300, x + 90, 450, col, 8), line(x + 90, 300, x - 90, 450, col, 8));
      out.push(rect(x - 20, 200, 60, 50, col), line(x + 10, 200, x + 300, 250, col, 4));
      out.push(
        rect(x + 160, 272, 50, 24, '#333'),
        line(x + 185, 296, x + 185, 520, '#333', 3),
        rect(x + 160, 520, 50, 18, '#333'),
      );
    }
    out.push(rect(0, 720, W, 24, '#3d3d3d'));
    out.push(birds(c, 6, 600, 1300, 100, 200, '#7a4a2c'));
    return out;
  },

  'hallam-skyline-morning'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#f7d9c4'],
          [0.6, '#fbe9dc'],
          [1, '#fff7ef'],
        ],
        720,
      ),
    );
    out.push(sun(c, 420, 320, 80, '#fffaf0', 3, 0.7));
    out.push(
      skyline(c, 700, { colors: ['#d9c1c9'], windowColor: null, minH: 200, maxH: 460, minW: 60, maxW: 150, opacity: 0.6 }),
    );
    out.push(
      rect(
        0,
        520,
        W,
        200,
        c.linear([
          [0, '#fbe9dc', 0],
          [1, '#fbe9dc', 0.8],
        ]),
      ),
    );
    out.push(
      skyline(c, 720, { colors: ['#b79aa8'], windowColor: null, minH: 120, maxH: 330, minW: 80, maxW: 180, opacity: 0.8 }),
    );
    // landmark spire and clock tower
    out.push(
      rect(1080, 300, 60, 420, '#8d6f80'),
      poly(
        [
          [1070, 300],
          [1110, 120],
          [1150, 300],
        ],
        '#8d6f80',
      ),
    );
    out.push(rect(560, 260, 90, 460, '#8d6f80'), circle(605, 320, 28, '#f3e2d8'), rect(550, 240, 110, 24, '#8d6f80'));
    out.push(
      skyline(c, 760, {
        colors: ['#7c6272', '#6f5566'],
        windowColor: '#f6d8b8',
        windowProb: 0.3,
        minH: 60,
        maxH: 200,
        minW: 90,
        maxW: 200,
      }),
    );
    out.push(...water(c, 760, '#e5c8c4', '#8b7283', '#ffffff', 80, 0.35));
    out.push(ellipse(420, 800, 160, 10, '#fffaf0', 'opacity="0.6"'), ellipse(420, 840, 110, 7, '#fffaf0', 'opacity="0.45"'));
    out.push(birds(c, 6, 700, 1300, 150, 300, '#6f5566'));
    return out;
  },

  'tree-planting-park'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#a6c8e0'],
          [1, '#eef4f0'],
        ],
        600,
      ),
    );
    out.push(clouds(c, 4, 80, 240, '#ffffff', 0.85));
    out.push(pathEl('M0,520 Q400,430 800,500 T1600,470 L1600,H L0,H Z'.replaceAll('H', String(H)), '#7fae5b'));
    const autumn = ['#d9822b', '#c0392b', '#e9b949', '#a0522d', '#7a9e3f'];
    for (let k = 0; k < 9; k++)
      out.push(tree(c, 60 + k * 185 + c.rand(-30, 30), c.rand(510, 560), c.rand(0.9, 1.3), c.pick(autumn)));
    out.push(
      pathEl(
        `M0,640 Q500,580 1000,640 T1600,620 L1600,${H} L0,${H} Z`,
        c.linear([
          [0, '#6b9a4b'],
          [1, '#4f7a35'],
        ]),
      ),
    );
    for (let i = 0; i < 60; i++) out.push(ellipse(c.rand(0, W), c.rand(650, H), 7, 3, c.pick(autumn), 'opacity="0.8"'));
    // saplings with stakes
    for (const [x, y] of [
      [300, 820],
      [620, 760],
      [980, 860],
      [1320, 780],
    ]) {
      out.push(
        ellipse(x, y, 60, 14, '#5a3e2b'),
        line(x + 14, y, x + 14, y - 150, '#b08a5a', 6),
        line(x, y, x, y - 120, '#6b4a2f', 6),
      );
      out.push(circle(x, y - 130, 30, '#6fae4a'), circle(x - 20, y - 110, 20, '#6fae4a'), circle(x + 18, y - 112, 22, '#6fae4a'));
    }
    // volunteers with spades
    for (const [x, y, s] of [
      [440, 900, 1.6],
      [820, 840, 1.4],
      [1150, 960, 1.8],
      [1460, 880, 1.5],
    ]) {
      out.push(person(c, x, y, s, { body: c.pick(['#f6ae2d', '#e07a5f', '#33658a', '#2a9d8f']) }));
      out.push(
        line(x + 22 * s, y - 80 * s, x + 40 * s, y + 4 * s, '#6b4a2f', n(4 * s)),
        rect(x + 32 * s, y - 4 * s, 20 * s, 22 * s, '#9aa3ab'),
      );
    }
    // wheelbarrow
    out.push(
      poly(
        [
          [160, 930],
          [320, 930],
          [300, 990],
          [190, 990],
        ],
        '#2a9d8f',
      ),
      circle(180, 1005, 20, '#333'),
      line(300, 960, 380, 1000, '#6b4a2f', 6),
    );
    return out;
  },

  'rowing-regatta'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#b6c3cf'],
          [1, '#e9edf0'],
        ],
        460,
      ),
    );
    out.push(clouds(c, 5, 60, 220, '#f6f7f8', 0.8));
    // far bank with boathouses
    out.push(rect(0, 400, W, 80, '#6d8a5e'));
    for (let k = 0; k < 10; k++) out.push(pine(c.rand(0, W), 420, c.rand(0.8, 1.3), c.pick(['#3f5e46', '#4d6a4b'])));
    for (const [x, col] of [
      [200, '#f0ead6'],
      [560, '#c98b5a'],
      [980, '#e7e2d3'],
      [1320, '#9a4c3c'],
    ]) {
      out.push(
        rect(x, 340, 220, 130, col),
        poly(
          [
            [x - 14, 340],
            [x + 110, 280],
            [x + 234, 340],
          ],
          '#4f4f5a',
        ),
      );
      out.push(rect(x + 30, 400, 70, 70, '#3b4450'), rect(x + 120, 400, 70, 70, '#3b4450'));
    }
    out.push(rect(0, 470, W, 14, '#8b8172'));
    out.push(...water(c, 484, '#7c98a8', '#3f5d70', '#ffffff', 120, 0.3));
    const eight = (x, y, s, blade, kit) => {
      const parts = [];
      parts.push(ellipse(x, y, 420 * s, 9 * s, '#f4f4f4'), ellipse(x, y + 5 * s, 420 * s, 5 * s, '#c9cfd4'));
      for (let k = 0; k < 8; k++) {
        const rx = x - 300 * s + k * 80 * s;
        parts.push(
          line(rx, y - 4 * s, rx - 70 * s, y + 70 * s, '#3a3a3a', n(3 * s)),
          rect(rx - 82 * s, y + 62 * s, 24 * s, 12 * s, blade, `transform="rotate(-20 ${n(rx - 70 * s)} ${n(y + 68 * s)})"`),
        );
        parts.push(ellipse(rx - 70 * s, y + 74 * s, 26 * s, 5 * s, '#ffffff', 'opacity="0.6"'));
        parts.push(
          rect(rx - 9 * s, y - 46 * s, 18 * s, 40 * s, kit, `rx="${n(7 * s)}" transform="rotate(-18 ${n(rx)} ${n(y - 6 * s)})"`),
          circle(rx - 8 * s, y - 56 * s, 9 * s, c.pick(SKIN)),
        );
      }
      parts.push(circle(x + 340 * s, y - 20 * s, 9 * s, c.pick(SKIN)), rect(x + 330 * s, y - 12 * s, 20 * s, 14 * s, kit));
      return parts;
    };
    out.push(eight(640, 620, 0.8, '#1f4e79', '#1f4e79'), eight(860, 800, 1.1, '#c0392b', '#c0392b'));
    // near bank spectators
    out.push(pathEl(`M0,940 Q800,900 1600,950 L1600,${H} L0,${H} Z`, '#5f7f4f'));
    for (let k = 0; k < 11; k++) out.push(person(c, 40 + k * 150 + c.rand(-30, 30), c.rand(1030, 1070), c.rand(1.2, 1.5)));
    return out;
  },

  'gallery-exhibition'(c) {
    const out = [];
    out.push(
      rect(
        0,
        0,
        W,
        760,
        c.linear([
          [0, '#f6f4ef'],
          [1, '#e7e3da'],
        ]),
      ),
    );
    out.push(rect(0, 0, W, 40, '#d9d4c8'));
    for (let x = 160; x < W; x += 320)
      out.push(
        circle(x, 40, 8, '#fff8d8'),
        poly(
          [
            [x - 6, 44],
            [x + 6, 44],
            [x + 80, 300],
            [x - 80, 300],
          ],
          '#fffbe8',
          'opacity="0.35"',
        ),
      );
    out.push(
      poly(
        [
          [0, 760],
          [W, 760],
          [W, H],
          [0, H],
        ],
        c.linear([
          [0, '#b68b5e'],
          [1, '#8a6440'],
        ]),
      ),
    );
    for (let k = -8; k < 20; k++) out.push(line(800 + k * 60, 760, 800 + k * 160, H, '#7a5636', 2, 'opacity="0.35"'));
    const frames = [
      [120, 200, 300, 380],
      [520, 160, 260, 220],
      [520, 420, 260, 160],
      [880, 220, 380, 300],
      [1340, 180, 200, 420],
    ];
    const palettes = [
      ['#e63946', '#f1faee', '#1d3557', '#457b9d'],
      ['#ffb703', '#023047', '#219ebc', '#fb8500'],
      ['#606c38', '#283618', '#dda15e', '#bc6c25'],
      ['#5e548e', '#9f86c0', '#e0b1cb', '#231942'],
      ['#2a9d8f', '#e9c46a', '#f4a261', '#264653'],
    ];
    frames.forEach(([x, y, w, h], i) => {
      const p = palettes[i];
      out.push(rect(x - 14, y - 14, w + 28, h + 28, '#2b2b2b'), rect(x, y, w, h, p[1]));
      for (let k = 0; k < 5; k++) {
        const kind = c.int(0, 2);
        const col = p[(k % 3) + (k % 2 ? 0 : 1)] ?? p[0];
        if (kind === 0)
          out.push(circle(x + c.rand(0.2, 0.8) * w, y + c.rand(0.2, 0.8) * h, c.rand(0.1, 0.25) * Math.min(w, h), col));
        else if (kind === 1)
          out.push(rect(x + c.rand(0, 0.5) * w, y + c.rand(0, 0.5) * h, c.rand(0.2, 0.5) * w, c.rand(0.2, 0.5) * h, col));
        else
          out.push(
            poly(
              [
                [x + c.rand(0, 1) * w, y + h],
                [x + c.rand(0, 1) * w, y],
                [x + w, y + c.rand(0, 1) * h],
              ],
              col,
              'opacity="0.85"',
            ),
          );
      }
      out.push(rect(x + w + 24, y + h - 40, 40, 26, '#d6d1c6'));
    });
    out.push(rect(560, 840, 480, 40, '#3b3b3b'), rect(590, 880, 20, 60, '#2b2b2b'), rect(990, 880, 20, 60, '#2b2b2b'));
    out.push(person(c, 300, 1000, 2.1), person(c, 420, 990, 2.0), person(c, 1180, 1020, 2.2), person(c, 1420, 960, 1.9));
    return out;
  },

  'ballot-count'(c) {
    const out = [];
    out.push(rect(0, 0, W, 520, '#e9e6dc'));
    for (let x = 60; x < W; x += 300)
      out.push(
        rect(x, 40, 200, 130, '#bcd7e8'),
        line(x + 100, 40, x + 100, 170, '#e9e6dc', 6),
        line(x, 105, x + 200, 105, '#e9e6dc', 6),
      );
    out.push(rect(0, 200, W, 12, '#c9c3b3'));
    for (let x = 0; x < W; x += 80) out.push(line(x, 212, x, 520, '#ddd8ca', 3));
    out.push(
      rect(
        0,
        520,
        W,
        H - 520,
        c.linear([
          [0, '#d6b07a'],
          [1, '#b88a52'],
        ]),
      ),
    );
    out.push(
      ellipse(800, 760, 260, 90, 'none', 'stroke="#c0392b" stroke-width="6"'),
      line(800, 520, 800, H, '#c0392b', 6),
      line(0, 600, W, 600, '#1f4e79', 6),
    );
    for (let row = 0; row < 3; row++) {
      const y = 600 + row * 170;
      const s = 1 + row * 0.3;
      for (let k = 0; k < 3; k++) {
        const x = 120 + k * 520 + (row % 2) * 120;
        out.push(bust(c, x + 60 * s, y, s), bust(c, x + 200 * s, y, s), bust(c, x + 340 * s, y, s));
        out.push(
          rect(x, y, 400 * s, 20 * s, '#f3f1ea'),
          rect(x + 10, y + 20 * s, 12, 80 * s, '#8c8c8c'),
          rect(x + 400 * s - 22, y + 20 * s, 12, 80 * s, '#8c8c8c'),
        );
        for (let p = 0; p < 6; p++)
          out.push(
            rect(
              x + 30 * s + p * 60 * s,
              y - 8 * s + c.rand(-2, 2),
              40 * s,
              10 * s,
              '#ffffff',
              'stroke="#cfcfcf" stroke-width="1"',
            ),
          );
      }
    }
    for (const [x, y] of [
      [80, 560],
      [1450, 560],
      [760, 520],
    ])
      out.push(
        rect(x, y - 90, 110, 90, '#1c1c24'),
        rect(x + 25, y - 90, 60, 8, '#6a6a74'),
        rect(x - 4, y - 96, 118, 8, '#2e2e38'),
      );
    return out;
  },

  'solar-rooftops'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#3d8fd1'],
          [1, '#bfe2f7'],
        ],
        520,
      ),
    );
    out.push(sun(c, 1350, 130, 60, '#fff6c2', 3.5, 0.6));
    out.push(clouds(c, 3, 100, 260, '#ffffff', 0.9));
    out.push(rect(0, 480, W, H - 480, '#6e4a3c'));
    for (let row = 0; row < 3; row++) {
      const baseY = 420 + row * 230;
      const s = 0.8 + row * 0.25;
      const wall = ['#c98b5a', '#b5654a', '#d9b48f'][row];
      let x = -40 - row * 90;
      while (x < W) {
        const w = 240 * s;
        out.push(
          rect(x, baseY + 60 * s, w, 260 * s, wall),
          poly(
            [
              [x, baseY + 60 * s],
              [x + 30 * s, baseY - 60 * s],
              [x + w - 30 * s, baseY - 60 * s],
              [x + w, baseY + 60 * s],
            ],
            '#4d5562',
          ),
        );
        out.push(rect(x + w - 60 * s, baseY - 100 * s, 30 * s, 60 * s, '#8a4b3a'));
        if (c.chance(0.75)) {
          const px = x + 45 * s;
          const pw = w - 130 * s;
          out.push(
            poly(
              [
                [px, baseY + 40 * s],
                [px + 18 * s, baseY - 40 * s],
                [px + pw, baseY - 40 * s],
                [px + pw - 10 * s, baseY + 40 * s],
              ],
              '#1f3b73',
            ),
          );
          for (let k = 1; k < 4; k++)
            out.push(line(px + (pw * k) / 4, baseY + 40 * s, px + 10 * s + (pw * k) / 4, baseY - 40 * s, '#8fb3e8', 1.5));
          out.push(line(px + 8 * s, baseY, px + pw - 4 * s, baseY, '#8fb3e8', 1.5));
        }
        for (let k = 0; k < 2; k++)
          out.push(
            rect(x + 40 * s + k * 100 * s, baseY + 100 * s, 60 * s, 70 * s, '#f5efe0'),
            rect(x + 46 * s + k * 100 * s, baseY + 106 * s, 48 * s, 58 * s, '#55758f'),
          );
        x += w;
      }
    }
    out.push(tree(c, 1450, 1067, 2, '#4f8a4b'));
    return out;
  },

  'brewery-tanks'(c) {
    const out = [];
    out.push(rect(0, 0, W, 800, '#8c4a36'));
    for (let y = 0; y < 800; y += 28)
      for (let x = (y / 28) % 2 ? -30 : 0; x < W; x += 60)
        out.push(rect(x, y, 56, 24, c.pick(['#9a543e', '#8f4c38', '#a45b42'])));
    out.push(rect(0, 0, W, 90, '#2e2e33'));
    for (let x = 100; x < W; x += 400)
      out.push(
        line(x, 90, x, 150, '#222', 3),
        poly(
          [
            [x - 50, 180],
            [x + 50, 180],
            [x + 20, 150],
            [x - 20, 150],
          ],
          '#2e2e33',
        ),
        ellipse(x, 182, 50, 8, '#fff3c4'),
      );
    out.push(
      rect(
        0,
        800,
        W,
        H - 800,
        c.linear([
          [0, '#9b9d9f'],
          [1, '#6f7173'],
        ]),
      ),
    );
    const steel = () =>
      c.linear(
        [
          [0, '#8d9399'],
          [0.25, '#f2f4f6'],
          [0.5, '#b9c0c6'],
          [1, '#6c737a'],
        ],
        { x1: 0, y1: 0, x2: 1, y2: 0 },
      );
    for (const [x, w, top] of [
      [140, 240, 180],
      [460, 260, 150],
      [800, 240, 200],
      [1130, 280, 140],
    ]) {
      const g = steel();
      out.push(rect(x + 30, 780, 14, 80, '#555'), rect(x + w - 44, 780, 14, 80, '#555'));
      out.push(
        rect(x, top + 60, w, 760 - top - 60, g, 'rx="10"'),
        pathEl(`M${x},${top + 62} Q${x + w / 2},${top - 40} ${x + w},${top + 62} Z`, g),
      );
      out.push(pathEl(`M${x},760 L${x + w},760 L${x + w / 2 + 20},830 L${x + w / 2 - 20},830 Z`, g));
      out.push(circle(x + w / 2, top + 180, 34, '#5a6168'), circle(x + w / 2, top + 180, 26, '#c9d0d6'));
      out.push(
        line(x + w, top + 300, x + w + 60, top + 300, '#c0c5ca', 10),
        line(x + w + 60, top + 300, x + w + 60, 800, '#c0c5ca', 10),
      );
    }
    out.push(person(c, 1480, 960, 2.0, { body: '#2a4d69' }));
    return out;
  },

  'railway-station-platform'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#cfd9e2'],
          [1, '#f1f4f7'],
        ],
        500,
      ),
    );
    // canopy trusses
    out.push(rect(0, 0, W, 150, '#3c4a57'));
    for (let x = 0; x < W; x += 100)
      out.push(
        poly(
          [
            [x, 150],
            [x + 50, 90],
            [x + 100, 150],
          ],
          'none',
          'stroke="#56687a" stroke-width="6"',
        ),
      );
    for (let x = 60; x < W; x += 100) out.push(rect(x, 20, 70, 50, '#dbe6ef', 'opacity="0.6"'));
    // train
    out.push(rect(-20, 330, 1700, 330, '#1d5c63', 'rx="20"'), rect(-20, 560, 1700, 30, '#f0c808'));
    for (let x = 20; x < W; x += 150)
      out.push(rect(x, 380, 110, 110, '#dbe7ea', 'rx="8"'), rect(x + 6, 386, 98, 98, '#284b63', 'rx="6"'));
    for (const dx of [320, 920, 1470])
      out.push(rect(dx, 360, 120, 290, '#174c52'), line(dx + 60, 360, dx + 60, 650, '#0f3439', 4));
    // columns
    for (let x = 200; x < W; x += 500) out.push(rect(x, 150, 26, 560, '#56687a'), rect(x - 14, 150, 54, 20, '#56687a'));
    out.push(
      line(213, 200, 213, 230, '#333', 3),
      circle(213, 270, 42, '#f7f7f2', 'stroke="#2b2b2b" stroke-width="6"'),
      line(213, 270, 213, 242, '#2b2b2b', 5),
      line(213, 270, 236, 278, '#2b2b2b', 4),
    );
    // platform
    out.push(
      rect(0, 690, W, 30, '#e5d35c'),
      rect(
        0,
        720,
        W,
        H - 720,
        c.linear([
          [0, '#b3b0a8'],
          [1, '#8d8a83'],
        ]),
      ),
    );
    for (let x = 0; x < W; x += 8) if (c.chance(0.5)) out.push(rect(x, 690, 4, 30, '#d9c64a'));
    const people = [
      [180, 900, 1.6],
      [420, 960, 1.8],
      [560, 880, 1.5],
      [890, 1010, 2.0],
      [1120, 900, 1.6],
      [1360, 980, 1.9],
    ];
    for (const [x, y, s] of people) {
      out.push(person(c, x, y, s));
      if (c.chance(0.5))
        out.push(rect(x + 18 * s, y - 50 * s, 24 * s, 36 * s, c.pick(['#3d405b', '#81b29a', '#e07a5f']), `rx="${n(4 * s)}"`));
    }
    out.push(rect(700, 760, 240, 16, '#6b4a2f'), rect(720, 776, 12, 50, '#333'), rect(910, 776, 12, 50, '#333'));
    return out;
  },

  'library-reading-room'(c) {
    const out = [];
    out.push(rect(0, 0, W, 760, '#efe3cf'));
    // shelves
    const spines = ['#7b2d26', '#1f4e5f', '#c89b3c', '#3f6e45', '#5b3a6e', '#a44a3f', '#2e3a59', '#d9c9a3', '#8a5a3b'];
    for (const [sx, sw] of [
      [0, 520],
      [1080, 520],
    ]) {
      out.push(rect(sx, 40, sw, 720, '#6b4226'));
      for (let r = 0; r < 6; r++) {
        const y = 60 + r * 115;
        out.push(rect(sx + 16, y, sw - 32, 100, '#3b2415'));
        let x = sx + 20;
        while (x < sx + sw - 40) {
          const bw = c.rand(12, 26);
          const bh = c.rand(70, 96);
          out.push(rect(x, y + 100 - bh, bw, bh, c.pick(spines)));
          x += bw + 2;
        }
        out.push(rect(sx + 10, y + 100, sw - 20, 12, '#7d5232'));
      }
    }
    // arched window
    out.push(
      pathEl(
        'M620,700 L620,260 A180,180 0 0 1 980,260 L980,700 Z',
        c.linear([
          [0, '#bfe0f2'],
          [1, '#e8f4fb'],
        ]),
        'stroke="#f9f3e6" stroke-width="16"',
      ),
    );
    out.push(
      line(800, 80, 800, 700, '#f9f3e6', 8),
      line(620, 400, 980, 400, '#f9f3e6', 8),
      line(620, 560, 980, 560, '#f9f3e6', 8),
    );
    out.push(tree(c, 720, 700, 1.2, '#7fae5b'), tree(c, 900, 700, 1.0, '#6a994e'));
    out.push(
      rect(
        0,
        760,
        W,
        H - 760,
        c.linear([
          [0, '#7d5a3c'],
          [1, '#5c3f27'],
        ]),
      ),
    );
    // tables with green lamps and readers
    for (const [tx, ty, s] of [
      [220, 860, 1],
      [900, 900, 1.15],
    ]) {
      out.push(bust(c, tx + 150 * s, ty, 1.6 * s), bust(c, tx + 380 * s, ty, 1.6 * s));
      out.push(
        rect(tx, ty, 560 * s, 26 * s, '#8c5a32'),
        rect(tx + 20, ty + 26 * s, 20, 150 * s, '#5a3a22'),
        rect(tx + 560 * s - 40, ty + 26 * s, 20, 150 * s, '#5a3a22'),
      );
      for (const lx of [tx + 260 * s]) {
        out.push(
          line(lx, ty, lx, ty - 60 * s, '#b8962e', 5),
          pathEl(
            `M${n(lx - 50 * s)},${n(ty - 60 * s)} Q${n(lx)},${n(ty - 110 * s)} ${n(lx + 50 * s)},${n(ty - 60 * s)} Z`,
            '#1f6b45',
          ),
        );
        out.push(ellipse(lx, ty - 4, 90 * s, 12 * s, '#fff2b8', 'opacity="0.5"'));
      }
      out.push(
        rect(tx + 110 * s, ty - 8 * s, 70 * s, 8 * s, '#f5f0e1'),
        rect(tx + 350 * s, ty - 8 * s, 60 * s, 8 * s, '#c44536'),
      );
    }
    return out;
  },

  'harbour-lights-festival'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#070b24'],
          [1, '#1f2a5c'],
        ],
        700,
      ),
    );
    out.push(stars(c, 120, 500));
    // fireworks
    for (const [fx, fy, col, r] of [
      [380, 220, '#ff6b6b', 120],
      [1180, 170, '#ffd166', 150],
      [820, 300, '#6ee7b7', 90],
    ]) {
      for (let k = 0; k < 24; k++) {
        const a = (k / 24) * Math.PI * 2;
        out.push(
          line(
            fx + Math.cos(a) * r * 0.2,
            fy + Math.sin(a) * r * 0.2,
            fx + Math.cos(a) * r,
            fy + Math.sin(a) * r,
            col,
            3,
            'stroke-linecap="round" opacity="0.85"',
          ),
        );
        out.push(circle(fx + Math.cos(a) * r * 1.08, fy + Math.sin(a) * r * 1.08, 3.5, col));
      }
      out.push(
        circle(
          fx,
          fy,
          r * 1.3,
          c.radial([
            [0, col, 0.25],
            [1, col, 0],
          ]),
        ),
      );
    }
    // far shore
    out.push(
      skyline(c, 640, {
        colors: ['#111631', '#141a3a'],
        windowColor: '#ffd27a',
        windowProb: 0.25,
        minH: 50,
        maxH: 180,
        minW: 50,
        maxW: 120,
      }),
    );
    out.push(...water(c, 640, '#1a2350', '#070a1e', '#ffd27a', 110, 0.35));
    // reflections of fireworks
    for (const [fx, col] of [
      [380, '#ff6b6b'],
      [1180, '#ffd166'],
      [820, '#6ee7b7'],
    ])
      for (let k = 0; k < 8; k++) out.push(ellipse(fx + c.rand(-40, 40), 680 + k * 22, 60 - k * 5, 3, col, 'opacity="0.4"'));
    // lantern strings
    const lanternCols = ['#ff9f1c', '#ff4d6d', '#ffd166', '#4cc9f0', '#f72585'];
    for (const [x0, x1, y, sag] of [
      [-20, 820, 470, 110],
      [780, 1620, 480, 120],
    ]) {
      out.push(pathEl(`M${x0},${y} Q${(x0 + x1) / 2},${y + sag * 2} ${x1},${y}`, 'none', 'stroke="#222" stroke-width="3"'));
      for (let k = 1; k < 12; k++) {
        const t = k / 12;
        const x = (1 - t) * (1 - t) * x0 + 2 * (1 - t) * t * ((x0 + x1) / 2) + t * t * x1;
        const yy = (1 - t) * (1 - t) * y + 2 * (1 - t) * t * (y + sag * 2) + t * t * y;
        const col = c.pick(lanternCols);
        out.push(
          circle(
            x,
            yy + 22,
            40,
            c.radial([
              [0, col, 0.6],
              [1, col, 0],
            ]),
          ),
          ellipse(x, yy + 22, 14, 18, col),
          rect(x - 6, yy + 2, 12, 4, '#222'),
        );
      }
    }
    // quay and crowd silhouettes
    out.push(rect(0, 900, W, H - 900, '#05060f'));
    for (let k = 0; k < 22; k++)
      out.push(silhouette(20 + k * 75 + c.rand(-15, 15), 960 + c.rand(0, 40), c.rand(1.3, 1.7), '#05060f'));
    return out;
  },

  'northgate-cycle-lane'(c) {
    const out = [];
    out.push(
      sky(
        c,
        [
          [0, '#86b7de'],
          [1, '#e3f0f8'],
        ],
        520,
      ),
    );
    out.push(clouds(c, 4, 80, 220, '#ffffff', 0.85));
    out.push(
      skyline(c, 560, {
        colors: ['#e0d2c0', '#cbb89f', '#f0e6d6', '#b9a58c'],
        windowColor: '#5a7289',
        windowProb: 0.85,
        minH: 240,
        maxH: 420,
        minW: 150,
        maxW: 250,
      }),
    );
    for (let k = 0; k < 6; k++) out.push(tree(c, 120 + k * 280, 600, 1.1, c.pick(['#5b8e4a', '#6fa35a', '#4f7f3f'])));
    out.push(rect(0, 600, W, 90, '#c9c3b8'), rect(0, 690, W, 16, '#e6e2da'));
    out.push(rect(0, 706, W, 170, '#3d7f5a'), rect(0, 876, W, 14, '#f2f2f2'), rect(0, 890, W, H - 890, '#5a5f66'));
    for (let x = 40; x < W; x += 220) out.push(rect(x, 786, 110, 8, '#f2f2f2'));
    for (let x = 60; x < W; x += 180) out.push(rect(x, 1010, 100, 10, '#f2f2f2'));
    const bike = (x, y, s, frame) => [
      circle(x - 40 * s, y, 28 * s, 'none', `stroke="#222" stroke-width="${n(5 * s)}"`),
      circle(x + 40 * s, y, 28 * s, 'none', `stroke="#222" stroke-width="${n(5 * s)}"`),
      poly(
        [
          [x - 40 * s, y],
          [x - 6 * s, y - 44 * s],
          [x + 30 * s, y - 44 * s],
          [x + 40 * s, y],
          [x, y],
        ],
        'none',
        `stroke="${frame}" stroke-width="${n(5 * s)}" stroke-linejoin="round"`,
      ),
    ];
    for (const [x, y, s] of [
      [380, 850, 1.2],
      [860, 820, 1.1],
      [1280, 860, 1.3],
    ]) {
      const col = c.pick(['#e63946', '#f4a261', '#2a9d8f', '#1d3557']);
      out.push(bike(x, y, s, col));
      out.push(
        rect(
          x - 14 * s,
          y - 118 * s,
          28 * s,
          70 * s,
          c.pick(CLOTHES),
          `rx="${n(12 * s)}" transform="rotate(18 ${n(x)} ${n(y - 60 * s)})"`,
        ),
      );
      out.push(
        circle(x + 12 * s, y - 130 * s, 13 * s, c.pick(SKIN)),
        line(x - 4 * s, y - 60 * s, x + 4 * s, y - 10 * s, '#2d2d3a', n(7 * s)),
      );
    }
    return out;
  },
};

// ---------------------------------------------------------------------------

async function main() {
  const only = new Set(process.argv.slice(2));
  await mkdir(outDir, { recursive: true });
  let seed = 1;
  for (const [name, draw] of Object.entries(scenes)) {
    seed += 1;
    if (only.size && !only.has(name)) continue;
    const c = createContext(seed * 7919);
    const svg = c.svg(draw(c));
    const file = path.join(outDir, `${name}.jpg`);
    const info = await sharp(Buffer.from(svg), { density: 72 })
      .resize(W, H)
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toFile(file);
    console.log(`${path.relative(root, file)}  ${info.width}×${info.height}  ${Math.round(info.size / 1024)} KB`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
