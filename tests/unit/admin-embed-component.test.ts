import { describe, expect, it } from 'vitest';
import { decapMatch } from '../helpers/decap-match.ts';
import { embedComponent } from '../../src/admin/client/embed-component.ts';
import { bodyProblems, parseBody, scanBody } from '../../src/check/body.ts';

describe("the body editor's embed button", () => {
  const embed = embedComponent();

  it('round-trips both forms of an embed, with more story after it', () => {
    for (const block of [
      'Embed: https://www.youtube.com/watch?v=Wd7fLdR1l0a',
      '::embed[Homes in the evacuation zone]{url="https://datawrapper.dwcdn.net/hL4mQ/2/"}',
    ]) {
      const m = decapMatch(embed.pattern, `${block}\n\nThe story goes on.\n`);
      expect(m?.[0], block).toBe(block);
      expect(embed.toBlock(embed.fromBlock(m!)), block).toBe(block);
    }
    expect(embed.fromBlock(decapMatch(embed.pattern, 'Embed: <https://vimeo.com/76979871>')!)).toEqual({
      url: 'https://vimeo.com/76979871',
      caption: '',
    });
  });

  it('writes what the fields hold as an embed the checker passes, and leaves sentences alone', () => {
    const block = embed.toBlock({ url: ' https://vimeo.com/76979871 ', caption: 'The drill [filmed]' });
    expect(block).toBe('::embed[The drill (filmed)]{url="https://vimeo.com/76979871"}');
    const problems = (md: string) => bodyProblems('a.md', md, 1, scanBody(parseBody(md), 1));
    expect(problems(`Text.\n\n${block}\n`)).toEqual([]);
    expect(decapMatch(embed.pattern, 'Embed: the video below, from https://vimeo.com/76979871\n')).toBeNull();
  });

  it('previews the provider, the address and the caption, escaped', () => {
    const html = embed.toPreview({ url: 'https://vimeo.com/76979871', caption: '<b>Drill</b>' });
    expect(html).toContain('Vimeo');
    expect(html).toContain('&lt;b&gt;Drill&lt;/b&gt;');
  });
});
