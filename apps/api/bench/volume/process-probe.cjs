/**
 * Preloaded (NODE_OPTIONS=--require) into an API process by the volume bench when VOLUME_PROBE_FILE is set: every
 * 500 ms it appends to that file, as one JSON line, the event-loop delay since the file was last removed
 * (perf_hooks.monitorEventLoopDelay) and the pg pools' waiting counts (requests queued for a connection), sampled
 * every 50 ms. Diagnostics only; the bench reads the last line.
 */
'use strict';
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { appendFileSync, existsSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const pg = require('pg');

const file = process.env.VOLUME_PROBE_FILE;
// The API's worker threads (allocation) load preloads too: only the main thread, which serves requests, reports.
if (file && isMainThread) {
  const pools = new Set();
  const connect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function trackedConnect(...args) {
    pools.add(this);
    return connect.apply(this, args);
  };
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let waitingMax = 0;
  let waitingSum = 0;
  let totalMax = 0;
  let samples = 0;
  let fresh = existsSync(file);
  setInterval(() => {
    let waiting = 0;
    let total = 0;
    for (const pool of pools) {
      waiting += pool.waitingCount;
      total += pool.totalCount;
    }
    waitingMax = Math.max(waitingMax, waiting);
    totalMax = Math.max(totalMax, total);
    waitingSum += waiting;
    samples += 1;
  }, 50).unref();
  setInterval(() => {
    // The bench removes the file to start a new window.
    if (fresh && !existsSync(file)) {
      histogram.reset();
      waitingMax = waitingSum = totalMax = samples = 0;
    }
    const ms = (ns) => Number((ns / 1e6).toFixed(1));
    appendFileSync(
      file,
      `${JSON.stringify({
        loopP50: ms(histogram.percentile(50)),
        loopP99: ms(histogram.percentile(99)),
        loopMax: ms(histogram.max),
        poolWaitingMax: waitingMax,
        poolWaitingMean: Number((waitingSum / Math.max(1, samples)).toFixed(2)),
        poolTotalMax: totalMax,
      })}\n`,
    );
    fresh = true;
  }, 500).unref();
}
