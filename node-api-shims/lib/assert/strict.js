'use strict';
// `require('assert/strict')`: the assert module's strict variant, the same
// object as `require('assert').strict`.

module.exports = require('assert').strict;
