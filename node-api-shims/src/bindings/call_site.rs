//! `internalBinding('call_site')`: the source text of a call, found from
//! where a stack frame says it happened.
//!
//! `assert.ok(false)` without a message reports the expression the script
//! wrote ("The expression evaluated to a falsy value:\n\n  assert.ok(false)").
//! Node re-reads the file and, from the line V8's call position is on,
//! parses expressions with acorn until one holds a call around that
//! position; the innermost such call is quoted. runnel asks the engine's own
//! parser instead: the module's source (kept by the loader) is parsed the
//! way it was compiled, the call positioned where the frame says is found
//! (the engine positions calls as V8 does, at the callee's name or else
//! the `(`: `boa_engine::vm::v8_call_position`), and node's choice is
//! reproduced from there:
//!
//! - V8 positions a call at the end of its callee, so when the callee is
//!   itself a call (`f()(x)`) node quotes that inner call (`f()`);
//! - the quote starts on the line of that position: a call whose callee
//!   starts on an earlier line (`assert\n  .ok(x)`) is quoted from the first
//!   token of that line (`ok(x)`);
//! - acorn parses a script, so a quote that is no expression on its own
//!   (top-level `await`, `import.meta`, ...) gives no message at all.

use boa_engine::ast::expression::access::PropertyAccess;
use boa_engine::ast::expression::{Call, Optional, OptionalOperationKind};
use boa_engine::ast::scope::Scope;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Expression, Position, Spanned};
use boa_engine::interner::Interner;
use boa_engine::object::builtins::JsArray;
use boa_engine::parser::{Parser, Source};
use boa_engine::vm::v8_call_position;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg_number, arg_string, binding_object};
use std::ops::ControlFlow;

use crate::bootstrap::Host;

/// Where an expression really starts: the spans of calls, member accesses
/// and operators start at their `(`, `.` or operator (for `f().g`, again
/// only the `(` of `f()`), not at their callee, object or left operand.
/// (The REPL's await rewrite in contextify.rs needs it too.)
pub(crate) fn full_start(expr: &Expression) -> Position {
    match expr {
        Expression::Call(call) => full_start(call.function()),
        Expression::PropertyAccess(PropertyAccess::Simple(access)) => full_start(access.target()),
        Expression::PropertyAccess(PropertyAccess::Private(access)) => full_start(access.target()),
        Expression::Optional(optional) => full_start(optional.target()),
        Expression::TaggedTemplate(tagged) => full_start(tagged.tag()),
        Expression::Binary(binary) => full_start(binary.lhs()),
        Expression::Conditional(cond) => full_start(cond.condition()),
        other => other.span().start(),
    }
}

/// The call node's choice falls on: where it starts, where it ends, and
/// where V8 would position the call (the end of the callee).
#[derive(Debug, PartialEq)]
struct Found {
    start: Position,
    end: Position,
    v8_position: Position,
}

/// Walks a parsed program looking for the call positioned at `at`.
struct CallFinder {
    at: Position,
    found: Option<Found>,
}

impl<'ast> Visitor<'ast> for CallFinder {
    type BreakTy = ();

    fn visit_call(&mut self, node: &'ast Call) -> ControlFlow<()> {
        if v8_call_position(node) == self.at {
            let callee = node.function();
            let v8_position = callee.span().end();
            // A callee that is itself a call ends exactly at V8's position:
            // node quotes that inner call.
            let (start, end) = match callee {
                Expression::Call(_) => (full_start(callee), callee.span().end()),
                Expression::Optional(opt)
                    if opt.chain().last().is_some_and(|op| matches!(op.kind(), OptionalOperationKind::Call { .. })) =>
                {
                    (full_start(callee), callee.span().end())
                }
                _ => (full_start(callee), node.span().end()),
            };
            self.found = Some(Found { start, end, v8_position });
            return ControlFlow::Break(());
        }
        node.visit_with(self)
    }

    fn visit_optional(&mut self, node: &'ast Optional) -> ControlFlow<()> {
        let chain = node.chain();
        for (i, op) in chain.iter().enumerate() {
            if matches!(op.kind(), OptionalOperationKind::Call { .. }) && op.span().start() == self.at {
                let start = full_start(node.target());
                let (v8_position, inner_call) = if i == 0 {
                    (node.target().span().end(), matches!(node.target(), Expression::Call(_)))
                } else {
                    let previous = &chain[i - 1];
                    (previous.span().end(), matches!(previous.kind(), OptionalOperationKind::Call { .. }))
                };
                let end = if inner_call { v8_position } else { op.span().end() };
                self.found = Some(Found { start, end, v8_position });
                return ControlFlow::Break(());
            }
        }
        node.visit_with(self)
    }
}

/// The char offset of each line's start, splitting lines as Boa's lexer
/// does (`\n`, `\r\n`, `\r`, U+2028, U+2029), over `chars`.
fn line_starts(chars: &[char]) -> Vec<usize> {
    let mut starts = vec![0];
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\r' => {
                if chars.get(i + 1) == Some(&'\n') {
                    i += 1;
                }
                starts.push(i + 1);
            }
            '\n' | '\u{2028}' | '\u{2029}' => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    starts
}

fn offset_of(starts: &[usize], pos: Position) -> Option<usize> {
    let line = *starts.get(pos.line_number() as usize - 1)?;
    Some(line + pos.column_number() as usize - 1)
}

/// Would acorn parse `text` as one expression (in a script, sloppy mode)?
fn is_expression(text: &str) -> bool {
    let wrapped = format!("(\n{text}\n)");
    let mut parser = Parser::new(Source::from_bytes(wrapped.as_bytes()));
    parser.parse_script(&Scope::new_global(), &mut Interner::default()).is_ok()
}

/// Finds the call in `text` (as compiled: `kind` "commonjs" wraps it in the
/// module function, "module" parses it as an ES module) positioned at
/// `line`:`column` of the file (1-based), and returns what node quotes for
/// it: the 0-based column where the quote starts on its first line, and
/// the quote.
fn find_call(text: &str, kind: &str, line: u32, column: u32) -> Option<(usize, String)> {
    let body = text.strip_prefix('\u{feff}').filter(|_| kind == "module").unwrap_or(text);
    // A `#!` line is compiled as a comment; keep its length.
    let body = match body.strip_prefix("#!") {
        Some(rest) => format!("//{rest}"),
        None => body.to_string(),
    };
    let prefix = if kind == "commonjs" {
        crate::builtins::wrapper_prefix(super::modules::CJS_PARAMS)
    } else {
        String::new()
    };
    let source = format!("{prefix}{body}{}", if kind == "commonjs" { "\n})" } else { "" });
    let prefix_chars = prefix.chars().count() as u32;
    let at_column = if line == 1 { column + prefix_chars } else { column };

    let mut interner = Interner::default();
    let scope = Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(source.as_bytes()));
    let mut finder = CallFinder { at: Position::new(line, at_column), found: None };
    if kind == "module" {
        let module = parser.parse_module(&scope, &mut interner).ok()?;
        let _ = module.visit_with(&mut finder);
    } else {
        let script = parser.parse_script(&scope, &mut interner).ok()?;
        let _ = script.visit_with(&mut finder);
    }
    let Found { start, end, v8_position } = finder.found?;

    let chars: Vec<char> = source.chars().collect();
    let starts = line_starts(&chars);
    let to = offset_of(&starts, end)?;
    let (from, start_column) = if start.line_number() >= v8_position.line_number() {
        (offset_of(&starts, start)?, start.column_number() as usize - 1)
    } else {
        // Node reads from V8's line on: the quote starts at its first
        // token that can start an expression (not a `.` or `?.`).
        let line_start = *starts.get(v8_position.line_number() as usize - 1)?;
        let mut i = line_start;
        let skip_space = |mut i: usize| {
            while i < to && chars[i].is_whitespace() {
                i += 1;
            }
            i
        };
        i = skip_space(i);
        if chars.get(i) == Some(&'?') && chars.get(i + 1) == Some(&'.') {
            i = skip_space(i + 2);
        } else if chars.get(i) == Some(&'.') {
            i = skip_space(i + 1);
        }
        (i, i - line_start)
    };
    if from > to || to > chars.len() {
        return None;
    }
    let quote: String = chars[from..to].iter().collect();
    if !is_expression(&quote) {
        return None;
    }
    // Columns on the first line count the module wrapper's opening.
    let on_first_line = if from < *starts.get(1).unwrap_or(&usize::MAX) { prefix_chars as usize } else { 0 };
    Some((start_column.saturating_sub(on_first_line), quote))
}

/// `callExpressionAt(filename, kind, line, column)` → `[startColumn, text]`
/// for the call positioned at `line`:`column` of a loaded module, or
/// `undefined` when the source is unknown or node would quote nothing.
fn call_expression_at(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let file = arg_string(args, 0, ctx)?;
    let kind = arg_string(args, 1, ctx)?;
    let line = arg_number(args, 2, ctx)?;
    let column = arg_number(args, 3, ctx)?;
    if !(line >= 1.0 && column >= 1.0 && line < f64::from(u32::MAX / 2) && column < f64::from(u32::MAX / 2)) {
        return Ok(JsValue::undefined());
    }
    let text = {
        let host = Host::get(ctx)?;
        let sources = host.sources.borrow();
        match sources.get(&file) {
            Some(text) => text.clone(),
            None => return Ok(JsValue::undefined()),
        }
    };
    match find_call(&text, &kind, line as u32, column as u32) {
        Some((start_column, code)) => Ok(JsArray::from_iter(
            [JsValue::from(start_column as u32), JsString::from(code.as_str()).into()],
            ctx,
        )
        .into()),
        None => Ok(JsValue::undefined()),
    }
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(ctx, &[("callExpressionAt", call_expression_at, 4)]))
}

#[cfg(test)]
mod tests {
    use super::find_call;

    fn quote(src: &str, kind: &str, line: u32, column: u32) -> Option<(usize, String)> {
        find_call(src, kind, line, column)
    }

    #[test]
    fn finds_the_call_by_its_position() {
        let src = "const assert = require('assert');\ntry { assert.ok(false); } catch {}\n";
        assert_eq!(quote(src, "commonjs", 2, 14), Some((6, "assert.ok(false)".into())));
        assert_eq!(quote(src, "commonjs", 2, 3), None);
    }

    #[test]
    fn first_line_columns_skip_the_module_wrapper() {
        assert_eq!(quote("f(1, g(2))", "commonjs", 1, 6), Some((5, "g(2)".into())));
        assert_eq!(quote("f(1, g(2))", "module", 1, 1), Some((0, "f(1, g(2))".into())));
        assert_eq!(quote("require('a').ok(0)", "commonjs", 1, 14), Some((0, "require('a').ok(0)".into())));
    }

    #[test]
    fn spans_lines() {
        let src = "x;\n  assert(\n    0,\n  )\n";
        assert_eq!(quote(src, "commonjs", 2, 3), Some((2, "assert(\n    0,\n  )".into())));
    }

    #[test]
    fn reproduces_nodes_choices() {
        // A callee that is a call: the inner call.
        assert_eq!(quote("g()()(0)", "commonjs", 1, 6), Some((0, "g()()".into())));
        // A callee starting on an earlier line: from V8's line on.
        assert_eq!(quote("assert\n  .ok(0)", "commonjs", 2, 4), Some((3, "ok(0)".into())));
        assert_eq!(quote("x\n  .y.z(0)", "commonjs", 2, 6), Some((3, "y.z(0)".into())));
        assert_eq!(quote("assert.ok\n  (0)", "commonjs", 1, 8), Some((0, "assert.ok\n  (0)".into())));
        // Optional calls.
        assert_eq!(quote("a?.b(0)", "commonjs", 1, 5), Some((0, "a?.b(0)".into())));
        assert_eq!(quote("a.b?.(0)", "commonjs", 1, 6), Some((0, "a.b?.(0)".into())));
        // Not an expression for a script parser: no quote.
        assert_eq!(quote("a(await b)", "module", 1, 1), None);
        assert_eq!(quote("syntax error (", "commonjs", 1, 1), None);
    }
}
