// Buffer.concat of 100k small buffers, 50 times.
const parts = [];
for (let i = 0; i < 100000; i++) parts.push(Buffer.alloc(8, i & 255));
let total = 0;
for (let i = 0; i < 50; i++) total += Buffer.concat(parts).length;
if (total !== 50 * 800000) throw new Error('mismatch');
