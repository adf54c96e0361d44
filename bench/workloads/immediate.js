// 1e6 chained setImmediate.
let n = 0;
function next() { if (++n < 1e6) setImmediate(next); }
setImmediate(next);
