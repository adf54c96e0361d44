// The smallest runnel program: `cargo run --release -- examples/hello.js`
console.log('hello from runnel');
setTimeout(() => console.log('...and from a timer'), 10);
