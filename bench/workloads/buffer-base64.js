// Round trips of 16 MiB through base64: Buffer.from(str, 'base64') and toString('base64').
const data = Buffer.alloc(16 * 1024 * 1024, 'runnel bench ');
for (let i = 0; i < 3; i++) {
  const text = data.toString('base64');
  if (Buffer.from(text, 'base64').length !== data.length) throw new Error('mismatch');
}
