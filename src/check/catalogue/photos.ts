import { defineKind, quoted } from './kind.ts';

const EXPORT_AGAIN = 'export it again as JPEG, PNG, WebP or AVIF';
const HARBOUR = '../../images/harbour.jpg';

/** Problems with a photo file (a story's lead photo, one in its body, an author's portrait). */
export const PHOTO_KINDS = {
  RemotePhoto: defineKind({
    title: 'Photo address that is not https',
    severity: 'error',
    message: (v: { src: string }) => `photos must be files in the content folder or https:// addresses, not "${v.src}"`,
    hint: 'give the https:// address of the photo, or save it under content/images/ and give its relative path',
    example: { src: 'http://example.org/photo.jpg' },
  }),
  RemotePhotoFailed: defineKind({
    title: 'Photo address that does not give a photo',
    severity: 'error',
    message: (v: { src: string; detail: string }) => `the photo "${v.src}" could not be fetched: ${v.detail}`,
    hint: 'open the address in a browser: it must show the photo alone, not a page around it; or save the photo under content/images/',
    example: { src: 'https://photos.example.org/harbour.jpg', detail: 'the server answered 404 Not Found' },
  }),
  BackslashPath: defineKind({
    title: 'Photo path with backslashes',
    severity: 'error',
    message: (v: { src: string }) => `the photo path "${v.src}" uses backslashes`,
    hint: 'write paths with forward slashes, e.g. ../../images/harbour.jpg',
    example: { src: '..\\..\\images\\harbour.jpg' },
  }),
  PhotoOutsideContent: defineKind({
    title: 'Photo outside the content folder',
    severity: 'error',
    message: (v: { src: string; folder?: string | undefined }) => `"${v.src}" is outside the ${v.folder ?? 'content'} folder`,
    hint: (v) =>
      v.folder === 'public'
        ? 'keep the file in public/ (not a link to elsewhere) and give its path from there, e.g. /logo.png'
        : 'keep photos under content/images/ (not links to elsewhere) and give a path relative to this file',
    example: { src: '../../../secret.jpg' },
  }),
  PhotoMissing: defineKind({
    title: 'Photo that does not exist',
    severity: 'error',
    message: (v: { src: string; file: string }) => `photo "${v.src}" does not exist`,
    hint: (v) => `check the file name; the path is relative to ${v.file}`,
    example: { src: '../../images/harbor.jpg', file: 'content/articles/politics/council-vote.md' },
  }),
  PhotoNotAFile: defineKind({
    title: 'Photo path that names no file',
    severity: 'error',
    message: (v: { src: string; what: string }) => `"${v.src}" is ${v.what}, not a photo file`,
    hint: 'give the path of the photo file itself',
    example: { src: '../../images/', what: 'a folder' },
  }),
  EmptyPhoto: defineKind({
    title: 'Empty photo file',
    severity: 'error',
    message: (v: { src: string }) => `photo "${v.src}" is an empty file`,
    hint: 'export the photo again',
    example: { src: HARBOUR },
  }),
  PhotoTooLarge: defineKind({
    title: 'Photo file over the size limit',
    severity: 'error',
    message: (v: { src: string; mb: number; limit: number }) => `photo "${v.src}" is ${v.mb} MB`,
    hint: (v) => `export it at most ${v.limit} MB, e.g. 3000 pixels wide at 85% JPEG quality`,
    example: { src: HARBOUR, mb: 64, limit: 50 },
  }),
  UnreadablePhoto: defineKind({
    title: 'Photo that cannot be read',
    severity: 'error',
    message: (v: { src: string; detail?: string | undefined }) =>
      `photo "${v.src}" cannot be read as an image${v.detail ? ` (${v.detail})` : ''}`,
    hint: EXPORT_AGAIN,
    example: { src: HARBOUR, detail: 'Input file contains unsupported image format' },
  }),
  DamagedPhoto: defineKind({
    title: 'Photo file that is damaged',
    severity: 'error',
    // No decoder detail: libvips keeps one message buffer for all threads, so photos decoded at once swap details.
    message: (v: { src: string }) => `photo "${v.src}" is damaged: its data is cut short or does not match its header`,
    hint: 'the file was cut short or altered on its way here: copy it again from the original, or export it again',
    example: { src: HARBOUR },
  }),
  UnsupportedPhotoFormat: defineKind({
    title: 'Photo format the site cannot publish',
    severity: 'error',
    message: (v: { src: string; format: string }) => `photo "${v.src}" is a ${v.format} file, which the site cannot publish`,
    hint: EXPORT_AGAIN,
    example: { src: '../../images/harbour.v', format: 'VIPS' },
  }),
  PhotoTooManyPixels: defineKind({
    title: 'Photo over the pixel limit',
    severity: 'error',
    message: (v: { src: string; width: number; height: number; megapixels: number; limit: number }) =>
      `photo "${v.src}" claims to be ${v.width}×${v.height} pixels (${v.megapixels} megapixels)`,
    hint: (v) => `the limit is ${v.limit} megapixels: export it smaller, e.g. 3000 pixels wide`,
    example: { src: '../../images/bomb.png', width: 20000, height: 20000, megapixels: 400, limit: 100 },
  }),
  NarrowLeadPhoto: defineKind({
    title: 'Lead photo too narrow for Discover',
    severity: 'warning',
    message: (v: { width: number; minimum: number }) => `the lead photo is ${v.width} px wide`,
    hint: (v) => `use one at least ${v.minimum} px wide so Google Discover shows it large`,
    example: { width: 800, minimum: 1200 },
  }),
  CreditMismatch: defineKind({
    title: 'Credit differs from the photo file',
    severity: 'warning',
    message: (v: { inFile: string }) => `the credit differs from the one in the photo file (${v.inFile})`,
    hint: 'the frontmatter credit is used; check which is right',
    example: { inFile: 'CoastPress / Ines Moreau' },
  }),
  LeadPhotoWithoutCredit: defineKind({
    title: 'Lead photo without a credit',
    severity: 'warning',
    message: () => 'the lead photo has no credit',
    hint: 'add `credit:` under `hero:`',
  }),
  UnknownCreditLabel: defineKind({
    title: 'Credit with an unknown label',
    severity: 'error',
    message: (v: { label: string }) => `the line under the photo starts with "${v.label}:", which is not a credit label`,
    hint: 'start the credit with `Credit:` (or `Photo:`), e.g. `Credit: Reuters/Jane Doe`; if the line is not the credit, leave a blank line after the photo',
    example: { label: 'Source' },
  }),
  CreditApartFromPhoto: defineKind({
    title: 'Credit separated from its photo',
    severity: 'error',
    message: (v: { credit: string }) => `the credit ${quoted(v.credit)} is a paragraph of its own, so the photo above has none`,
    hint: 'delete the blank line between the photo and its credit line',
    example: { credit: 'Credits: DepositPhotos' },
  }),
};
