'use strict';
// internal/events/symbols: option keys that node's own modules pass to
// events helpers and that scripts cannot reach. kFirstEventParam asks
// events.on() to yield each event's first argument instead of the array
// of all of them (readline's async iterator yields lines, not [line]).

const kFirstEventParam = Symbol('nodejs.kFirstEventParam');

module.exports = { kFirstEventParam };
