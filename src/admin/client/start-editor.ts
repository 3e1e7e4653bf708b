import { photoComponent, relatedLineComponent } from './body-components.ts';
import { boxComponents } from './box-components.ts';
import { embedComponent } from './embed-component.ts';
import { updateComponent } from './update-component.ts';
import { creditControl, creditPreview } from './credit-widget.ts';
import { loadPreviewIndex } from './preview-index.ts';
import { pruneEmpty } from './prune-empty.ts';
import { relativePhotoPaths, upToContent } from './photo-paths.ts';
import { PHOTO_FOLDER_FROM_NEW_STORY } from '../story-path.ts';
import { storyPreview } from './story-preview.ts';

/** What the editor's page hands over in its `data-*` attributes (src/pages/admin/index.astro). */
interface PageData {
  /** Address of Decap CMS's bundle. */
  cms?: string | undefined;
  /** The site's stylesheets, space-separated, for the preview pane. */
  previewCss?: string | undefined;
  /** Address of the preview's names and headlines (`/admin/stories.json`). */
  index?: string | undefined;
  /** The content folder's path in the repository, e.g. `content`. */
  content?: string | undefined;
}

const loadScript = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });

/**
 * Loads Decap CMS from our own files, adds Broadsheet's parts (the credit widget, the photo and
 * related-line buttons of the body editor, its four boxes, its embeds and live updates, the paper-like preview, the clean-up before a save) and
 * starts it with `/admin/config.yml`, which src/admin/cms-config.ts generates from the schemas.
 */
export async function startEditor(page: PageData): Promise<void> {
  // Decap would start as soon as its script ran, before our parts are registered.
  window.CMS_MANUAL_INIT = true;
  const [index] = await Promise.all([
    loadPreviewIndex(page.index ?? '/admin/stories.json'),
    loadScript(page.cms ?? '/admin/decap-cms.js'),
  ]);
  const cms = window.CMS;
  if (!cms) throw new Error('Decap CMS did not load');
  const { h, createClass } = window;
  for (const href of (page.previewCss ?? '').split(' ').filter(Boolean)) cms.registerPreviewStyle(href);
  cms.registerPreviewTemplate('stories', storyPreview(h, createClass, index));
  cms.registerWidget('broadsheet-credit', creditControl(h, createClass), creditPreview(h));
  cms.registerEditorComponent(photoComponent());
  cms.registerEditorComponent(relatedLineComponent(index));
  for (const box of boxComponents()) cms.registerEditorComponent(box);
  cms.registerEditorComponent(embedComponent());
  cms.registerEditorComponent(updateComponent());
  const content = page.content ?? 'content';
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = pruneEmpty(entry.get('data'));
      if (entry.get('collection') !== 'stories') return data;
      const path = entry.get('path');
      return relativePhotoPaths(
        data,
        PHOTO_FOLDER_FROM_NEW_STORY,
        upToContent(typeof path === 'string' ? path : undefined, content),
      );
    },
  });
  cms.init();
}
