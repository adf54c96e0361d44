//! `internalBinding('util')`: facts about values that only the engine
//! knows — internal slots (is this a Map? a Promise, and in what state?) —
//! for `util.inspect` and `util.types`, plus the source lines of loaded
//! modules for fatal-error reports, and the accessors of the globals
//! loaded on first use (`defineLazyGlobal`).

use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::{
    JsArrayBuffer, JsDataView, JsDate, JsGenerator, JsMap, JsMapIterator, JsPromise, JsRegExp, JsSet,
    JsSetIterator, JsSharedArrayBuffer, JsTypedArray, JsWeakMap, JsWeakSet,
};
use boa_engine::object::builtins::JsArray;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{Context, JsBigInt, JsObject, JsResult, JsString, JsSymbol, JsValue};
use boa_gc::{Finalize, Gc, GcRefCell, Trace};
use engine_glue::native::{arg, arg_function, arg_number, arg_string, binding_object, closure_function};

use crate::bootstrap::Host;

fn obj(args: &[JsValue]) -> Option<JsObject> {
    arg(args, 0).as_object()
}

macro_rules! slot_check {
    ($name:ident, $ty:ty) => {
        fn $name(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
            Ok(obj(args).is_some_and(|o| <$ty>::from_object(o).is_ok()).into())
        }
    };
}

slot_check!(is_map, JsMap);
slot_check!(is_set, JsSet);
slot_check!(is_weak_map, JsWeakMap);
slot_check!(is_weak_set, JsWeakSet);
slot_check!(is_date, JsDate);
slot_check!(is_regexp, JsRegExp);
slot_check!(is_promise, JsPromise);
slot_check!(is_typed_array, JsTypedArray);
slot_check!(is_array_buffer, JsArrayBuffer);
slot_check!(is_shared_array_buffer, JsSharedArrayBuffer);
slot_check!(is_data_view, JsDataView);
slot_check!(is_map_iterator, JsMapIterator);
slot_check!(is_set_iterator, JsSetIterator);
slot_check!(is_generator_object, JsGenerator);

fn is_native_error(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(obj(args).is_some_and(|o| o.is::<boa_engine::builtins::error::Error>()).into())
}

fn is_module_namespace_object(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(obj(args).is_some_and(|o| o.is::<boa_engine::module::ModuleNamespace>()).into())
}

/// Number, String, Boolean, Symbol and BigInt wrapper objects.
fn is_boxed_primitive(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(obj(args)
        .is_some_and(|o| o.is::<f64>() || o.is::<JsString>() || o.is::<bool>() || o.is::<JsSymbol>() || o.is::<JsBigInt>())
        .into())
}

/// `boxedKind(v)`: "Number" | "String" | "Boolean" | "Symbol" | "BigInt" | undefined.
fn boxed_kind(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(o) = obj(args) else { return Ok(JsValue::undefined()) };
    let kind = if o.is::<f64>() {
        "Number"
    } else if o.is::<JsString>() {
        "String"
    } else if o.is::<bool>() {
        "Boolean"
    } else if o.is::<JsSymbol>() {
        "Symbol"
    } else if o.is::<JsBigInt>() {
        "BigInt"
    } else {
        return Ok(JsValue::undefined());
    };
    Ok(JsString::from(kind).into())
}

fn proto_is(args: &[JsValue], ctx: &mut Context, pick: fn(&Context) -> JsObject) -> JsResult<JsValue> {
    let Some(o) = obj(args) else { return Ok(false.into()) };
    if !o.is_callable() {
        return Ok(false.into());
    }
    let proto = o.prototype();
    let want = pick(ctx);
    Ok(proto.is_some_and(|p| JsObject::equals(&p, &want)).into())
}

fn is_async_function(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let plain = proto_is(args, ctx, |c| c.intrinsics().constructors().async_function().prototype())?;
    if plain.to_boolean() {
        return Ok(plain);
    }
    proto_is(args, ctx, |c| c.intrinsics().constructors().async_generator_function().prototype())
}

fn is_generator_function(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let plain = proto_is(args, ctx, |c| c.intrinsics().constructors().generator_function().prototype())?;
    if plain.to_boolean() {
        return Ok(plain);
    }
    proto_is(args, ctx, |c| c.intrinsics().constructors().async_generator_function().prototype())
}

/// `isClassConstructor(f)`: was `f` defined with `class`? Boa keeps no
/// source text for classes, but its own value display knows the slot.
fn is_class_constructor(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let v = arg(args, 0);
    Ok((v.is_callable() && v.display().to_string().starts_with("[class ")).into())
}

/// `getPromiseState(p)` → `[state, value]`: 0 pending, 1 fulfilled, 2 rejected.
fn get_promise_state(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(p) = obj(args).and_then(|o| JsPromise::from_object(o).ok()) else {
        return Ok(JsValue::undefined());
    };
    let (state, value) = match p.state() {
        PromiseState::Pending => (0, JsValue::undefined()),
        PromiseState::Fulfilled(v) => (1, v),
        PromiseState::Rejected(v) => (2, v),
    };
    Ok(JsArray::from_iter([JsValue::from(state), value], ctx).into())
}

/// `previewEntries(value[, isIterator])`, as V8 gives it to node: the
/// contents of a Map, Set, WeakMap or WeakSet, or what a Map or Set iterator
/// has left (without advancing it). Keys and values come interleaved
/// (`[k1, v1, k2, v2]`) for a Map, a WeakMap and an entries iterator. Called
/// with one argument it returns that array; with more, `[entries,
/// isKeyValue]`. Anything else gives `undefined`. A weak collection lists
/// only the entries whose key is still alive, in the engine's table order.
fn preview_entries(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(o) = obj(args) else { return Ok(JsValue::undefined()) };
    let (entries, is_key_value) = if let Ok(it) = JsMapIterator::from_object(o.clone()) {
        it.preview()
    } else if let Ok(it) = JsSetIterator::from_object(o.clone()) {
        it.preview()
    } else if let Ok(map) = JsWeakMap::from_object(o.clone()) {
        let pairs = map.live_entries().into_iter();
        (pairs.flat_map(|(key, value)| [key.into(), value]).collect(), true)
    } else if let Ok(set) = JsWeakSet::from_object(o.clone()) {
        (set.live_values().into_iter().map(JsValue::from).collect(), false)
    } else if let Ok(map) = JsMap::from_object(o.clone()) {
        let mut out = Vec::new();
        map.for_each_native(|key, value| {
            out.extend([key, value]);
            Ok(())
        })?;
        (out, true)
    } else if let Ok(set) = JsSet::from_object(o) {
        let mut out = Vec::new();
        set.for_each_native(|value| {
            out.push(value);
            Ok(())
        })?;
        (out, false)
    } else {
        return Ok(JsValue::undefined());
    };
    let entries = JsArray::from_iter(entries, ctx);
    if args.len() == 1 {
        return Ok(entries.into());
    }
    Ok(JsArray::from_iter([entries.into(), JsValue::from(is_key_value)], ctx).into())
}

/// `getSourceLine(filename, line)` → the 1-based line of a loaded module's
/// source (or of a builtin's, for `node:<id>`), or `undefined`.
fn get_source_line(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let file = arg_string(args, 0, ctx)?;
    let line = arg_number(args, 1, ctx)?;
    if !(line >= 1.0) {
        return Ok(JsValue::undefined());
    }
    let nth = |src: &str| {
        src.lines()
            .nth(line as usize - 1)
            .map(|l| JsValue::from(JsString::from(l)))
            .unwrap_or_default()
    };
    if let Some(src) = host.sources.borrow().get(&file) {
        return Ok(nth(src));
    }
    // Builtins are compiled with their own line numbers (the module
    // wrapper shares the first line).
    match file.strip_prefix("node:").and_then(crate::builtins::source) {
        Some(src) => Ok(nth(src)),
        None => Ok(JsValue::undefined()),
    }
}

/// `getOwnNonIndexKeys(obj)` → the object's own keys (strings, then
/// symbols) that are not array indices, in order: the named properties of
/// an array or typed array without listing (and naming) every element,
/// for deep equality. A Proxy's `ownKeys` trap runs, as it would in V8.
fn get_own_non_index_keys(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let keys = match obj(args) {
        Some(o) => o.own_property_keys(ctx)?,
        None => Vec::new(),
    };
    let named = keys.into_iter().filter_map(|key| match key {
        PropertyKey::Index(_) => None,
        PropertyKey::String(s) => Some(JsValue::from(s)),
        PropertyKey::Symbol(s) => Some(JsValue::from(s)),
    });
    Ok(JsArray::from_iter(named, ctx).into())
}

/// `setErrorBuilder(makeNodeError)`: lets Rust throw Node errors through
/// the one table in `internal/errors`.
fn set_error_builder(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    *host.error_builder.borrow_mut() = Some(arg_function(args, 0, "makeNodeError")?);
    Ok(JsValue::undefined())
}

/// `callWithCleanup(fn, cleanup, arg)`: calls `fn(arg)`; if it throws,
/// calls `cleanup(arg)` and lets the *same* exception continue. Catching it in
/// JavaScript and rethrowing (or a `finally`) would make the rethrow its
/// origin, and the fatal-error report would point there instead of at the
/// `throw`. Used where builtins must clean up after user code.
fn call_with_cleanup(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let f = engine_glue::native::arg_function(args, 0, "fn")?;
    let cleanup = engine_glue::native::arg_function(args, 1, "cleanup")?;
    let value = arg(args, 2);
    match f.call(&JsValue::undefined(), std::slice::from_ref(&value), ctx) {
        Ok(v) => Ok(v),
        Err(err) => {
            cleanup.call(&JsValue::undefined(), &[value], ctx)?;
            Err(err)
        }
    }
}

/// `preserveRegExpStatics(fn)` → `fn()`, with `RegExp.$1` and the other
/// legacy statics as they were before it ran (runnel's own JavaScript,
/// loading a builtin lazily, must not change what a script reads there:
/// node's builtins are loaded before the script starts).
fn preserve_regexp_statics(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let f = arg_function(args, 0, "fn")?;
    let realm = ctx.realm().clone();
    let saved = realm.regexp_legacy_statics();
    let result = f.call(&JsValue::undefined(), &[], ctx);
    realm.set_regexp_legacy_statics(saved);
    result
}

/// The state a lazy global's getter and setter share: the loader until the
/// first read, then the value (or whatever was assigned).
#[derive(Trace, Finalize)]
struct LazyGlobal {
    load: GcRefCell<Option<JsObject>>,
    value: GcRefCell<JsValue>,
}

/// `defineLazyGlobal(name, load, enumerable, getterName, setterName)`:
/// defines `globalThis[name]` as
/// an accessor (configurable, like node's) whose getter returns `load()`,
/// run on first read (through `preserveRegExpStatics`, see above), and whose
/// setter replaces the value. Getter and setter are native: reading a
/// global such as `Buffer` in a hot loop then costs a native call, not a
/// JavaScript one. Lengths 0 and 1, names as given, as node's are.
/// The accessor stays an accessor after loading: Boa caches global lookups
/// by shape and would keep calling a getter that had been redefined away.
fn define_lazy_global(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_property_key(ctx)?;
    let load = arg_function(args, 1, "load")?;
    let enumerable = arg(args, 2).to_boolean();
    let state = Gc::new(LazyGlobal { load: GcRefCell::new(Some(load)), value: GcRefCell::new(JsValue::undefined()) });
    let getter_name = arg(args, 3).to_string(ctx)?;
    let setter_name = arg(args, 4).to_string(ctx)?;
    let getter = closure_function(ctx, lazy_global_get, state.clone(), getter_name, 0);
    let setter = closure_function(ctx, lazy_global_set, state, setter_name, 1);
    let descriptor = PropertyDescriptor::builder()
        .get(getter)
        .set(setter)
        .enumerable(enumerable)
        .configurable(true);
    ctx.global_object().define_property_or_throw(name, descriptor, ctx)?;
    Ok(JsValue::undefined())
}

fn lazy_global_get(_: &JsValue, _: &[JsValue], state: &Gc<LazyGlobal>, ctx: &mut Context) -> JsResult<JsValue> {
    // (The loader is not taken out before it has succeeded: one that
    // throws runs again on the next read. The borrow is not held across
    // the call, which may read this global itself.)
    let load = state.load.borrow().clone();
    if let Some(load) = load {
        let value = preserve_regexp_statics(&JsValue::undefined(), &[load.into()], ctx)?;
        *state.value.borrow_mut() = value;
        *state.load.borrow_mut() = None;
    }
    Ok(state.value.borrow().clone())
}

fn lazy_global_set(_: &JsValue, args: &[JsValue], state: &Gc<LazyGlobal>, _: &mut Context) -> JsResult<JsValue> {
    *state.value.borrow_mut() = arg(args, 0);
    *state.load.borrow_mut() = None;
    Ok(JsValue::undefined())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("isMap", is_map, 1),
            ("preserveRegExpStatics", preserve_regexp_statics, 1),
            ("defineLazyGlobal", define_lazy_global, 5),
            ("isSet", is_set, 1),
            ("isWeakMap", is_weak_map, 1),
            ("isWeakSet", is_weak_set, 1),
            ("isDate", is_date, 1),
            ("isRegExp", is_regexp, 1),
            ("isPromise", is_promise, 1),
            ("isTypedArray", is_typed_array, 1),
            ("isArrayBuffer", is_array_buffer, 1),
            ("isSharedArrayBuffer", is_shared_array_buffer, 1),
            ("isDataView", is_data_view, 1),
            ("isMapIterator", is_map_iterator, 1),
            ("isSetIterator", is_set_iterator, 1),
            ("isGeneratorObject", is_generator_object, 1),
            ("isNativeError", is_native_error, 1),
            ("isBoxedPrimitive", is_boxed_primitive, 1),
            ("isModuleNamespaceObject", is_module_namespace_object, 1),
            ("boxedKind", boxed_kind, 1),
            ("isAsyncFunction", is_async_function, 1),
            ("isGeneratorFunction", is_generator_function, 1),
            ("isClassConstructor", is_class_constructor, 1),
            ("getPromiseState", get_promise_state, 1),
            ("previewEntries", preview_entries, 1),
            ("getSourceLine", get_source_line, 2),
            ("getOwnNonIndexKeys", get_own_non_index_keys, 1),
            ("setErrorBuilder", set_error_builder, 1),
            ("callWithCleanup", call_with_cleanup, 3),
        ],
    ))
}
