// Accept: the analyst vouches for the row as extracted, then moves on to the next one.
import type { ReviewStatus } from '../../shared/domain.ts';
import { register } from './registry.ts';

/** Only fresh and rejected rows change; corrected and added rows are already vouched for. */
const ACCEPTS: readonly ReviewStatus[] = ['pending', 'rejected'];

export const accept = register({
  name: 'accept',
  label: 'cmd.accept',
  shortcuts: [{ key: 'a' }],
  enabled: (ctx) => ctx.current !== null,
  async perform(ctx) {
    const row = ctx.current;
    if (!row) return;
    if (ACCEPTS.includes(row.status)) {
      const saved = await ctx.api.updateIndicator({
        id: row.id,
        version: row.version,
        patch: { status: 'confirmed' },
        command: 'accept',
      });
      ctx.applied({ command: null, indicators: [saved], removed: [], count: 1 });
    }
    ctx.grid.next();
  },
});
