'use strict';
// `require('util/types')`: the same object as `util.types`.
module.exports = require('internal/util/types');
