// Starts Pagefind's search box on /search/. A file, not an inline script: the site's
// Content-Security-Policy allows scripts from the site itself only.
/* global window */
const start = (bundles) => {
  // A large site's index comes in buckets (and a sharded one in shards): search them all as one.
  const mergeIndex = bundles.map((bundlePath) => ({ bundlePath }));
  const ui = new window.PagefindUI({
    element: '#search',
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    mergeIndex,
  });
  // Name the box by the visible line above it, not only by its placeholder.
  window.document.querySelector('#search input')?.setAttribute('aria-labelledby', 'search-label');
  // `/search/?q=…` searches at once, so a search can be linked to or bookmarked.
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
};
window
  .fetch('/pagefind/bundles.json')
  .then((response) => (response.ok ? response.json() : []))
  .catch(() => [])
  .then(start);
