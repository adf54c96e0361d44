//! Boa's implementation of ECMAScript's global `Error` object.
//!
//! Error objects are thrown when runtime errors occur.
//! The Error object can also be used as a base object for user-defined exceptions.
//!
//! More information:
//!  - [MDN documentation][mdn]
//!  - [ECMAScript reference][spec]
//!
//! [spec]: https://tc39.es/ecma262/#sec-error-objects
//! [mdn]: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Error

use std::fmt::Write;

use crate::{
    Context, JsArgs, JsData, JsResult, JsString, JsValue,
    builtins::BuiltInObject,
    context::intrinsics::{Intrinsics, StandardConstructor, StandardConstructors},
    error::{IgnoreEq, JsNativeError},
    js_string,
    object::{JsObject, internal_methods::get_prototype_from_constructor},
    property::Attribute,
    realm::Realm,
    string::StaticJsStrings,
    vm::{
        NativeSourceInfo, SourcePath,
        shadow_stack::{ErrorStack, FrameValues, ShadowEntry},
    },
};
use boa_gc::{Finalize, Trace};
use boa_macros::js_str;

pub(crate) mod aggregate;
pub(crate) mod eval;
pub(crate) mod range;
pub(crate) mod reference;
pub(crate) mod syntax;
pub(crate) mod r#type;
pub(crate) mod uri;

#[cfg(test)]
mod tests;

pub(crate) use self::aggregate::AggregateError;
pub(crate) use self::eval::EvalError;
pub(crate) use self::range::RangeError;
pub(crate) use self::reference::ReferenceError;
pub(crate) use self::syntax::SyntaxError;
pub(crate) use self::r#type::TypeError;
pub(crate) use self::uri::UriError;

use super::{BuiltInBuilder, BuiltInConstructor, IntrinsicObject};

/// A tag of built-in `Error` object, [ECMAScript spec][spec].
///
/// [spec]: https://tc39.es/ecma262/#sec-error-objects
#[derive(Debug, Copy, Clone, Eq, PartialEq, Trace, Finalize, JsData)]
#[boa_gc(empty_trace)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The `AggregateError` object type.
    ///
    /// More information:
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-aggregate-error-objects
    Aggregate,

    /// The `Error` object type.
    ///
    /// More information:
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-error-objects
    Error,

    /// The `EvalError` type.
    ///
    /// More information:
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-native-error-types-used-in-this-standard-evalerror
    Eval,

    /// The `TypeError` type.
    ///
    /// More information:
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-native-error-types-used-in-this-standard-typeerror
    Type,

    /// The `RangeError` type.
    ///
    /// More information:
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-native-error-types-used-in-this-standard-rangeerror
    Range,

    /// The `ReferenceError` type.
    ///
    /// More information:
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-native-error-types-used-in-this-standard-referenceerror
    Reference,

    /// The `SyntaxError` type.
    ///
    /// More information:
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-native-error-types-used-in-this-standard-syntaxerror
    Syntax,

    /// The `URIError` type.
    ///
    /// More information:
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-native-error-types-used-in-this-standard-urierror
    Uri,
}

/// A built-in `Error` object, per the [ECMAScript spec][spec].
///
/// This is used internally to convert between [`JsObject`] and
/// [`JsNativeError`] correctly, but it can also be used to manually create `Error`
/// objects. However, the recommended way to create them is to construct a
/// `JsNativeError` first, then call [`JsNativeError::into_opaque`],
/// which will assign its prototype, properties and kind automatically.
///
/// For a description of every error kind and its usage, see
/// [`JsNativeErrorKind`][crate::error::JsNativeErrorKind].
///
/// [spec]: https://tc39.es/ecma262/#sec-error-objects
#[derive(Debug, Clone, PartialEq, Eq, Trace, Finalize, JsData)]
pub struct Error {
    pub(crate) tag: ErrorKind,

    // The position of where the Error was created does not affect equality check.
    #[unsafe_ignore_trace]
    pub(crate) stack: IgnoreEq<ErrorStack>,

    // runnel patch: the receiver and function of each frame of `stack`
    // (same order), for V8's `CallSite` objects (patch 17).
    pub(crate) frame_values: IgnoreEq<Vec<Option<FrameValues>>>,
}

impl Error {
    /// Create a new [`Error`].
    #[inline]
    #[must_use]
    #[cfg_attr(feature = "native-backtrace", track_caller)]
    pub fn new(tag: ErrorKind) -> Self {
        Self {
            tag,
            stack: IgnoreEq(ErrorStack::Position(ShadowEntry::Native {
                function_name: None,
                source_info: NativeSourceInfo::caller(),
            })),
            frame_values: IgnoreEq(Vec::new()),
        }
    }

    /// Create a new [`Error`] with the given [`ErrorStack`].
    pub(crate) fn with_stack(tag: ErrorKind, location: ErrorStack) -> Self {
        Self {
            tag,
            stack: IgnoreEq(location),
            frame_values: IgnoreEq(Vec::new()),
        }
    }

    /// runnel patch: the receivers and functions of the stack's frames.
    pub(crate) fn with_frame_values(mut self, values: Vec<Option<FrameValues>>) -> Self {
        self.frame_values = IgnoreEq(values);
        self
    }

    /// Get the position from the last called function.
    ///
    /// runnel patch: as many frames as `Error.stackTraceLimit` says, read
    /// when the error is made, as V8 does; none at all (no `stack`) when it
    /// is not a number (patch 17).
    pub(crate) fn with_caller_position(tag: ErrorKind, context: &Context) -> Self {
        let Some(limit) = capture_count(context, 1) else {
            return Self::with_stack(
                tag,
                ErrorStack::Position(ShadowEntry::Native {
                    function_name: None,
                    source_info: NativeSourceInfo::caller(),
                }),
            );
        };
        let backtrace = context.vm.shadow_stack.caller_position(limit);
        Self {
            tag,
            stack: IgnoreEq(ErrorStack::Backtrace(backtrace)),
            frame_values: IgnoreEq(context.vm.frame_values(1, limit)),
        }
    }

    /// runnel patch: the frames of this error's stack, innermost first, as
    /// V8's `CallSite` objects describe them (patch 17). `None` if the
    /// error has no stack.
    #[must_use]
    pub fn stack_frames(&self) -> Option<Vec<StackFrame>> {
        let backtrace = self.stack.0.backtrace()?;
        let values = &self.frame_values.0;
        let entries: Vec<_> = backtrace.iter().collect();
        let aligned = values.len() == entries.len();
        let mut frames = Vec::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate().rev() {
            let (function_name, path, position, native) = match entry {
                ShadowEntry::Native { function_name, .. } => (
                    function_name.clone().unwrap_or_default(),
                    None,
                    None,
                    true,
                ),
                ShadowEntry::Bytecode { pc, source_info } => (
                    match source_info.inferred_name() {
                        Some(name) if source_info.function_name().is_empty() => name.clone(),
                        _ => source_info.function_name().clone(),
                    },
                    Some(match source_info.map().path() {
                        SourcePath::Path(path) => SourceName::Path(path.display().to_string()),
                        SourcePath::Eval => SourceName::Eval,
                        SourcePath::Json | SourcePath::None => SourceName::None,
                    }),
                    source_info.map().find(*pc),
                    false,
                ),
            };
            let values = if aligned { values[i].clone() } else { None };
            frames.push(StackFrame {
                function_name,
                source: path,
                line: position.map(|p| p.line_number()),
                column: position.map(|p| p.column_number()),
                native,
                this: values.as_ref().map(|v| v.this.clone()),
                function: values.as_ref().and_then(|v| v.function.clone()),
                construct: values.as_ref().is_some_and(|v| v.construct),
                strict: values.as_ref().is_none_or(|v| v.strict),
            });
        }
        Some(frames)
    }
}

/// runnel patch: the script a frame's code was compiled from (patch 17).
#[derive(Debug, Clone)]
pub struct FrameSource {
    /// The whole script, as compiled (UTF-16).
    pub text: Vec<u16>,
    /// Where the frame's function starts in `text` (`None` for top-level
    /// code).
    pub function_start: Option<usize>,
}

impl Error {
    /// runnel patch: the script of frame `index` (innermost first, as in
    /// [`Error::stack_frames`]), for V8's `CallSite` positions and hash;
    /// `None` for a builtin's frame or code without source text (patch 17).
    #[must_use]
    pub fn frame_source(&self, index: usize) -> Option<FrameSource> {
        let entry = self.stack.0.backtrace()?.iter().rev().nth(index)?;
        let ShadowEntry::Bytecode { source_info, .. } = entry else {
            return None;
        };
        let spanned = source_info.text_spanned();
        Some(FrameSource {
            text: spanned.whole_source()?.to_vec(),
            function_start: spanned.span_start(),
        })
    }
}

/// runnel patch: where a frame's code came from (patch 17).
#[derive(Debug, Clone)]
pub enum SourceName {
    /// A script or module with this path.
    Path(String),
    /// Code given to `eval`.
    Eval,
    /// Code with no path (`Function(...)`, scripts the host ran unnamed).
    None,
}

/// runnel patch: one frame of an error's stack (patch 17).
#[derive(Debug, Clone)]
pub struct StackFrame {
    /// The engine's name for the function (empty for anonymous functions
    /// and top-level code).
    pub function_name: JsString,
    /// Where its code came from; `None` for a builtin (native) function.
    pub source: Option<SourceName>,
    /// The 1-based line of the call (or of where the error was made).
    pub line: Option<u32>,
    /// The 1-based column of the same.
    pub column: Option<u32>,
    /// A builtin (native) function's frame.
    pub native: bool,
    /// The receiver, if known.
    pub this: Option<JsValue>,
    /// The function, if known (`None` for top-level code).
    pub function: Option<JsObject>,
    /// A `new` call.
    pub construct: bool,
    /// Strict code (or unknown).
    pub strict: bool,
}

/// runnel patch: V8 reads `Error.stackTraceLimit` when it captures a stack:
/// that many frames (a non-number, or no such property, means no stack at
/// all). Read without running code: an accessor counts as no limit set.
pub(crate) fn stack_trace_limit(context: &Context) -> Option<usize> {
    let constructor = context.intrinsics().constructors().error().constructor();
    let descriptor = constructor
        .borrow()
        .properties()
        .get(&js_string!("stackTraceLimit").into())?;
    let limit = descriptor.value()?.as_number()?;
    Some(if limit.is_nan() || limit <= 0.0 {
        0
    } else if limit >= 1e9 {
        usize::MAX
    } else {
        limit as usize
    })
}

/// runnel patch: how many of the innermost frames (below the `skip` first)
/// to record for an error: `Error.stackTraceLimit` of them, not counting
/// the frames of runnel's own builtin modules (`node:` sources), and
/// natives among them, that come before the first frame of a script. Node's own
/// frames above a user's are few (its internals hide theirs from the
/// errors they make); runnel's JavaScript builtins run deeper, and
/// counting their frames would leave the script's out.
pub(crate) fn capture_count(context: &Context, skip: usize) -> Option<usize> {
    let limit = stack_trace_limit(context)?;
    if limit == 0 {
        return Some(0);
    }
    // The innermost run of builtin-module and native frames, up to its
    // last builtin-module frame (a builtin called by the script counts).
    let mut free = 0;
    for (i, entry) in context.vm.shadow_stack.entries().iter().rev().skip(skip).enumerate() {
        match entry {
            ShadowEntry::Native { .. } => {}
            ShadowEntry::Bytecode { source_info, .. } => {
                if !matches!(
                    source_info.map().path(),
                    SourcePath::Path(path) if path.to_string_lossy().starts_with("node:")
                ) {
                    break;
                }
                free = i + 1;
            }
        }
    }
    Some(limit.saturating_add(free))
}

/// runnel patch: an error a builtin made (`JSON.parse` on bad text) gets
/// its stack when it leaves the builtin, with the builtin's own frame on
/// top, as in V8 (patch 17).
pub(crate) fn capture_native_error_stack(err: &mut crate::JsError, context: &Context) {
    if let Some(native) = err.as_native_mut()
        && let ErrorStack::Position(_) = &native.stack.0
    {
        let limit = capture_count(context, 0).unwrap_or(0);
        let pc = context.vm.frames.last().map_or(0, |frame| frame.pc);
        native.stack.0 = ErrorStack::Backtrace(context.vm.shadow_stack.take(limit, pc));
        native.frame_values.0 = context.vm.frame_values(0, limit);
    }
}

impl IntrinsicObject for Error {
    fn init(realm: &Realm) {
        let property_attribute =
            Attribute::WRITABLE | Attribute::NON_ENUMERABLE | Attribute::CONFIGURABLE;
        let accessor_attribute = Attribute::NON_ENUMERABLE | Attribute::CONFIGURABLE;

        let get_stack = BuiltInBuilder::callable(realm, Self::get_stack)
            .name(js_string!("get stack"))
            .build();

        let set_stack = BuiltInBuilder::callable(realm, Self::set_stack)
            .name(js_string!("set stack"))
            .build();

        let builder = BuiltInBuilder::from_standard_constructor::<Self>(realm)
            // runnel patch: V8's `Error.stackTraceLimit` (patch 17).
            .static_property(
                js_string!("stackTraceLimit"),
                10,
                Attribute::WRITABLE | Attribute::ENUMERABLE | Attribute::CONFIGURABLE,
            )
            .property(js_string!("name"), Self::NAME, property_attribute)
            .property(js_string!("message"), js_string!(), property_attribute)
            .method(Self::to_string, js_string!("toString"), 0)
            .accessor(
                js_string!("stack"),
                Some(get_stack),
                Some(set_stack),
                accessor_attribute,
            );

        #[cfg(feature = "experimental")]
        let builder = builder.static_method(Error::is_error, js_string!("isError"), 1);

        builder.build();
    }

    fn get(intrinsics: &Intrinsics) -> JsObject {
        Self::STANDARD_CONSTRUCTOR(intrinsics.constructors()).constructor()
    }
}

impl BuiltInObject for Error {
    const NAME: JsString = StaticJsStrings::ERROR;
}

impl BuiltInConstructor for Error {
    const CONSTRUCTOR_ARGUMENTS: usize = 1;
    const PROTOTYPE_STORAGE_SLOTS: usize = 5;
    const CONSTRUCTOR_STORAGE_SLOTS: usize = 2;

    const STANDARD_CONSTRUCTOR: fn(&StandardConstructors) -> &StandardConstructor =
        StandardConstructors::error;

    /// `Error( message [ , options ] )`
    ///
    /// Creates a new error object.
    fn constructor(
        new_target: &JsValue,
        args: &[JsValue],
        context: &mut Context,
    ) -> JsResult<JsValue> {
        // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be NewTarget.
        let new_target = &if new_target.is_undefined() {
            context
                .active_function_object()
                .unwrap_or_else(|| context.intrinsics().constructors().error().constructor())
                .into()
        } else {
            new_target.clone()
        };

        // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%Error.prototype%", « [[ErrorData]] »).
        let prototype =
            get_prototype_from_constructor(new_target, StandardConstructors::error, context)?;
        let o = JsObject::from_proto_and_data_with_shared_shape(
            context.root_shape(),
            prototype,
            Error::with_caller_position(ErrorKind::Error, context),
        )
        .upcast();

        // 3. If message is not undefined, then
        let message = args.get_or_undefined(0);
        if !message.is_undefined() {
            // a. Let msg be ? ToString(message).
            let msg = message.to_string(context)?;

            // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", msg).
            o.create_non_enumerable_data_property_or_throw(js_string!("message"), msg, context);
        }

        // 4. Perform ? InstallErrorCause(O, options).
        Self::install_error_cause(&o, args.get_or_undefined(1), context)?;

        // 5. Return O.
        Ok(o.into())
    }
}

impl Error {
    pub(crate) fn install_error_cause(
        o: &JsObject,
        options: &JsValue,
        context: &mut Context,
    ) -> JsResult<()> {
        // 1. If Type(options) is Object and ? HasProperty(options, "cause") is true, then
        // 1.a. Let cause be ? Get(options, "cause").
        if let Some(options) = options.as_object()
            && let Some(cause) = options.try_get(js_string!("cause"), context)?
        {
            // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "cause", cause).
            o.create_non_enumerable_data_property_or_throw(js_string!("cause"), cause, context);
        }

        // 2. Return unused.
        Ok(())
    }

    /// `get Error.prototype.stack`
    ///
    /// The accessor property of Error instances represents the stack trace
    /// when the error was created.
    ///
    /// More information:
    ///  - [Proposal][spec]
    ///
    /// [spec]: https://tc39.es/proposal-error-stacks/
    #[allow(clippy::unnecessary_wraps)]
    fn get_stack(this: &JsValue, _: &[JsValue], _context: &mut Context) -> JsResult<JsValue> {
        // 1. Let E be the this value.
        // 2. If E is not an Object, return undefined.
        let Some(e) = this.as_object() else {
            return Ok(JsValue::undefined());
        };

        // 3. Let errorData be the value of the [[ErrorData]] internal slot of E.
        // 4. If errorData is undefined, return undefined.
        let Some(error_data) = e.downcast_ref::<Error>() else {
            return Ok(JsValue::undefined());
        };

        // 5. Let stackString be an implementation-defined String value representing the call stack.
        // 6. Return stackString.
        if let Some(backtrace) = error_data.stack.0.backtrace() {
            let stack_string = backtrace
                .iter()
                .rev()
                .fold(String::new(), |mut output, entry| {
                    let _ = writeln!(&mut output, "    at {}", entry.display(true));
                    output
                });
            return Ok(js_string!(stack_string).into());
        }

        // 7. If no stack trace is available, return undefined.
        Ok(JsValue::undefined())
    }

    /// `set Error.prototype.stack`
    ///
    /// The setter for the stack property.
    ///
    /// More information:
    ///  - [Proposal][spec]
    ///
    /// [spec]: https://tc39.es/proposal-error-stacks/
    fn set_stack(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
        // 1. Let E be the this value.
        // 2. If Type(E) is not Object, throw a TypeError exception.
        let e = this.as_object().ok_or_else(|| {
            JsNativeError::typ()
                .with_message("Error.prototype.stack setter requires that 'this' be an Object")
        })?;

        // 3. Let numberOfArgs be the number of arguments passed to this function call.
        // 4. If numberOfArgs is 0, throw a TypeError exception.
        let Some(value) = args.first() else {
            return Err(JsNativeError::typ()
                .with_message(
                    "Error.prototype.stack setter requires at least 1 argument, but only 0 were passed",
                )
                .into());
        };

        // 5. Return ? CreateDataPropertyOrThrow(E, "stack", value).
        e.create_data_property_or_throw(js_string!("stack"), value.clone(), context)
            .map(Into::into)
    }

    /// `Error.prototype.toString()`
    ///
    /// The `toString()` method returns a string representing the specified Error object.
    ///
    /// More information:
    ///  - [MDN documentation][mdn]
    ///  - [ECMAScript reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-error.prototype.tostring
    /// [mdn]: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Error/toString
    #[allow(clippy::wrong_self_convention)]
    pub(crate) fn to_string(
        this: &JsValue,
        _: &[JsValue],
        context: &mut Context,
    ) -> JsResult<JsValue> {
        // 1. Let O be the this value.
        // 2. If Type(O) is not Object, throw a TypeError exception.
        let o = this
            .as_object()
            .ok_or_else(|| JsNativeError::typ().with_message("'this' is not an Object"))?;

        // 3. Let name be ? Get(O, "name").
        let name = o.get(js_string!("name"), context)?;

        // 4. If name is undefined, set name to "Error"; otherwise set name to ? ToString(name).
        let name = if name.is_undefined() {
            js_string!("Error")
        } else {
            name.to_string(context)?
        };

        // 5. Let msg be ? Get(O, "message").
        let msg = o.get(js_string!("message"), context)?;

        // 6. If msg is undefined, set msg to the empty String; otherwise set msg to ? ToString(msg).
        let msg = if msg.is_undefined() {
            js_string!()
        } else {
            msg.to_string(context)?
        };

        // 7. If name is the empty String, return msg.
        if name.is_empty() {
            return Ok(msg.into());
        }

        // 8. If msg is the empty String, return name.
        if msg.is_empty() {
            return Ok(name.into());
        }

        // 9. Return the string-concatenation of name, the code unit 0x003A (COLON),
        // the code unit 0x0020 (SPACE), and msg.
        Ok(js_string!(&name, js_str!(": "), &msg).into())
    }

    /// [`Error.isError`][spec].
    ///
    /// Returns a boolean indicating whether the argument is a built-in Error instance or not.
    ///
    /// [spec]: https://tc39.es/proposal-is-error/#sec-error.iserror
    #[cfg(feature = "experimental")]
    #[allow(clippy::unnecessary_wraps)]
    fn is_error(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
        // 1. Return IsError(arg).

        // https://tc39.es/proposal-is-error/#sec-iserror

        // 1. If argument is not an Object, return false.
        // 2. If argument has an [[ErrorData]] internal slot, return true.
        // 3. Return false.
        Ok(args
            .get_or_undefined(0)
            .as_object()
            .is_some_and(|o| o.is::<Error>())
            .into())
    }

    /// Shared constructor logic for all `NativeError` subtypes.
    ///
    /// Implements the [`NativeError ( message [ , options ] )`][spec] algorithm,
    /// which is identical for `EvalError`, `RangeError`, `ReferenceError`,
    /// `SyntaxError`, `TypeError`, and `URIError`.
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-nativeerror
    pub(super) fn native_error_constructor(
        new_target: &JsValue,
        args: &[JsValue],
        context: &mut Context,
        error_kind: ErrorKind,
        constructor_fn: fn(&StandardConstructors) -> &StandardConstructor,
    ) -> JsResult<JsValue> {
        let new_target = &if new_target.is_undefined() {
            context
                .active_function_object()
                .unwrap_or_else(|| {
                    constructor_fn(context.intrinsics().constructors()).constructor()
                })
                .into()
        } else {
            new_target.clone()
        };

        let prototype = get_prototype_from_constructor(new_target, constructor_fn, context)?;
        let o = JsObject::from_proto_and_data_with_shared_shape(
            context.root_shape(),
            prototype,
            Error::with_caller_position(error_kind, context),
        )
        .upcast();

        let message = args.get_or_undefined(0);
        if !message.is_undefined() {
            let msg = message.to_string(context)?;
            o.create_non_enumerable_data_property_or_throw(js_string!("message"), msg, context);
        }

        Error::install_error_cause(&o, args.get_or_undefined(1), context)?;

        Ok(o.into())
    }
}
