import { describe, expect, it } from 'vitest';
import { problem } from '../../src/check/problems.ts';
import { previewErrorPage } from '../../src/load/preview-error-page.ts';
import { previewFailure, setPreviewFailure } from '../../src/load/preview-problems.ts';

const file = 'content/articles/politics/vote.md';

describe('the preview’s error page (npm run dev)', () => {
  it('lists each error with file, line, field, message and fix, escaping what the editor wrote', () => {
    const html = previewErrorPage({
      problems: [
        problem('PhotoMissing', { file, line: 14 }, { src: '../x<script>.jpg', file }),
        problem('UnknownSection', { file, line: 4, field: 'section' }, { value: '<b>sports</b>', sections: 'politics, city' }),
        problem('MissingDek', { file, field: 'dek' }),
      ],
    });
    expect(html).toContain('The content has 2 errors');
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
    expect(items[0]).toContain(
      `${file}:4</span> <code>section</code>: choose one of: politics, city (not &quot;&lt;b&gt;sports&lt;/b&gt;&quot;)`,
    );
    expect(items[0]).toContain('<div class="fix">write exactly one of: politics, city</div>');
    expect(items[1]).toContain(`${file}:14</span> photo &quot;../x&lt;script&gt;.jpg&quot; does not exist`);
    expect(html).not.toMatch(/x<script>|<b>sports/);
    expect(html).toContain('And 1 warning');
  });

  it('names an error that is not a content problem', () => {
    const html = previewErrorPage({ problems: [], crash: 'ENOENT: <gone>' });
    expect(html).toContain('The content has 1 error');
    expect(html).toContain('ENOENT: &lt;gone&gt;');
  });

  it('is shown while a loader’s last run failed, and no longer once it succeeds', () => {
    setPreviewFailure('stories', { problems: [problem('EmptyBody', { file, line: 9 })] });
    setPreviewFailure('authors', undefined);
    expect(previewFailure()?.problems).toHaveLength(1);
    setPreviewFailure('stories', undefined);
    expect(previewFailure()).toBeUndefined();
  });
});
