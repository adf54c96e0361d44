'use strict';
// `require('path/win32')`: the Windows flavour of `path` (the same object as
// `require('path').win32`).

module.exports = require('path').win32;
