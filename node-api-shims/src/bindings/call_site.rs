//! `internalBinding('call_site')`: the source text of a call, found from
//! where a stack frame says it happened.
//!
//! `assert.ok(false)` without a message reports the expression the script
//! wrote ("The expression evaluated to a falsy value:\n\n  assert.ok(false)").
//! Node re-reads the file and parses it with acorn from the frame's line and
//! column. runnel asks the engine's own parser instead: the module's source
//! (kept by the loader) is parsed the way it was compiled, and the call whose
//! argument list opens at the frame's position — Boa positions a call at its
//! `(` — gives the text from the start of its callee to its closing `)`.

use boa_engine::ast::expression::{Call, Optional, OptionalOperationKind};
use boa_engine::ast::scope::Scope;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Position, Spanned};
use boa_engine::interner::Interner;
use boa_engine::object::builtins::JsArray;
use boa_engine::parser::{Parser, Source};
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg_number, arg_string, binding_object};
use std::ops::ControlFlow;

use crate::bootstrap::Host;

/// Walks a parsed program looking for the call whose arguments start at
/// `at`; records the span of the whole call (callee start, `)` end).
struct CallFinder {
    at: Position,
    found: Option<(Position, Position)>,
}

impl<'ast> Visitor<'ast> for CallFinder {
    type BreakTy = ();

    fn visit_call(&mut self, node: &'ast Call) -> ControlFlow<()> {
        if node.span().start() == self.at {
            self.found = Some((node.function().span().start(), node.span().end()));
            return ControlFlow::Break(());
        }
        node.visit_with(self)
    }

    fn visit_optional(&mut self, node: &'ast Optional) -> ControlFlow<()> {
        for op in node.chain() {
            if matches!(op.kind(), OptionalOperationKind::Call { .. }) && op.span().start() == self.at {
                self.found = Some((node.target().span().start(), op.span().end()));
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

/// Finds the call in `text` (as compiled: `kind` "commonjs" wraps it in the
/// module function, "module" parses it as an ES module) whose `(` is at
/// `line`:`column` of the file (1-based). Returns the 0-based column where
/// the call starts on its first line and the call's text.
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
    let at = Position::new(line, at_column);

    let mut interner = Interner::default();
    let scope = Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(source.as_bytes()));
    let mut finder = CallFinder { at, found: None };
    if kind == "module" {
        let module = parser.parse_module(&scope, &mut interner).ok()?;
        let _ = module.visit_with(&mut finder);
    } else {
        let script = parser.parse_script(&scope, &mut interner).ok()?;
        let _ = script.visit_with(&mut finder);
    }
    let (start, end) = finder.found?;

    let chars: Vec<char> = source.chars().collect();
    let starts = line_starts(&chars);
    let from = offset_of(&starts, start)?;
    let to = offset_of(&starts, end)?;
    if from > to || to > chars.len() {
        return None;
    }
    let mut start_column = start.column_number() as usize - 1;
    if start.line_number() == 1 {
        start_column = start_column.saturating_sub(prefix_chars as usize);
    }
    Some((start_column, chars[from..to].iter().collect()))
}

/// `callExpressionAt(filename, kind, line, column)` → `[startColumn, text]`
/// for the call whose `(` is at `line`:`column` of a loaded module, or
/// `undefined` when the source is unknown or no call starts there.
fn call_expression_at(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let file = arg_string(args, 0, ctx)?;
    let kind = arg_string(args, 1, ctx)?;
    let line = arg_number(args, 2, ctx)?;
    let column = arg_number(args, 3, ctx)?;
    if !(line >= 1.0 && column >= 1.0 && line < u32::MAX as f64 && column < u32::MAX as f64) {
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

    #[test]
    fn finds_the_call_by_its_open_paren() {
        let src = "const assert = require('assert');\ntry { assert.ok(false); } catch {}\n";
        assert_eq!(find_call(src, "commonjs", 2, 16), Some((6, "assert.ok(false)".to_string())));
    }

    #[test]
    fn first_line_columns_skip_the_module_wrapper() {
        assert_eq!(find_call("f(1, g(2))", "commonjs", 1, 7), Some((5, "g(2)".to_string())));
        assert_eq!(find_call("f(1, g(2))", "module", 1, 2), Some((0, "f(1, g(2))".to_string())));
    }

    #[test]
    fn spans_lines_and_ignores_other_positions() {
        let src = "x;\n  assert(\n    0,\n  )\n";
        assert_eq!(find_call(src, "commonjs", 2, 9), Some((2, "assert(\n    0,\n  )".to_string())));
        assert_eq!(find_call(src, "commonjs", 2, 3), None);
        assert_eq!(find_call("syntax error (", "commonjs", 1, 1), None);
    }
}
