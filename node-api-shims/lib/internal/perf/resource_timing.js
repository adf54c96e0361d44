'use strict';
// `PerformanceResourceTiming`: 'resource' entries, which a fetch
// implementation reports through performance.markResourceTiming() with
// the fetch's timing info (https://w3c.github.io/resource-timing/). The
// getters read that timing info as the spec maps it.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INTERNAL_ASSERTION },
  validateInternalField,
} = require('internal/errors');
const { PerformanceEntry, kSkipThrow } = require('internal/perf/performance_entry');
const { enqueue, bufferResourceTiming } = require('internal/perf/observe');
const { kEnumerableProperty } = require('internal/perf/utils');

const kCacheMode = Symbol('kCacheMode');
const kRequestedUrl = Symbol('kRequestedUrl');
const kTimingInfo = Symbol('kTimingInfo');
const kInitiatorType = Symbol('kInitiatorType');

function timing(self) {
  validateInternalField(self, kTimingInfo, 'PerformanceResourceTiming');
  return self[kTimingInfo];
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrowSymbol, name, type);
  }

  get name() {
    validateInternalField(this, kRequestedUrl, 'PerformanceResourceTiming');
    return this[kRequestedUrl];
  }

  get startTime() { return timing(this).startTime; }

  get duration() {
    const info = timing(this);
    return info.endTime - info.startTime;
  }

  get initiatorType() {
    validateInternalField(this, kInitiatorType, 'PerformanceResourceTiming');
    return this[kInitiatorType];
  }

  get workerStart() { return timing(this).finalServiceWorkerStartTime; }

  get redirectStart() { return timing(this).redirectStartTime; }

  get redirectEnd() { return timing(this).redirectEndTime; }

  get fetchStart() { return timing(this).postRedirectStartTime; }

  get domainLookupStart() { return timing(this).finalConnectionTimingInfo?.domainLookupStartTime; }

  get domainLookupEnd() { return timing(this).finalConnectionTimingInfo?.domainLookupEndTime; }

  get connectStart() { return timing(this).finalConnectionTimingInfo?.connectionStartTime; }

  get connectEnd() { return timing(this).finalConnectionTimingInfo?.connectionEndTime; }

  get secureConnectionStart() { return timing(this).finalConnectionTimingInfo?.secureConnectionStartTime; }

  get nextHopProtocol() { return timing(this).finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }

  get requestStart() { return timing(this).finalNetworkRequestStartTime; }

  get responseStart() { return timing(this).finalNetworkResponseStartTime; }

  get responseEnd() { return timing(this).endTime; }

  get encodedBodySize() { return timing(this).encodedBodySize; }

  get decodedBodySize() { return timing(this).decodedBodySize; }

  // A response from the cache transferred nothing; a revalidated one, its
  // headers (counted as 300 bytes, as the spec suggests).
  get transferSize() {
    const info = timing(this);
    if (this[kCacheMode] === 'local') return 0;
    if (this[kCacheMode] === 'validated') return 300;
    return info.encodedBodySize + 300;
  }

  toJSON() {
    validateInternalField(this, kInitiatorType, 'PerformanceResourceTiming');
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this[kInitiatorType],
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}

const publicMembers = {};
for (const key of ['initiatorType', 'nextHopProtocol', 'workerStart', 'redirectStart', 'redirectEnd', 'fetchStart',
  'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd', 'secureConnectionStart', 'requestStart',
  'responseStart', 'responseEnd', 'transferSize', 'encodedBodySize', 'decodedBodySize', 'toJSON']) {
  publicMembers[key] = kEnumerableProperty;
}
publicMembers[Symbol.toStringTag] = { __proto__: null, configurable: true, value: 'PerformanceResourceTiming' };
Object.defineProperties(PerformanceResourceTiming.prototype, publicMembers);

// https://w3c.github.io/resource-timing/#dfn-mark-resource-timing
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    throw new ERR_INTERNAL_ASSERTION('cache must be an empty string or \'local\'');
  }
  const resource = new PerformanceResourceTiming(kSkipThrow, requestedUrl, 'resource');
  resource[kInitiatorType] = initiatorType;
  resource[kRequestedUrl] = requestedUrl;
  // The timing info is the fetch's own, trusted as it is.
  resource[kTimingInfo] = timingInfo;
  resource[kCacheMode] = cacheMode;
  enqueue(resource);
  bufferResourceTiming(resource);
  return resource;
}

module.exports = {
  PerformanceResourceTiming,
  markResourceTiming,
};
