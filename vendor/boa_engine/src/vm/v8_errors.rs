//! runnel patch: V8's wording for the errors programs hit most often.
//!
//! Node programs print these messages and tests match them, so a property
//! read of `undefined`, a call of something that is not a function, a
//! `for-of` over a non-iterable and so on throw what V8 throws:
//! "Cannot read properties of undefined (reading 'x')", "o.f is not a
//! function", "x is not iterable".
//!
//! V8 names the expression that failed ("o.f", "g(...)") by re-parsing the
//! function and printing the AST node at the error position (its
//! `CallPrinter`). Boa has no AST at run time, so the bytecompiler renders
//! that text the same way while it compiles (see
//! `bytecompiler/call_printer.rs`) and records it, with the instruction it
//! belongs to, in the code block's `error_sites`: a side table searched
//! only when the instruction throws, so successful calls pay nothing.

use crate::{
    Context, JsError, JsNativeError, JsObject, JsValue,
    builtins::{error::Error, function::BuiltInFunctionObject},
    js_string,
    object::{JsPrototype, internal_methods::InternalMethodPropertyContext},
    property::PropertyKey,
    symbol::JsSymbol,
    value::JsVariant,
};

/// What an instruction that may throw knows about its source, for the
/// message. Recorded by the bytecompiler, keyed by the address just after
/// the instruction (the frame's `pc` while it runs).
#[derive(Debug, Clone)]
pub(crate) enum ErrorSite {
    /// A call or `new`: the callee, rendered as V8's `CallPrinter` does.
    Callee(Box<str>),
    /// The iterable of a `for-of`, an array spread or an array pattern.
    Iterable(Box<str>),
    /// The iterable of a `for-of` is a call (`for (x of f())`): the callee.
    IterableCall(Box<str>),
    /// The iterable of an array pattern V8 does not name: described by its value.
    UnnamedIterable,
    /// A spread argument of a call (`f(...x)`).
    SpreadArgument(Box<str>),
    /// An object pattern: its first property's name (if a literal) and the
    /// destructured expression (if V8 names it).
    Destructure {
        property: Option<Box<str>>,
        source: Option<Box<str>>,
    },
    /// An object pattern nested in another: V8 reports a property read.
    NestedDestructure { property: Option<Box<str>> },
}

impl Context {
    /// The error site recorded for the instruction running in the current frame.
    #[cold]
    pub(crate) fn error_site(&self) -> Option<ErrorSite> {
        let frame = self.vm.frame();
        let pc = frame.pc;
        frame
            .code_block()
            .error_sites
            .iter()
            .find(|(at, _)| *at == pc)
            .map(|(_, site)| site.clone())
    }
}

/// A data property's value, looked up along the prototype chain without
/// running getters or proxy traps (V8's `GetDataProperty`).
fn get_data_property(object: &JsObject, key: &PropertyKey, context: &mut Context) -> Option<JsValue> {
    let mut current = object.clone();
    for _ in 0..10_000 {
        if current.is::<crate::builtins::proxy::Proxy>() {
            return None;
        }
        let own = current
            .__get_own_property__(key, &mut InternalMethodPropertyContext::new(context))
            .ok()?;
        if let Some(desc) = own {
            return desc.value().cloned();
        }
        let prototype: JsPrototype = current.__get_prototype_of__(context).ok()?;
        current = prototype?;
    }
    None
}

fn primitive_to_string(value: &JsValue) -> Option<String> {
    Some(match value.variant() {
        JsVariant::Undefined => "undefined".into(),
        JsVariant::Null => "null".into(),
        JsVariant::Boolean(b) => b.to_string(),
        JsVariant::Integer32(i) => i.to_string(),
        JsVariant::Float64(f) => {
            crate::JsString::from(f).to_std_string_escaped()
        }
        JsVariant::String(s) => s.to_std_string_escaped(),
        JsVariant::Symbol(s) => s.descriptive_string().to_std_string_escaped(),
        JsVariant::BigInt(b) => b.to_string(),
        JsVariant::Object(_) => return None,
    })
}

/// V8's `NoSideEffectsToMaybeString`: how V8 names a value in a message
/// without running any of its code. `None` for objects it cannot name so.
pub(crate) fn no_side_effects_to_maybe_string(
    value: &JsValue,
    context: &mut Context,
) -> Option<String> {
    let Some(object) = value.as_object() else {
        return primitive_to_string(value);
    };
    if object.is_callable() {
        let text = BuiltInFunctionObject::to_string(value, &[], context).ok()?;
        let text = text.as_string()?.to_std_string_escaped();
        if text.chars().count() > 128 {
            let head: String = text.chars().take(111).collect();
            let tail: Vec<char> = text.chars().rev().take(12).collect();
            let tail: String = tail.into_iter().rev().collect();
            return Some(format!("{head}...<omitted>...{tail}"));
        }
        return Some(text);
    }
    let to_string = get_data_property(&object, &js_string!("toString").into(), context);
    let error_to_string = context
        .intrinsics()
        .constructors()
        .error()
        .prototype()
        .get(js_string!("toString"), context)
        .ok();
    if object.is::<Error>() || (to_string.is_some() && to_string == error_to_string) {
        let name = get_data_property(&object, &js_string!("name").into(), context)
            .and_then(|v| primitive_to_string(&v))
            .unwrap_or_else(|| "Error".into());
        let message = get_data_property(&object, &js_string!("message").into(), context)
            .filter(|v| !v.is_undefined())
            .and_then(|v| primitive_to_string(&v))
            .unwrap_or_default();
        return Some(match (name.is_empty(), message.is_empty()) {
            (true, _) => message,
            (_, true) => name,
            _ => format!("{name}: {message}"),
        });
    }
    let object_to_string = context
        .intrinsics()
        .constructors()
        .object()
        .prototype()
        .get(js_string!("toString"), context)
        .ok();
    if to_string.is_some() && to_string == object_to_string {
        let constructor = get_data_property(&object, &js_string!("constructor").into(), context);
        if let Some(constructor) = constructor.as_ref().and_then(JsValue::as_object)
            && constructor.is_callable()
        {
            let name = get_data_property(&constructor, &js_string!("name").into(), context);
            if let Some(name) = name.as_ref().and_then(JsValue::as_string)
                && !name.is_empty()
            {
                return Some(format!("#<{}>", name.to_std_string_escaped()));
            }
        }
    }
    None
}

/// V8's `NoSideEffectsToString`: as above, falling back to `[object Tag]`.
pub(crate) fn no_side_effects_to_string(value: &JsValue, context: &mut Context) -> String {
    if let Some(text) = no_side_effects_to_maybe_string(value, context) {
        return text;
    }
    let Some(object) = value.as_object() else {
        return String::new();
    };
    let tag = get_data_property(&object, &JsSymbol::to_string_tag().into(), context)
        .and_then(|tag| tag.as_string().map(|s| s.to_std_string_escaped()));
    let tag = tag.unwrap_or_else(|| {
        if object.is_array() {
            "Array".into()
        } else if object.is::<Error>() {
            "Error".into()
        } else {
            "Object".into()
        }
    });
    format!("[object {tag}]")
}

/// V8's `BuildDefaultCallSite`: how a value is named when V8 cannot point
/// at its expression ("undefined", "object null", "number 5").
pub(crate) fn default_call_site(value: &JsValue) -> String {
    let type_of = value.type_of();
    match value.variant() {
        JsVariant::String(s) => {
            let s = s.to_std_string_escaped();
            if s.chars().count() <= 100 {
                format!("{type_of} \"{s}\"")
            } else {
                let head: String = s.chars().take(100).collect();
                format!("{type_of} \"{head}<...>\"")
            }
        }
        JsVariant::Null => format!("{type_of} null"),
        JsVariant::Boolean(b) => format!("{type_of} {b}"),
        JsVariant::Integer32(_) | JsVariant::Float64(_) => {
            format!("{type_of} {}", primitive_to_string(value).unwrap_or_default())
        }
        _ => type_of.to_string(),
    }
}

fn null_or_undefined(value: &JsValue) -> &'static str {
    if value.is_null() { "null" } else { "undefined" }
}

/// The text V8 uses for a property key in a message (strings as they are).
fn key_text(key: &JsValue, context: &mut Context) -> Option<String> {
    no_side_effects_to_maybe_string(key, context)
}

fn property_key_text(key: &PropertyKey) -> String {
    match key {
        PropertyKey::String(s) => s.to_std_string_escaped(),
        PropertyKey::Symbol(s) => s.descriptive_string().to_std_string_escaped(),
        PropertyKey::Index(i) => i.get().to_string(),
    }
}

/// "Cannot read properties of undefined (reading 'x')", for a read of
/// `key` from `base` (null or undefined).
#[cold]
pub(crate) fn property_read_error(base: &JsValue, key: &JsValue, context: &mut Context) -> JsError {
    if let Some(symbol) = key.as_symbol()
        && symbol == JsSymbol::iterator()
    {
        return not_iterable_default(base);
    }
    let base_name = null_or_undefined(base);
    let message = match key_text(key, context) {
        Some(key) => format!("Cannot read properties of {base_name} (reading '{key}')"),
        None => format!("Cannot read properties of {base_name}"),
    };
    JsNativeError::typ().with_message(message).into()
}

/// As [`property_read_error`], for a key already converted.
#[cold]
pub(crate) fn property_read_error_key(base: &JsValue, key: &PropertyKey) -> JsError {
    if let PropertyKey::Symbol(symbol) = key
        && *symbol == JsSymbol::iterator()
    {
        return not_iterable_default(base);
    }
    JsNativeError::typ()
        .with_message(format!(
            "Cannot read properties of {} (reading '{}')",
            null_or_undefined(base),
            property_key_text(key)
        ))
        .into()
}

/// "Cannot set properties of undefined (setting 'x')".
#[cold]
pub(crate) fn property_write_error(base: &JsValue, key: &JsValue, context: &mut Context) -> JsError {
    let base_name = null_or_undefined(base);
    let message = match key_text(key, context) {
        Some(key) => format!("Cannot set properties of {base_name} (setting '{key}')"),
        None => format!("Cannot set properties of {base_name}"),
    };
    JsNativeError::typ().with_message(message).into()
}

/// As [`property_write_error`], for a key already converted.
#[cold]
pub(crate) fn property_write_error_key(base: &JsValue, key: &PropertyKey) -> JsError {
    JsNativeError::typ()
        .with_message(format!(
            "Cannot set properties of {} (setting '{}')",
            null_or_undefined(base),
            property_key_text(key)
        ))
        .into()
}

/// Why a strict-mode assignment `base[key] = v` failed, in V8's words:
/// a read-only property, a getter without setter, a non-extensible object,
/// or a primitive base.
#[cold]
pub(crate) fn failed_assignment_error(
    base: &JsValue,
    key: &PropertyKey,
    context: &mut Context,
) -> JsError {
    let key_text = property_key_text(key);
    // Find the property the assignment met along the chain.
    let mut current = base.to_object(context).ok();
    let mut found = None;
    let mut depth = 0;
    while let Some(o) = current {
        depth += 1;
        if depth > 10_000 || o.is::<crate::builtins::proxy::Proxy>() {
            break;
        }
        if let Ok(Some(desc)) =
            o.__get_own_property__(key, &mut InternalMethodPropertyContext::new(context))
        {
            found = Some(desc);
            break;
        }
        current = o.__get_prototype_of__(context).ok().flatten();
    }
    let object_text = no_side_effects_to_string(base, context);
    let message = match found {
        Some(desc) if desc.is_accessor_descriptor() => {
            format!("Cannot set property {key_text} of {object_text} which has only a getter")
        }
        Some(desc) if desc.writable() == Some(false) => format!(
            "Cannot assign to read only property '{key_text}' of {} '{object_text}'",
            base.type_of()
        ),
        _ if !base.is_object() => format!(
            "Cannot create property '{key_text}' on {} '{object_text}'",
            base.type_of()
        ),
        _ => format!("Cannot add property {key_text}, object is not extensible"),
    };
    JsNativeError::typ().with_message(message).into()
}

/// "o.f is not a function": a call of a value that is not callable.
#[cold]
pub(crate) fn not_callable_error(callee: &JsValue, context: &mut Context) -> JsError {
    let text = match context.error_site() {
        Some(ErrorSite::Callee(text)) => text.into_string(),
        _ => default_call_site(callee),
    };
    JsNativeError::typ()
        .with_message(format!("{text} is not a function"))
        .into()
}

/// "x is not a constructor": `new` of a value that is not a constructor.
#[cold]
pub(crate) fn not_constructor_error(callee: &JsValue, context: &mut Context) -> JsError {
    let text = match context.error_site() {
        Some(ErrorSite::Callee(text)) => text.into_string(),
        _ => default_call_site(callee),
    };
    JsNativeError::typ()
        .with_message(format!("{text} is not a constructor"))
        .into()
}

/// "undefined is not iterable (cannot read property Symbol(Symbol.iterator))":
/// V8's message when it cannot name the iterable's expression.
#[cold]
pub(crate) fn not_iterable_default(value: &JsValue) -> JsError {
    JsNativeError::typ()
        .with_message(format!(
            "{} is not iterable (cannot read property Symbol(Symbol.iterator))",
            default_call_site(value)
        ))
        .into()
}

/// The error of a `GetIterator` instruction (`for-of`, spreads, array
/// patterns) whose value has no `Symbol.iterator` method.
#[cold]
pub(crate) fn not_iterable_error(value: &JsValue, is_async: bool, context: &mut Context) -> JsError {
    let message = match context.error_site() {
        Some(ErrorSite::Iterable(text)) if is_async => format!("{text} is not async iterable"),
        Some(ErrorSite::Iterable(text)) => format!("{text} is not iterable"),
        Some(ErrorSite::IterableCall(text)) if is_async => {
            format!("{text} is not a function or its return value is not async iterable")
        }
        Some(ErrorSite::IterableCall(text)) => {
            format!("{text} is not a function or its return value is not iterable")
        }
        Some(ErrorSite::SpreadArgument(text)) if value.is_null_or_undefined() => format!(
            "{text} is not iterable (cannot read property {})",
            null_or_undefined(value)
        ),
        Some(ErrorSite::SpreadArgument(_)) => {
            "Spread syntax requires ...iterable[Symbol.iterator] to be a function".into()
        }
        _ => return not_iterable_default(value),
    };
    JsNativeError::typ().with_message(message).into()
}

/// The error of destructuring `null` or `undefined` with an object pattern:
/// "Cannot destructure property 'a' of 'x' as it is undefined.", or, for a
/// pattern V8 treats as a property read, "Cannot read properties of ...".
#[cold]
pub(crate) fn destructure_error(value: &JsValue, context: &mut Context) -> JsError {
    let what = null_or_undefined(value);
    let message = match context.error_site() {
        Some(ErrorSite::Destructure { property, source }) => {
            let source = source.map_or_else(|| default_call_site(value), String::from);
            match property {
                Some(property) => format!(
                    "Cannot destructure property '{property}' of '{source}' as it is {what}."
                ),
                None => format!("Cannot destructure '{source}' as it is {what}."),
            }
        }
        Some(ErrorSite::NestedDestructure {
            property: Some(property),
        }) => format!("Cannot read properties of {what} (reading '{property}')"),
        Some(ErrorSite::Iterable(text)) => format!("{text} is not iterable"),
        Some(ErrorSite::UnnamedIterable) => return not_iterable_default(value),
        _ => {
            let source = default_call_site(value);
            format!("Cannot destructure '{source}' as it is {what}.")
        }
    };
    JsNativeError::typ().with_message(message).into()
}

/// A binding read that found nothing: "x is not defined" for a missing
/// global or `with` object property, "Cannot access 'x' before
/// initialization" for a declared binding still in its temporal dead zone.
#[cold]
pub(crate) fn binding_missing_error(
    locator: &boa_ast::scope::BindingLocator,
    context: &mut Context,
) -> JsError {
    use boa_ast::scope::BindingLocatorScope;
    let name = locator.name().to_std_string_escaped();
    let declared = match locator.scope() {
        BindingLocatorScope::GlobalObject => false,
        BindingLocatorScope::GlobalDeclarative => true,
        BindingLocatorScope::Stack(index) => matches!(
            context.environment_expect(index),
            crate::environments::Environment::Declarative(_)
        ),
    };
    if declared {
        JsNativeError::reference()
            .with_message(format!("Cannot access '{name}' before initialization"))
            .into()
    } else {
        JsNativeError::reference()
            .with_message(format!("{name} is not defined"))
            .into()
    }
}

/// A failed [[DefineOwnProperty]]: "Cannot redefine property: a", or
/// "Cannot define property a, object is not extensible".
#[cold]
pub(crate) fn define_property_error(
    object: &JsObject,
    key: &PropertyKey,
    context: &mut Context,
) -> JsError {
    let key_text = property_key_text(key);
    let exists = object
        .__get_own_property__(key, &mut InternalMethodPropertyContext::new(context))
        .ok()
        .flatten()
        .is_some();
    let message = if exists {
        format!("Cannot redefine property: {key_text}")
    } else {
        format!("Cannot define property {key_text}, object is not extensible")
    };
    JsNativeError::typ().with_message(message).into()
}

/// `super()` in a class whose parent is not a constructor: "Super
/// constructor null of anonymous class is not a constructor".
#[cold]
pub(crate) fn not_super_constructor(value: &JsValue, context: &mut Context) -> JsError {
    // `class A extends null` leaves %Function.prototype% as the parent
    // constructor; V8 names the heritage, `null`.
    let function_prototype: JsValue = context
        .intrinsics()
        .constructors()
        .function()
        .prototype()
        .into();
    let text = if *value == function_prototype {
        "null".to_owned()
    } else {
        no_side_effects_to_string(value, context)
    };
    let class = context.vm.frame().code_block().name().to_std_string_escaped();
    let message = if class.is_empty() {
        format!("Super constructor {text} of anonymous class is not a constructor")
    } else {
        format!("Super constructor {text} of {class} is not a constructor")
    };
    JsNativeError::typ().with_message(message).into()
}

/// A strict-mode `delete` of a non-configurable property.
#[cold]
pub(crate) fn delete_error(object: &JsObject, key: &PropertyKey, context: &mut Context) -> JsError {
    let text = no_side_effects_to_string(&object.clone().into(), context);
    JsNativeError::typ()
        .with_message(format!(
            "Cannot delete property '{}' of {text}",
            property_key_text(key)
        ))
        .into()
}

/// "Method Map.prototype.get called on incompatible receiver #<Object>".
#[cold]
pub(crate) fn incompatible_receiver(method: &str, receiver: &JsValue, context: &mut Context) -> JsError {
    let text = no_side_effects_to_string(receiver, context);
    JsNativeError::typ()
        .with_message(format!("Method {method} called on incompatible receiver {text}"))
        .into()
}

/// "5 is not a function": a builtin's callback argument that is not callable.
#[cold]
pub(crate) fn not_a_function(value: &JsValue, context: &mut Context) -> JsError {
    let text = no_side_effects_to_string(value, context);
    JsNativeError::typ()
        .with_message(format!("{text} is not a function"))
        .into()
}
