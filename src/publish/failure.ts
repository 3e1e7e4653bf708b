import { statfsSync } from 'node:fs';

/**
 * What an editor reads when the build cannot write its site: one line naming the folder and the fix,
 * never a stack trace. The folder is where the site folders live (`dist`'s own folder).
 */
export function writeFailure(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return noSpace(folder);
    case 'EROFS':
      return `${folder} is on a read-only file system: remount it writable, or point BROADSHEET_DIST at a writable folder`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to write in ${folder}: let this user write there, or point BROADSHEET_DIST at a folder it may write`;
    case 'EBUSY':
      return `${folder} cannot be replaced (a mount point?): point BROADSHEET_DIST at a folder inside it`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export const noSpace = (folder: string) =>
  `no space left on the file system of ${folder}: free some space there, or point BROADSHEET_DIST at another disk`;

/** The file system holding `folder` is (nearly) full: under 1 MB left, less than a page and its photos. */
export function isFull(folder: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(folder);
    return bavail * bsize < 1_048_576;
  } catch {
    return false;
  }
}
