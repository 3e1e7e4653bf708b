/**
 * Where the editor files a new story, below `content/articles/`: its section's folder for the year,
 * named by its id. Three parts, so Decap also lists an import's `<year>/<month>/<id>.md` (it lists
 * as deep as this path goes).
 */
export const STORY_PATH = '{{section}}/{{year}}/{{slug}}';

/** Folders between `content/` and a new story's file: `articles/<section>/<year>/` is 3. */
export const NEW_STORY_DEPTH = 1 + STORY_PATH.split('/').length - 1;

/**
 * The path the editor writes for a photo it saved in `content/images/`: right from a new story's
 * file (`../../../images/ferry.jpg`); made right for a story filed elsewhere on save
 * (client/photo-paths.ts), since `articles/news/` reaches the photo by `../../images/`.
 */
export const PHOTO_FOLDER_FROM_NEW_STORY = `${'../'.repeat(NEW_STORY_DEPTH)}images`;
