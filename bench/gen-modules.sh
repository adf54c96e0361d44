#!/usr/bin/env bash
# Generates the module trees the `modules-*` workloads load: 500 small
# CommonJS modules and the same 500 as ES modules, each requiring (or
# importing) a shared helper, under target/bench-modules/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench-modules
rm -rf "$out"
mkdir -p "$out/cjs/lib" "$out/esm/lib"
echo "exports.scale = (x) => x * 2;" > "$out/cjs/lib/helper.js"
echo "export const scale = (x) => x * 2;" > "$out/esm/lib/helper.mjs"
cjs_index="let sum = 0;"
esm_imports=""
esm_body="let sum = 0;"
for i in $(seq 0 499); do
  cat > "$out/cjs/lib/m$i.js" <<JS
const { scale } = require('./helper.js');
function value(n) { return scale(n) + $i; }
module.exports = { id: $i, value, name: 'module $i' };
JS
  cat > "$out/esm/lib/m$i.mjs" <<JS
import { scale } from './helper.mjs';
export function value(n) { return scale(n) + $i; }
export const id = $i;
export default { id: $i, value, name: 'module $i' };
JS
  cjs_index+=$'\n'"sum += require('./lib/m$i.js').value(1);"
  esm_imports+=$'\n'"import { value as v$i } from './lib/m$i.mjs';"
  esm_body+=$'\n'"sum += v$i(1);"
done
printf '%s\nconsole.log(sum);\n' "$cjs_index" > "$out/cjs/index.js"
printf '%s\n%s\nconsole.log(sum);\n' "$esm_imports" "$esm_body" > "$out/esm/index.mjs"
