//! runnel patch: the legacy static properties of `RegExp` (`RegExp.$1`,
//! `RegExp.lastMatch`, `RegExp.input`...), as V8 has them (see
//! vendor/README.md). Each successful match of a built-in `exec` (so also
//! `test`, `match`, `replace`, `split`...) records its input and where it
//! matched, per realm; the accessors on the `RegExp` constructor cut the
//! strings out when read. A failed match leaves them as they were.

use std::ops::Range;

use crate::{
    Context, JsArgs, JsResult, JsString, builtins::BuiltInBuilder, js_string,
    property::PropertyDescriptor, realm::Realm, value::JsValue,
};

/// What the last successful match left (opaque: an embedder may save it
/// with [`Realm::regexp_legacy_statics`] and put it back with
/// [`Realm::set_regexp_legacy_statics`], around its own JavaScript).
#[derive(Debug, Clone, Default)]
pub struct LegacyStatics {
    /// `RegExp.input` (the matched string, or what a script assigned).
    input: JsString,
    /// The matched string itself (the contexts are cut from it, even after
    /// `RegExp.input` is assigned).
    subject: JsString,
    matched: Range<usize>,
    /// Groups 1 to 9, for `$1`..`$9`.
    groups: [Option<Range<usize>>; 9],
    /// The last group, for `lastParen`.
    last_group: Option<Range<usize>>,
}

/// Records a successful match of `input`.
pub(crate) fn record(context: &Context, input: &JsString, found: &regress::Match) {
    let mut groups: [Option<Range<usize>>; 9] = Default::default();
    for (i, group) in groups.iter_mut().enumerate() {
        *group = found.captures.get(i).cloned().flatten();
    }
    let statics = LegacyStatics {
        input: input.clone(),
        subject: input.clone(),
        matched: found.range(),
        groups,
        last_group: found.captures.last().cloned().flatten(),
    };
    *context.realm().regexp_legacy_statics_cell().borrow_mut() = statics;
}

type Getter = fn(&LegacyStatics) -> JsString;

fn cut(statics: &LegacyStatics, range: Option<&Range<usize>>) -> JsString {
    range
        .and_then(|r| statics.subject.get(r.clone()))
        .map_or_else(|| js_string!(), JsString::from)
}

fn group<const N: usize>(statics: &LegacyStatics) -> JsString {
    cut(statics, statics.groups[N - 1].as_ref())
}

fn get<const K: usize>(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let realm = context.realm().clone();
    let statics = realm.regexp_legacy_statics_cell().borrow();
    Ok(ACCESSORS[K].1(&statics).into())
}

fn set_input(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let input = args.get_or_undefined(0).to_string(context)?;
    context.realm().regexp_legacy_statics_cell().borrow_mut().input = input;
    Ok(JsValue::undefined())
}

fn ignore(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}

/// Names in V8's order; aliases read the same value.
const ACCESSORS: [(&str, Getter); 19] = [
    ("input", |s| s.input.clone()),
    ("$_", |s| s.input.clone()),
    ("lastMatch", |s| cut(s, Some(&s.matched))),
    ("$&", |s| cut(s, Some(&s.matched))),
    ("lastParen", |s| cut(s, s.last_group.as_ref())),
    ("$+", |s| cut(s, s.last_group.as_ref())),
    ("leftContext", |s| cut(s, Some(&(0..s.matched.start)))),
    ("$`", |s| cut(s, Some(&(0..s.matched.start)))),
    ("rightContext", |s| cut(s, Some(&(s.matched.end..s.subject.len())))),
    ("$'", |s| cut(s, Some(&(s.matched.end..s.subject.len())))),
    ("$1", group::<1>),
    ("$2", group::<2>),
    ("$3", group::<3>),
    ("$4", group::<4>),
    ("$5", group::<5>),
    ("$6", group::<6>),
    ("$7", group::<7>),
    ("$8", group::<8>),
    ("$9", group::<9>),
];

/// Defines the accessors on the `RegExp` constructor (after its `length`,
/// `name` and `prototype`, where V8 has them). Only `input` and `$_` can
/// be assigned; the other setters ignore what they are given.
pub(crate) fn install(realm: &Realm, constructor: &crate::JsObject) {
    macro_rules! getters {
        ($($k:literal),*) => { [$(get::<$k>),*] };
    }
    let getters: [crate::native_function::NativeFunctionPointer; 19] = getters!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
    for (k, getter) in getters.into_iter().enumerate() {
        let name = ACCESSORS[k].0;
        let get = BuiltInBuilder::callable(realm, getter).name(JsString::from(format!("get {name}").as_str())).build();
        let setter = if k < 2 { set_input } else { ignore };
        let set = BuiltInBuilder::callable(realm, setter)
            .name(JsString::from(format!("set {name}").as_str()))
            .length(1)
            .build();
        constructor.insert_property(
            js_string!(name),
            PropertyDescriptor::builder().get(get).set(set).enumerable(false).configurable(true),
        );
    }
}
