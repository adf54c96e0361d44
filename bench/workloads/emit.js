// 1e6 EventEmitter#emit.
const EventEmitter = require('events');
const e = new EventEmitter();
let n = 0;
e.on('x', () => { n++; });
for (let i = 0; i < 1e6; i++) e.emit('x', i);
