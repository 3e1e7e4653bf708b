/** The Hugo and Jekyll source readers: a site folder in, the importer's posts out. */
export { hugoReader, type HugoOptions } from './hugo-reader.ts';
export { jekyllReader, type JekyllOptions } from './jekyll-reader.ts';
