// Round trips of 16 MiB through hex.
const data = Buffer.alloc(16 * 1024 * 1024, 'runnel bench ');
for (let i = 0; i < 3; i++) {
  const text = data.toString('hex');
  if (Buffer.from(text, 'hex').length !== data.length) throw new Error('mismatch');
}
