// Buffer.concat of 100k small buffers, 10 times.
const parts = [];
for (let i = 0; i < 100000; i++) parts.push(Buffer.from([i & 255, (i >> 8) & 255, 1, 2, 3, 4, 5, 6]));
let total = 0;
for (let i = 0; i < 10; i++) total += Buffer.concat(parts).length;
if (total !== 10 * 800000) throw new Error('mismatch');
