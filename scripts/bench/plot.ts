/** A small SVG line chart of build time against corpus size, one line per tool. */
export function plotSvg(points: { n: number; broadsheet: number; hugo: number | undefined }[]): string {
  const W = 640;
  const H = 360;
  const pad = 56;
  const maxN = Math.max(...points.map((p) => p.n));
  const maxT = Math.max(...points.flatMap((p) => [p.broadsheet, p.hugo ?? 0])) * 1.1;
  const x = (n: number) => pad + ((W - 2 * pad) * n) / maxN;
  const y = (t: number) => H - pad - ((H - 2 * pad) * t) / maxT;
  const line = (key: 'broadsheet' | 'hugo', colour: string) => {
    const pts = points.filter((p) => p[key] !== undefined).map((p) => `${x(p.n).toFixed(1)},${y(p[key]!).toFixed(1)}`);
    return pts.length ? `<polyline fill="none" stroke="${colour}" stroke-width="2.5" points="${pts.join(' ')}"/>` : '';
  };
  const ticks = points
    .map((p) => `<text x="${x(p.n)}" y="${H - pad + 20}" text-anchor="middle">${p.n.toLocaleString('en')}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" stroke="#333"/><line x1="${pad}" y1="${pad}" x2="${pad}" y2="${H - pad}" stroke="#333"/>
${ticks}<text x="${pad}" y="${pad - 12}">cold build, seconds (Hugo: Hugo + Pagefind) (max ${maxT.toFixed(0)})</text><text x="${W - pad}" y="${H - 12}" text-anchor="end">articles</text>
${line('broadsheet', '#8a1c1c')}${line('hugo', '#1c4f8a')}
<text x="${W - pad}" y="${pad}" text-anchor="end" fill="#8a1c1c">Broadsheet</text><text x="${W - pad}" y="${pad + 16}" text-anchor="end" fill="#1c4f8a">Hugo</text>
</svg>`;
}
