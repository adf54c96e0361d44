'use strict';
// The `console` module is the global console object.

module.exports = require('internal/console/global');
