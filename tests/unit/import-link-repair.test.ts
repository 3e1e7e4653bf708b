import { describe, expect, it } from 'vitest';
import { rewriteBody } from '../../src/import/convert/rewrite-body.ts';

const keep = { link: () => undefined, photo: (url: string) => url, storyId: () => undefined };

describe('links the checker would refuse, repaired as the body is rewritten', () => {
  it('takes out a link with no words, keeps the words of one no browser can follow', () => {
    const cases: [string, string][] = [
      ['[](https://files.example/ferry.jpg)The ferry sailed.', 'The ferry sailed.'],
      ['Try [Wend Maps](ttps://maps.example/) today.', 'Try Wend Maps today.'],
      ['Write to [the desk](about:blank).', 'Write to the desk.'],
      ['Run [this](javascript:alert(1)) never.', 'Run this never.'],
      ['Visit www.[ward].example/open for more.', 'Visit `www.[ward].example/open` for more.'],
      ['A good [link](https://hallam.example/) stays.', 'A good [link](https://hallam.example/) stays.'],
    ];
    for (const [input, output] of cases) expect(rewriteBody(input, keep).markdown).toBe(output);
    const { notes } = rewriteBody('[](https://files.example/a.jpg) and [x](ttps://a.example/)', keep);
    expect(notes.map((n) => n.kind)).toEqual(['empty-link', 'unsafe-link']);
  });
});
