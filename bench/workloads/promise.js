// A chain of 1e6 promise reactions.
let p = Promise.resolve(0);
for (let i = 0; i < 1e6; i++) p = p.then((v) => v + 1);
