/**
 * html-validate rules for every page of the built site (checked by tests/build/quality-gates.test.ts;
 * `npx html-validate "dist/**\/*.html"` uses the same file). Everything in the two presets is on, except:
 *
 * @type {import('html-validate').ConfigData}
 */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // A news <title> is "headline | paper", and headlines run to 110 characters. Search engines cut
    // titles where they like; shortening ours would hide the end of the headline from every reader.
    'long-title': 'off',
    // Subresource integrity protects files fetched from other origins. Every asset here is served by
    // this site under a content-hashed name, so require it only where it matters.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
