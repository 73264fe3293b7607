/**
 * Worker entry (bundled as dist/workers/shadow-compare.js): the latency deltas' paired bootstrap and the score deltas'
 * signed-rank test of a large shadow comparison, while the main thread compares the rest (see compare-thread.ts).
 */
import { answerOneTask } from '../worker-script.js';
import { pairedTests } from './compare.js';
import type { PairedTestsTask } from './compare-thread.js';

answerOneTask((task: PairedTestsTask) => pairedTests(task));
