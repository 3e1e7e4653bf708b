import type { ImportReport } from './report.ts';

/** Lines an editor watches during a long import: the phase, then a count and rate at most once a second. */
export class Progress {
  private count = 0;
  private total = 0;
  private last = 0;
  private started = performance.now();

  private readonly print: (line: string) => void;

  constructor(print: (line: string) => void) {
    this.print = print;
  }

  phase(name: string, total = 0): void {
    this.count = 0;
    this.total = total;
    this.started = performance.now();
    this.print(total ? `${name} ${total} stories…` : `${name}…`);
  }

  tick(): void {
    this.count++;
    const now = performance.now();
    if (now - this.last < 1000 && this.count !== this.total) return;
    this.last = now;
    const rate = this.count / Math.max((now - this.started) / 1000, 0.001);
    this.print(
      `  ${this.count}/${this.total} stories (${Math.round(rate)}/s, ${Math.round(process.memoryUsage().rss / 1048576)} MB)`,
    );
  }

  done(report: ImportReport): void {
    const check = report.check ? `; check: ${report.check.errors} errors, ${report.check.warnings} warnings` : '';
    this.print(`imported ${report.posts} posts in ${report.seconds.toFixed(1)} s${check}`);
  }
}
