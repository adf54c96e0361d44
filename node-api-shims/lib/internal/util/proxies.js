'use strict';
// Which objects are Proxies, and of what? util.inspect needs to know (it
// shows a proxy's target, or `<Revoked Proxy>`), but the engine does not
// expose a Proxy's internal slots. So, before any user code runs, the
// global `Proxy` is replaced by a transparent proxy of itself whose
// `construct` trap (and wrapped `Proxy.revocable`) records each proxy's
// [target, handler]. `Proxy.name`, `length`, the lack of a `prototype`
// and the TypeError when called without `new` are all the original's.

const details = new WeakMap();

function install() {
  const OriginalProxy = globalThis.Proxy;
  const originalRevocable = OriginalProxy.revocable;
  function revocable(target, handler) {
    const result = originalRevocable(target, handler);
    const { proxy, revoke } = result;
    details.set(proxy, [target, handler]);
    result.revoke = function revoke_() {
      details.set(proxy, null);
      return revoke();
    };
    Object.defineProperty(result.revoke, 'name', { value: '' });
    return result;
  }
  Object.defineProperty(revocable, 'name', { value: 'revocable' });
  const TrackedProxy = new OriginalProxy(OriginalProxy, {
    construct(target, args, newTarget) {
      const proxy = Reflect.construct(target, args, newTarget);
      details.set(proxy, [args[0], args[1]]);
      return proxy;
    },
    get(target, key, receiver) {
      if (key === 'revocable') return revocable;
      return Reflect.get(target, key, receiver);
    },
  });
  Object.defineProperty(globalThis, 'Proxy', {
    value: TrackedProxy, writable: true, configurable: true, enumerable: false,
  });
}

// undefined if `value` is not a proxy; null if revoked; else [target, handler].
function getProxyDetails(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  return details.get(value);
}

module.exports = { install, getProxyDetails };
