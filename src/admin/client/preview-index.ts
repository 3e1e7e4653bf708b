/** `/admin/stories.json`: names the preview shows, by id (src/pages/admin/stories.json.ts writes it). */
export interface PreviewIndex {
  /** Every published story's headline and address. */
  stories: Record<string, { headline: string; url: string }>;
  /** Author id → name as printed in the byline. */
  authors: Record<string, string>;
  /** Section id → name. */
  sections: Record<string, string>;
}

/** Fetched once per editor session; an editor without it still previews, with ids for names. */
export async function loadPreviewIndex(url: string): Promise<PreviewIndex> {
  try {
    const response = await fetch(url);
    if (response.ok) return (await response.json()) as PreviewIndex;
  } catch {
    // Offline or not built yet: ids stand in for names.
  }
  return { stories: {}, authors: {}, sections: {} };
}
