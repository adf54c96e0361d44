// import of the same 500 modules as ES modules (bench/gen-modules.sh).
import '../../target/bench-modules/esm/index.mjs';
