// require() of 500 small CommonJS modules (bench/gen-modules.sh makes them).
require('../../target/bench-modules/cjs/index.js');
