import { defineKind, quoted } from './kind.ts';

/** Problems with the block directives of a body: fact boxes, asides, pull quotes, notes, embeds, updates. */
export const DIRECTIVE_KINDS = {
  UnknownDirective: defineKind({
    title: 'Unknown directive',
    severity: 'error',
    message: (v: { written: string; known: string; nearest?: string | undefined }) =>
      `${quoted(v.written)} is not a directive a story can use (they are ${v.known})`,
    hint: (v) =>
      v.nearest
        ? `did you mean ${v.nearest}? Write its name as docs/editing.md#boxes-in-a-story shows`
        : 'use one of the directives listed, or, if the line is meant as text, put a backslash before it (\\:::)',
    example: {
      written: ':::factbx',
      known: ':::factbox, :::aside, :::pullquote, :::editors-note, ::embed, :::update',
      nearest: ':::factbox',
    },
  }),
  DirectiveWrongForm: defineKind({
    title: 'Box written as a one-line directive, or the other way round',
    severity: 'error',
    message: (v: { written: string; name: string; form: 'container' | 'leaf' }) =>
      v.form === 'container'
        ? `${quoted(v.written)} is written as one line, but ${v.name} is a box that wraps the lines below it`
        : `${quoted(v.written)} is written as a box, but ${v.name} is one line of its own`,
    hint: (v) =>
      v.form === 'container'
        ? `open the box with :::${v.name} (three colons), write its lines, and close it with a line of :::`
        : `write it on one line with two colons: ::${v.name}{…}, and no closing :::`,
    example: { written: '::factbox', name: 'factbox', form: 'container' },
  }),
  UnclosedDirective: defineKind({
    title: 'Box that is never closed',
    severity: 'error',
    message: (v: { written: string }) =>
      `${quoted(v.written)} opened on this line is never closed, so it takes in the rest of the story`,
    hint: 'add a line of three colons (:::) where the box ends, with a blank line after it',
    example: { written: ':::factbox[Key facts]' },
  }),
  NestedBox: defineKind({
    title: 'Box inside another box',
    severity: 'error',
    message: (v: { inner: string; outer: string; outerLine: number }) =>
      `${quoted(v.inner)} is inside the ${quoted(v.outer)} opened on line ${v.outerLine}: boxes cannot hold boxes`,
    hint: 'close the first box (a line of :::) before opening the next; if the first box lacks its closing :::, add it',
    example: { inner: ':::pullquote', outer: ':::factbox', outerLine: 12 },
  }),
  UnknownDirectiveAttribute: defineKind({
    title: 'Setting a box does not take',
    severity: 'error',
    message: (v: { written: string; attribute: string; allowed: string }) =>
      `${quoted(v.written)} does not take ${quoted(v.attribute)}`,
    hint: (v) =>
      v.allowed ? `the only setting it takes is ${v.allowed}; remove the others` : 'it takes no settings: remove the {…} part',
    example: { written: ':::factbox', attribute: 'colour', allowed: '' },
  }),
  PullquoteLabel: defineKind({
    title: 'Pull quote with a [label]',
    severity: 'error',
    message: (v: { label: string }) => `a pull quote has no title, so ${quoted(v.label)} would not be shown`,
    hint: (v) => `name the speaker with {by="…"}: :::pullquote{by="${v.label}"}, and put the quoted words on the lines below`,
    example: { label: 'Mira Lund' },
  }),
  EmptyBox: defineKind({
    title: 'Empty box',
    severity: 'error',
    message: (v: { written: string }) => `${quoted(v.written)} holds nothing, so the page would show an empty box`,
    hint: 'write its text on the lines between the opening line and the closing :::, or delete the box',
    example: { written: ':::factbox[Key facts]' },
  }),
  StrayBoxClose: defineKind({
    title: 'Closing ::: with no box open',
    severity: 'warning',
    message: () => 'this line of colons closes no box, so the page prints it as it is',
    hint: 'delete it; if a box above was meant to end here, check that no box inside it took this line, since boxes cannot hold boxes',
  }),
  PullquoteNotInStory: defineKind({
    title: 'Pull quote whose words the story does not hold',
    severity: 'warning',
    message: (v: { quote: string }) => `the pull quote ${quoted(v.quote)} does not appear in the story's text`,
    hint: 'a pull quote repeats the story’s own words (screen readers skip it for that reason): copy them from the story, marking any cut with …',
    example: { quote: 'We built it with our hands' },
  }),
};
