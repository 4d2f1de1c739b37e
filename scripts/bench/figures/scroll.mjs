// Scrolling the 5,000-server table from top to bottom, 800 px (18 rows) per animation frame: long tasks over 50 ms
// and dropped frames (gaps between animation frames beyond one 60 Hz frame).
import { scrollToBottom } from '../page-probes.mjs';
import { figure, median } from '../stats.mjs';
import { loadFleet } from './fleet.mjs';

const STEP_PX = 800;

export async function measureScroll(env) {
  const runs = [];
  for (let run = 0; run < env.runs; run += 1) {
    const { context, page } = await loadFleet(env, 5000, {});
    const result = await page.evaluate(scrollToBottom, STEP_PX);
    await context.close();
    if (result.lastRow !== 5000) throw new Error(`Scrolling ended at row ${result.lastRow}, not 5,000`);
    runs.push(result);
    env.log(`scroll: ${result.frames} frames, ${result.dropped} dropped, ${result.blank} blank, worst gap ${Math.round(result.worstGap)} ms, long tasks ${result.longTasks.map(Math.round).join(', ') || 'none'}`);
  }
  const longest = runs.map((run) => Math.max(0, ...run.longTasks));
  return [
    figure('scroll.longTasks', 'Scroll 5,000: long tasks > 50 ms', 'count', median(runs.map((run) => run.longTasks.length)), runs.map((run) => run.longTasks.length)),
    figure('scroll.longestTask', 'Scroll 5,000: longest task', 'ms', median(longest), longest),
    figure('scroll.droppedFrames', 'Scroll 5,000: dropped frames', 'frames', median(runs.map((run) => run.dropped)), runs.map((run) => run.dropped), {
      note: `of ${median(runs.map((run) => run.frames + run.dropped))} frames (median); worst gap ${Math.round(Math.max(...runs.map((run) => run.worstGap)))} ms`,
    }),
    figure('scroll.blankFrames', 'Scroll 5,000: frames with rows missing in view', 'frames', median(runs.map((run) => run.blank)), runs.map((run) => run.blank), {
      note: 'the rows coming into view render after the frame; at the end of the scroll they are all there',
    }),
  ];
}
