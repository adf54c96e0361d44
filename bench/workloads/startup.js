// Startup: the cost of a hello-world.
console.log('hello');
