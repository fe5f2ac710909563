import { describe, expect, it } from 'vitest';
import { acceptHighConfidence, HIGH_CONFIDENCE } from './acceptHighConfidence.ts';
import { recordingContext } from './testing.ts';

describe('accept high-confidence', () => {
  it('accepts the article’s sure rows in one command and says how many', async () => {
    const r = recordingContext();
    await acceptHighConfidence.perform(r.ctx);
    expect(r.calls).toEqual([['acceptHighConfidence', { articleId: 2, threshold: HIGH_CONFIDENCE }]]);
    expect(r.log).toEqual(['notice:Accepted 2 high-confidence figures']);
  });

  it('needs an open article', () => {
    expect(acceptHighConfidence.enabled(recordingContext({ articleId: null }).ctx)).toBe(false);
  });
});
