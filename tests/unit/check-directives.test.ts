import { describe, expect, it } from 'vitest';
import { parseBody, scanBody, bodyProblems } from '../../src/check/body.ts';
import { DIRECTIVE_MISTAKES } from '../helpers/mistakes/directives.ts';
import { checkMistakes } from '../helpers/mistakes/run.ts';

const problemsOf = (markdown: string) => bodyProblems('a.md', markdown, 1, scanBody(parseBody(markdown), 1));

describe('mistakes in boxes and directives, checked in one run', () => {
  checkMistakes(DIRECTIVE_MISTAKES);
});

describe('directives the checker passes', () => {
  it('accepts every box in its form, an embed and an update, whatever their settings', () => {
    const body = [
      '“We built it with our hands,” said Mira Lund, “and we will keep it open.”',
      ':::factbox[Key facts]\n- Fare: £1.20\n:::',
      ':::aside\nThe quay opened in 1902.\n:::',
      ':::pullquote{by="Mira Lund"}\n"We built it with our *hands* … we will keep it open"\n:::',
      ':::editors-note[Correction]\nAn earlier version gave the wrong date.\n:::',
      '::embed{url="https://video.example/v/1" anything="goes"}',
      ':::update{time="10:30" whatever="its owner checks"}\nThe ferry left.\n:::',
    ].join('\n\n');
    expect(problemsOf(body)).toEqual([]);
  });

  it('takes text that merely looks like a directive as text', () => {
    const body = 'At 10:30 the firm said re:Invent was on.\n\nstd::vector and a::b stay words.\n\n\\:::factbox is escaped.\n';
    expect(problemsOf(body)).toEqual([]);
  });

  it('reports every problem of one body in one pass, each on its line', () => {
    const body =
      ':::factbx\nx\n:::\n\n::factbox\n\n:::aside{id="a"}\n:::\n\n:::pullquote\nNowhere in the story.\n:::\n\n:::aside\nopen';
    expect(problemsOf(body).map((p) => [p.line, p.kind])).toEqual([
      [1, 'UnknownDirective'],
      [5, 'DirectiveWrongForm'],
      [7, 'UnknownDirectiveAttribute'],
      [7, 'EmptyBox'],
      [10, 'PullquoteNotInStory'],
      [14, 'UnclosedDirective'],
    ]);
  });

  it('finds a pull quote’s words however the story quotes and punctuates them', () => {
    const story = 'The harbour master said: “It’s the *last* ferry — and the best.”\n\n';
    const quote = (q: string) => problemsOf(`${story}:::pullquote\n${q}\n:::\n`).map((p) => p.kind);
    expect(quote("'It's the last ferry, and the best'")).toEqual([]);
    expect(quote('It’s the last ferry … the best')).toEqual([]);
    expect(quote('It’s the first ferry')).toEqual(['PullquoteNotInStory']);
  });
});

describe('a closing line with no box open', () => {
  it('is a warning on its line: the page would print it', () => {
    const body = ':::factbox\nFacts.\n:::\n:::\n\nText.\n:::\n\n```\n:::\n```\n';
    expect(problemsOf(body).map((p) => [p.line, p.kind, p.severity])).toEqual([
      [4, 'StrayBoxClose', 'warning'],
      [7, 'StrayBoxClose', 'warning'],
    ]);
  });
});
