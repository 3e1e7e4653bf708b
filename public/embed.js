// Broadsheet's embeds (src/site/embed-poster.ts): each poster loads nothing from its provider until
// the reader presses its button; then this swaps in the provider's frame. Without this script the
// poster's link to the original is all there is, and it works.
/* global document */
for (const figure of document.querySelectorAll('figure.embed[data-embed-frame]')) {
  const button = figure.querySelector('.embed__play');
  const poster = figure.querySelector('.embed__poster');
  if (!button || !poster) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const d = figure.dataset;
    const frame = document.createElement('iframe');
    frame.className = 'embed__frame';
    frame.title = d.embedTitle || 'Embedded content';
    frame.setAttribute('sandbox', d.embedSandbox || '');
    if (d.embedAllow) frame.allow = d.embedAllow;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.allowFullscreen = true;
    frame.src = d.embedFrame;
    poster.replaceWith(frame);
    figure.classList.add('embed--playing');
    frame.focus();
  });
}
