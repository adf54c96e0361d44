// TextDecoder over 16 MiB of UTF-8 with multi-byte characters, 3 times.
const bytes = Buffer.alloc(16 * 1024 * 1024, 'runnel bench — é ü ✓ ');
const decoder = new TextDecoder();
let total = 0;
for (let i = 0; i < 3; i++) total += decoder.decode(bytes).length;
if (total === 0) throw new Error('nothing decoded');
