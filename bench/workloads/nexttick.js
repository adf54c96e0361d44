// 1e6 process.nextTick.
let n = 0;
function next() { if (++n < 1e6) process.nextTick(next); }
process.nextTick(next);
