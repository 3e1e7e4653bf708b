/**
 * The photo cache, shared by every content folder: derivatives and fetched remote photos. Apart from
 * the encoder's modules, so the checker can find fetched photos without its key covering the encoder.
 */
export function photoCacheDir(): string {
  return process.env['BROADSHEET_IMAGE_CACHE'] ?? '.broadsheet/images';
}
