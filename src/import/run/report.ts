import type { SourceNote } from '../source.ts';
import type { WriteOutcome } from './guarded-writer.ts';
import type { DroppedRedirect } from './repair.ts';
import type { StoryOutcome } from './write-stories.ts';

/** Everything a run did and every decision it left, as `import-report.json` holds it. */
export interface ImportReport {
  source: { kind: string; path: string };
  command: string;
  seconds: number;
  peakMemoryMb: number;
  posts: number;
  byStatus: Record<string, number>;
  files: Record<WriteOutcome, number>;
  /** Stories an editor changed since the last run, or that were never the importer's: left alone. */
  leftAlone: { file: string; why: 'edited' | 'not-ours' }[];
  authors: number;
  photos: { fetched: number; missing: number };
  redirects: number;
  droppedRedirects: DroppedRedirect[];
  /** Every note, grouped by kind, each with where it was met. */
  notes: Record<string, { origin: string; file: string; detail: string }[]>;
  check?:
    | { errors: number; warnings: number; problems: { file: string; line?: number | undefined; kind: string; message: string }[] }
    | undefined;
}

export function emptyReport(kind: string, path: string, command: string): ImportReport {
  return {
    source: { kind, path },
    command,
    seconds: 0,
    peakMemoryMb: 0,
    posts: 0,
    byStatus: {},
    files: { written: 0, unchanged: 0, edited: 0, 'not-ours': 0, skipped: 0 },
    leftAlone: [],
    authors: 0,
    photos: { fetched: 0, missing: 0 },
    redirects: 0,
    droppedRedirects: [],
    notes: {},
  };
}

/** Adds one story's outcome to the report. */
export function record(report: ImportReport, story: StoryOutcome): void {
  report.byStatus[story.status] = (report.byStatus[story.status] ?? 0) + 1;
  report.files[story.outcome]++;
  if (story.outcome === 'edited' || story.outcome === 'not-ours') report.leftAlone.push({ file: story.file, why: story.outcome });
  report.redirects += story.redirects;
  for (const note of story.notes) addNote(report, note, story.origin, story.file);
}

export function addNote(report: ImportReport, note: SourceNote, origin: string, file: string): void {
  if (note.kind === 'missing-photo') report.photos.missing++;
  (report.notes[note.kind] ??= []).push({ origin, file, detail: note.detail });
}
