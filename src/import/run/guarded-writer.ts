import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256, type Manifest } from './manifest.ts';

/** What happened to one file the importer meant to write. */
export type WriteOutcome = 'written' | 'unchanged' | 'edited' | 'not-ours' | 'skipped';

/**
 * Writes into the content folder without ever taking an editor's work: a file is written when it is
 * new, or still byte for byte what the last run wrote (the manifest's hash); otherwise it is left
 * and the outcome says why, for the report.
 */
export class GuardedWriter {
  private readonly content: string;
  private readonly previous: Manifest;
  private readonly next: Manifest;
  /** Each file's bytes are read and hashed once a run: the plan asks first, the write after. */
  private readonly onDisk = new Map<string, string | undefined>();

  constructor(content: string, previous: Manifest, next: Manifest) {
    this.content = content;
    this.previous = previous;
    this.next = next;
  }

  /** Whether a file the last run wrote has been changed since: it is the editor's now. */
  isEdited(file: string): boolean {
    const ours = this.previous.files[file];
    const onDisk = ours && this.diskHash(file);
    return !!onDisk && onDisk !== ours;
  }

  private diskHash(file: string): string | undefined {
    if (!this.onDisk.has(file)) {
      const abs = join(this.content, file);
      this.onDisk.set(file, existsSync(abs) ? sha256(readFileSync(abs)) : undefined);
    }
    return this.onDisk.get(file);
  }

  /** Whether the last run wrote this file (it may have been edited since). */
  isOurs(file: string): boolean {
    return file in this.previous.files || file in this.next.files;
  }

  write(file: string, text: string | Buffer): WriteOutcome {
    const abs = join(this.content, file);
    const hash = sha256(text);
    const onDisk = this.diskHash(file);
    if (onDisk !== undefined) {
      const ours = this.next.files[file] ?? this.previous.files[file];
      if (onDisk === hash) {
        this.next.files[file] = hash;
        return 'unchanged';
      }
      if (!ours) return 'not-ours';
      if (ours !== onDisk) {
        // Still the editor's: remember what we last wrote, so the next run skips it too.
        this.next.files[file] = ours;
        return 'edited';
      }
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    this.next.files[file] = hash;
    this.onDisk.set(file, hash);
    return 'written';
  }
}
