// 1e5 setTimeout(0).
let n = 0;
for (let i = 0; i < 1e5; i++) setTimeout(() => { n++; }, 0);
