/** The Ghost reader: a Ghost JSON export as the importer's `SourceSite` and `SourcePost`s. */
export { ghostReader, type GhostReaderOptions } from './reader.ts';
