'use strict';
// `require('path/posix')`: the POSIX flavour of `path` (the same object as
// `require('path').posix`).

module.exports = require('path').posix;
