/** An Immutable.js Map or List, as Decap CMS hands entries and field configs to our code. */
export interface Immutable {
  get(key: string | number): unknown;
  getIn(path: readonly (string | number)[]): unknown;
  toJS(): unknown;
  map(fn: (value: unknown) => unknown): Immutable;
  filter(fn: (value: unknown) => boolean): Immutable;
  readonly size: number;
}

/** React's `createElement`, which Decap puts on `window.h`: we write no JSX and bundle no React. */
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** React's old class factory, which Decap puts on `window.createClass`. */
export type CreateClass = (spec: object) => unknown;

/** What a component in the editor's body toolbar is (Decap's `registerEditorComponent`). */
export interface EditorComponent {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, unknown>;
  toBlock(data: Record<string, unknown>): string;
  toPreview(data: Record<string, unknown>, getAsset?: (path: string) => unknown): string;
}

/** The part of Decap CMS's global `CMS` object Broadsheet uses. */
export interface DecapCms {
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEditorComponent(component: EditorComponent): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Immutable }) => unknown }): void;
  init(options?: { config?: Record<string, unknown> }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h: H;
    createClass: CreateClass;
  }
}

/** The address of a photo from Decap's `getAsset`: a `blob:` one just dropped in, the file's for one saved. */
export function assetUrl(asset: unknown, path: string): string {
  const url = (asset as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' && url ? url : asset ? String(asset) : path;
}

/** A value from an entry as plain data: Immutable maps and lists become objects and arrays. */
export const plain = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && typeof (value as Immutable).toJS === 'function'
    ? (value as Immutable).toJS()
    : value;
