import { describe, expect, it } from 'vitest';
import { decapMatch } from '../helpers/decap-match.ts';
import { updateComponent } from '../../src/admin/client/update-component.ts';
import { bodyProblems, parseBody, scanBody } from '../../src/check/body.ts';

describe("the body editor's live-update button", () => {
  const update = updateComponent();

  it('round-trips an update, headline, blank lines and all, with more updates after it', () => {
    for (const block of [
      ':::update{time="2026-11-22 07:20" by="mara-okafor"}\n### Ferries stay in port\n\nThe first crossing is cancelled.\n\nMore at nine.\n:::',
      ':::update{time="09:05"}\nThe harbour master speaks at ten.\n:::',
      ':::update{time="2026-11-24 03:20" by="priya-raman" #barrier-closed}\nThe barrier is shut.\n:::',
    ]) {
      const m = decapMatch(update.pattern, `${block}\n\n:::update{time="23:00"}\nLater.\n:::\n`);
      expect(m?.[0], block).toBe(block);
      expect(update.toBlock(update.fromBlock(m!)), block).toBe(block);
    }
  });

  it('reads its settings in any order, and writes an update the checker reads', () => {
    const m = decapMatch(update.pattern, ':::update{#quay by="mara-okafor" time="14:05"}\nText.\n:::')!;
    expect(update.fromBlock(m)).toEqual({ time: '14:05', by: 'mara-okafor', anchor: 'quay', body: 'Text.' });
    const block = update.toBlock({ time: '2026-11-23 14:05', by: 'mara "mo"', anchor: '#Quay side', body: 'Text.' });
    expect(block).toBe(':::update{time="2026-11-23 14:05" by="mara mo" #Quay-side}\nText.\n:::');
    const md = `:::update{time="2026-11-23 14:05"}\nText.\n:::\n`;
    const facts = scanBody(parseBody(md), 1);
    expect(facts.updates?.[0]).toMatchObject({ time: '2026-11-23 14:05', text: 'Text.' });
    expect(bodyProblems('a.md', md, 1, facts).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('does not take a box of another name, and previews the headline and text escaped', () => {
    expect(decapMatch(update.pattern, ':::factbox\nFacts.\n:::\n')).toBeNull();
    const html = update.toPreview({ time: '14:05', body: '### Gates <shut>\n\nAll six.' });
    expect(html).toContain('<h3>Gates &lt;shut&gt;</h3>');
    expect(html).toContain('<p>All six.</p>');
  });
});
