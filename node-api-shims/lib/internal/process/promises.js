'use strict';
// Unhandled promise rejections, as Node tracks them.
//
// The engine reports each rejection without a handler ("reject") and each
// handler attached to an already rejected promise ("handle") as it happens
// (promiseRejectHandler). At the end of every microtask checkpoint the
// loop calls processPromiseRejections: promises still unhandled then get
// the --unhandled-rejections treatment (default "throw": an
// 'unhandledRejection' listener, else an uncaught exception), and promises
// handled after being reported emit 'rejectionHandled'.

const options = internalBinding('options');
const asyncContext = require('internal/async_context');

const kReject = 0;
const kHandle = 1;

// promise -> { reason, warned }
const maybeUnhandled = new WeakMap();
// promises rejected without a handler, in order, awaiting the checkpoint
const pending = [];
// { promise, warning } for promises handled after their rejection was reported
const handledLater = [];
let lastId = 0;

function mode() {
  return options.unhandledRejections || 'throw';
}

function promiseRejectHandler(type, promise, reason) {
  if (type === kReject) {
    // The async context of the rejection: 'unhandledRejection' handlers
    // run in it (AsyncLocalStorage), as in node.
    const frame = asyncContext.capture();
    maybeUnhandled.set(promise, { reason, uid: ++lastId, warned: false, frame });
    pending.push(promise);
  } else if (type === kHandle) {
    const info = maybeUnhandled.get(promise);
    if (info !== undefined) {
      maybeUnhandled.delete(promise);
      if (info.warned) {
        const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
        warning.name = 'PromiseRejectionHandledWarning';
        warning.id = info.uid;
        handledLater.push({ promise, warning });
      }
    }
  }
}

function emitWarning(reason, uid) {
  const w = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  w.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (reason instanceof Error) {
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(require('internal/util/inspect').inspect(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {}
  process.emitWarning(w);
}

function unhandledRejectionError(reason) {
  const { UnhandledPromiseRejection } = require('internal/errors');
  return new UnhandledPromiseRejection(reason);
}

// Returns true if it may have queued ticks or microtasks.
function processPromiseRejections() {
  let maybeScheduled = false;
  while (handledLater.length > 0) {
    const { promise, warning } = handledLater.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
    maybeScheduled = true;
  }
  while (pending.length > 0) {
    const promise = pending.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason, uid } = info;
    maybeScheduled = true;
    if (asyncContext.state.active) asyncContext.swapAsyncFrame(info.frame);
    switch (mode()) {
      case 'strict': {
        const err = reason instanceof Error ? reason : unhandledRejectionError(reason);
        triggerUncaught(err, true);
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) emitWarning(reason, uid);
        break;
      }
      case 'warn':
        process.emit('unhandledRejection', reason, promise);
        emitWarning(reason, uid);
        break;
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn-with-error-code':
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitWarning(reason, uid);
          process.exitCode = 1;
        }
        break;
      case 'throw':
      default:
        if (!process.emit('unhandledRejection', reason, promise)) {
          const err = reason instanceof Error ? reason : unhandledRejectionError(reason);
          triggerUncaught(err, true);
        }
        break;
    }
  }
  if (asyncContext.state.active) asyncContext.swapAsyncFrame(undefined);
  return maybeScheduled || pending.length > 0;
}

function triggerUncaught(err, fromPromise) {
  require('internal/process/execution').onUncaught(err, undefined, fromPromise);
}

module.exports = { promiseRejectHandler, processPromiseRejections };
