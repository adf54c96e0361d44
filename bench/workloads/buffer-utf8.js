// Round trips of 16 MiB of UTF-8 text (with multi-byte characters).
const data = Buffer.alloc(16 * 1024 * 1024, 'runnel bench — é ü ✓ ');
for (let i = 0; i < 3; i++) {
  const text = data.toString('utf8');
  if (Buffer.byteLength(Buffer.from(text, 'utf8').toString()) !== Buffer.byteLength(text)) throw new Error('mismatch');
}
