'use strict';
// The files loaded as ES modules. Error reports name them by file: URL
// (as Node does) and take their columns as they are (no CommonJS wrapper
// shifts a module's first line).

const files = new Set();

function addModuleFile(filename) {
  files.add(filename);
}

function isLoadedAsModule(filename) {
  return files.has(filename);
}

// How an error report names `filename`.
function displayName(filename) {
  if (!files.has(filename)) return filename;
  return require('internal/url').pathToFileURL(filename).href;
}

module.exports = { addModuleFile, isLoadedAsModule, displayName };
