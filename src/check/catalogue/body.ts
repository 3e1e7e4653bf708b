import { defineKind, quoted } from './kind.ts';

/** Problems in a story's Markdown, and invisible characters anywhere. */
export const BODY_KINDS = {
  EmptyBody: defineKind({
    title: 'Story without a body',
    severity: 'error',
    message: () => 'the story has no body text',
    hint: 'write the story below the closing `---`',
  }),
  BodyTooLarge: defineKind({
    title: 'Body over the size limit',
    severity: 'error',
    message: (v: { kb: number; limit: number }) => `the body is ${v.kb} KB, over the ${v.limit} KB limit`,
    hint: 'check for a pasted document or data; split a very long story into parts',
    example: { kb: 220, limit: 200 },
  }),
  MarkdownTooComplex: defineKind({
    title: 'Body too complex to parse',
    severity: 'error',
    message: (v: { detail: string }) => `the body is too complex for the Markdown parser: ${v.detail}`,
    hint: 'this is usually a paste gone wrong (data, code, stray symbols): remove it, put code in a code block (between two lines of three backticks), or split the paragraph with blank lines',
    example: { detail: 'one paragraph has 4,816 Markdown markers (* _ ~ [ ] ( ) < > ` @ www. ://), over the limit of 2,000' },
  }),
  TooManyPhotos: defineKind({
    title: 'Too many photos in the body',
    severity: 'error',
    message: (v: { count: string; limit: string }) =>
      `the body shows ${v.count} photos, over the limit of ${v.limit} for one story (the first past the limit is here)`,
    hint: 'no news story needs this many (the largest galleries show a few dozen): look for photos pasted many times, or split the gallery into several stories',
    example: { count: '140', limit: '100' },
  }),
  TooManyPhotoVersions: defineKind({
    title: 'Too many versions of the body’s photos',
    severity: 'error',
    message: (v: { versions: string; photos: string; limit: string }) =>
      `the body's ${v.photos} photos make ${v.versions} different versions to encode, over the limit of ${v.limit} (the first past the limit is here)`,
    hint: 'a photo shown again with another alt text, caption or credit is encoded again (the words are written into its files): give its repeats the same words, or show it once',
    example: { versions: '75', photos: '80', limit: '60' },
  }),
  ControlCharacter: defineKind({
    title: 'Invisible control character',
    severity: 'error',
    // `place` is "the text" for a field (the field is named beside the message) or "the body".
    message: (v: { char: string; place: 'the text' | 'the body' }) => `invisible control character ${v.char} in ${v.place}`,
    hint: 'delete it: it is invisible, usually pasted from another program (retype the words around it)',
    example: { char: 'U+0007', place: 'the text' },
  }),
  UnsafeLink: defineKind({
    title: 'Link that is not a web address',
    severity: 'error',
    message: (v: { url: string }) => `the link ${quoted(v.url)} is not a web address`,
    hint: 'link to a page starting with https:// or / (this site)',
    example: { url: 'javascript:alert(1)' },
  }),
  PhotoWithoutAlt: defineKind({
    title: 'Photo without alt text',
    severity: 'error',
    message: (v: { src: string }) => `the photo "${v.src}" has no alt text`,
    hint: 'describe it inside the brackets: ![what the photo shows](…); only an ornament that tells nothing is marked ![](… "decorative")',
    example: { src: '../../images/harbour.jpg' },
  }),
  DecorativePhotoWithAlt: defineKind({
    title: 'Decorative photo with alt text',
    severity: 'error',
    message: (v: { alt: string }) => `the photo is marked "decorative" but has alt text ${quoted(v.alt)}`,
    hint: 'a decorative photo is hidden from screen readers: empty the brackets ![](…), or drop "decorative" if the photo tells something',
    example: { alt: 'Gulls over the quay' },
  }),
  PhotoWithoutCredit: defineKind({
    title: 'Photo without a credit',
    severity: 'warning',
    message: () => 'the photo has no credit',
    hint: 'add a line `Credit: Agency – PLACE – Mon D, YYYY — Photo by Name` under it',
  }),
};
