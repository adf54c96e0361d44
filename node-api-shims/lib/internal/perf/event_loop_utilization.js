'use strict';
// `performance.eventLoopUtilization([u1[, u2]])`: how much of its time the
// event loop spent running callbacks (active) rather than blocked in poll
// waiting for work (idle, measured by the loop itself around the wait),
// since the loop started — or between two earlier readings. All zeros
// before the loop starts, i.e. while the main script runs.

const { getMilestoneHrtime } = require('internal/perf/utils');

const { loopIdleTime } = internalBinding('performance');

function eventLoopUtilization(util1, util2) {
  return internalEventLoopUtilization(getMilestoneHrtime('loopStart'), loopIdleTime(), util1, util2);
}

function internalEventLoopUtilization(loopStart, idleTime, util1, util2) {
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };

  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }

  // Both the loop's start and process.hrtime() count on the same clock.
  const now = process.hrtime();
  const active = now[0] * 1e3 + now[1] / 1e6 - loopStart - idleTime;
  if (!util1) return { idle: idleTime, active, utilization: active / (idleTime + active) };

  const idleDelta = idleTime - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

module.exports = {
  eventLoopUtilization,
  internalEventLoopUtilization,
};
