//! `internalBinding('contextify')`: compiling and running source text as a
//! classic script in a realm, the engine work behind the REPL (node's
//! `ContextifyScript`).
//!
//! A script compiled here runs like a `<script>` in a browser page: its
//! top-level `let`, `const` and `class` declarations go to the realm's
//! global lexical environment and persist for later scripts, which is what
//! a REPL needs (an indirect `eval` would scope them to the one call). A
//! script runs either in the current realm or in a *context*, a new realm
//! with its own global object and intrinsics (node's `vm.createContext()`,
//! used by `repl.start()` without `useGlobal`).
//!
//! The REPL also needs to know whether a syntax error only means "the input
//! stopped too early" (an unclosed brace, template or comment, a string
//! continued with a backslash): it then reads more lines instead of
//! reporting the error. Boa's parser reports reaching the end of the input
//! as `Error::AbruptEnd`, and its lexer an unterminated literal as an
//! end-of-input error, so [`is_recoverable`] asks it directly.

use std::path::Path;

use boa_engine::ast::scope::Scope;
use boa_engine::parser::{Parser, Source};
use boa_engine::realm::Realm;
use boa_engine::{Context, JsData, JsNativeError, JsObject, JsResult, JsValue, Script};
use boa_gc::{Finalize, Trace};
use engine_glue::native::{arg_string, binding_object};

/// A realm made by `makeContext()`, held by the JavaScript side.
#[derive(Trace, Finalize, JsData)]
struct ContextHandle {
    realm: Realm,
}

/// A parsed script, ready to run (`compileScript` → `runScript`).
#[derive(Trace, Finalize, JsData)]
struct ScriptHandle {
    script: Script,
}

fn context_realm(value: &JsValue) -> Option<Realm> {
    value.as_object().and_then(|o| o.downcast_ref::<ContextHandle>().map(|h| h.realm.clone()))
}

/// `makeContext()` → `[handle, global]`: a new realm with the language's
/// builtins only, and its global object (node copies its own globals onto
/// it from JavaScript).
fn make_context(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let realm = ctx.create_realm()?;
    let previous = ctx.enter_realm(realm.clone());
    let global = ctx.global_object();
    ctx.enter_realm(previous);
    let handle = JsObject::from_proto_and_data(None, ContextHandle { realm });
    let pair = [JsValue::from(handle), JsValue::from(global)];
    Ok(boa_engine::object::builtins::JsArray::from_iter(pair, ctx).into())
}

/// `compileScript(source, filename, context?)` → a script handle; a syntax
/// error is thrown as the engine reports it (the JavaScript side words it
/// as V8 would). The script is parsed for the realm it will run in.
fn compile_script(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let realm = args.get(2).and_then(context_realm);
    let src = Source::from_bytes(source.as_bytes()).with_path(Path::new(&filename));
    // Parsing declares the script's names in the realm's global scope:
    // it must be the realm the script will run in.
    let previous = realm.clone().map(|r| ctx.enter_realm(r));
    let parsed = Script::parse(src, realm, ctx);
    if let Some(previous) = previous {
        ctx.enter_realm(previous);
    }
    let script = match parsed {
        Ok(script) => script,
        Err(err) => return Err(redeclaration_error(&source, args.get(2).and_then(context_realm), ctx).unwrap_or(err)),
    };
    Ok(JsObject::from_proto_and_data(None, ScriptHandle { script }).into())
}

/// Boa reports a name declared twice (`let x` when the realm already has
/// an `x`) without the name; V8 says "Identifier 'x' has already been
/// declared". When that is the error, the name is found by parsing the
/// script alone and comparing its declarations with the realm's.
fn redeclaration_error(source: &str, realm: Option<Realm>, ctx: &mut Context) -> Option<boa_engine::JsError> {
    use boa_engine::ast::operations::{lexically_declared_names, var_declared_names};
    let realm = realm.unwrap_or_else(|| ctx.realm().clone());
    let mut parser = Parser::new(Source::from_bytes(source.as_bytes()));
    let script = parser.parse_script(&Scope::new_global(), ctx.interner_mut()).ok();
    let (lexical, vars): (Vec<String>, Vec<String>) = match &script {
        Some(script) => {
            let interner = ctx.interner();
            let name = |sym| interner.resolve_expect(sym).to_string();
            (
                lexically_declared_names(script).into_iter().map(name).collect(),
                var_declared_names(script).into_iter().map(name).collect(),
            )
        }
        // Declared twice within the script itself: Boa's own scope analysis
        // failed; ask for the names from a parse that skips it.
        None => return None,
    };
    let existing: Vec<String> = realm.scope().lexical_binding_names().iter().map(|n| n.to_std_string_escaped()).collect();
    let previous = ctx.enter_realm(realm);
    let global = ctx.global_object();
    let mut found = None;
    for name in &lexical {
        let on_global = global.has_own_property(boa_engine::JsString::from(name.as_str()), ctx).unwrap_or(false);
        if existing.contains(name) || on_global {
            found = Some(name.clone());
            break;
        }
    }
    if found.is_none() {
        found = vars.iter().find(|n| existing.contains(n)).cloned();
    }
    ctx.enter_realm(previous);
    found.map(|name| JsNativeError::syntax().with_message(format!("Identifier '{name}' has already been declared")).into())
}

/// `runScript(handle)` → the script's completion value; what it throws is
/// thrown. It runs in the realm it was compiled for.
fn run_script(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let script = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| o.downcast_ref::<ScriptHandle>().map(|h| h.script.clone()))
        .ok_or_else(|| JsNativeError::typ().with_message("runScript: not a compiled script"))?;
    script.evaluate(ctx)
}

/// `globalLexicalNames(context?)` → the names the global `let`, `const`
/// and `class` declarations of the realm's scripts bound (tab completion).
fn global_lexical_names(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let realm = args.first().and_then(context_realm).unwrap_or_else(|| ctx.realm().clone());
    let names = realm.scope().lexical_binding_names().into_iter().map(JsValue::from);
    Ok(boa_engine::object::builtins::JsArray::from_iter(names, ctx).into())
}

/// How a parse of `source` as a script ended.
enum Parsed {
    Ok,
    /// The input ended before the program did.
    Incomplete,
    Invalid,
}

fn parse_only(source: &str, ctx: &mut Context) -> Parsed {
    use boa_engine::parser::Error;
    let mut parser = Parser::new(Source::from_bytes(source.as_bytes()));
    // A fresh global scope: checking must not declare anything in the realm.
    match parser.parse_script(&Scope::new_global(), ctx.interner_mut()) {
        Ok(_) => Parsed::Ok,
        Err(Error::AbruptEnd) => Parsed::Incomplete,
        Err(Error::Lex { err }) => {
            let message = err.to_string();
            if message.contains("unterminated template literal") || message.contains("unterminated multiline comment") {
                return Parsed::Incomplete;
            }
            // A string stays open across lines only after a backslash
            // (a line continuation); one cut by a plain newline is an error.
            if message.contains("unterminated string literal") || message.contains("unterminated escape sequence") {
                let ends_continued = ["\\\n", "\\\r\n", "\\\r", "\\\u{2028}", "\\\u{2029}"].iter().any(|end| source.ends_with(end));
                return if ends_continued { Parsed::Incomplete } else { Parsed::Invalid };
            }
            Parsed::Invalid
        }
        Err(Error::Expected { found, .. } | Error::Unexpected { found, .. }) if found.as_ref() == "end of file" => {
            Parsed::Incomplete
        }
        Err(_) => Parsed::Invalid,
    }
}

/// `isRecoverable(source)`: whether `source` fails to parse only because
/// it ends too early, so that more input could complete it (node's
/// `isRecoverableError`).
fn is_recoverable(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg_string(args, 0, ctx)?;
    Ok(matches!(parse_only(&source, ctx), Parsed::Incomplete).into())
}

/// `isValidSyntax(source)`: whether `source` parses as a script.
fn is_valid_syntax(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg_string(args, 0, ctx)?;
    Ok(matches!(parse_only(&source, ctx), Parsed::Ok).into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("makeContext", make_context, 0),
            ("compileScript", compile_script, 3),
            ("runScript", run_script, 1),
            ("globalLexicalNames", global_lexical_names, 1),
            ("isRecoverable", is_recoverable, 1),
            ("isValidSyntax", is_valid_syntax, 1),
            ("processTopLevelAwait", process_top_level_await, 1),
        ],
    ))
}

// ---------------------------------------------------------------------------
// Top-level await in the REPL.
//
// Scripts cannot `await`, so node rewrites input that does into an async
// arrow function it then awaits (`lib/internal/repl/await.js`), keeping the
// declarations visible after the call:
//
//   const x = await f(); x + 1
//   → let x; (async () => { void (x = await f()); return { value: (x + 1) } })()
//
// - top-level `let`/`const` and every `var` (outside nested functions)
//   become assignments, the names declared before the function (`let`
//   for `let`/`const`, `var` for `var`);
// - top-level classes become assignments of class expressions;
// - function declarations also set `this.<name>` (the global object);
// - the last statement, if an expression, is returned wrapped in
//   `{ value: ... }` (so that a promise value is not awaited again).
//
// Input without an await outside functions, or with a `return` outside
// functions, is left as it is. The edits are made on the source text,
// at positions Boa's parser records.

use boa_engine::ast::declaration::{Binding, Declaration, LexicalDeclaration, VarDeclaration, Variable};
use boa_engine::ast::expression::Expression;
use boa_engine::ast::statement::iteration::{ForOfLoop, IterableLoopInitializer};
use boa_engine::ast::statement::Statement;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Position, Spanned, StatementListItem};
use boa_engine::interner::Interner;
use std::ops::ControlFlow;
use super::call_site::full_start;

const AWAIT_PREFIX: &str = "(async () => { ";

/// The wrapped source as one editable piece per character (node edits an
/// array of characters the same way).
struct Edits {
    parts: Vec<String>,
    /// Char index where each line starts (positions are line/column).
    line_starts: Vec<usize>,
    /// Char index of each UTF-16 offset (linear positions are UTF-16).
    utf16_to_char: Vec<usize>,
    hoisted: Vec<String>,
    contains_await: bool,
    contains_return: bool,
    /// An edit could not be placed: the input is left unrewritten.
    failed: bool,
}

impl Edits {
    fn new(wrapped: &str) -> Self {
        let chars: Vec<char> = wrapped.chars().collect();
        let mut line_starts = vec![0];
        let mut utf16_to_char = Vec::new();
        for (i, &c) in chars.iter().enumerate() {
            for _ in 0..c.len_utf16() {
                utf16_to_char.push(i);
            }
            if c == '\n' || c == '\u{2028}' || c == '\u{2029}' || (c == '\r' && chars.get(i + 1) != Some(&'\n')) {
                line_starts.push(i + 1);
            }
        }
        utf16_to_char.push(chars.len());
        Self {
            parts: chars.iter().map(|c| c.to_string()).collect(),
            line_starts,
            utf16_to_char,
            hoisted: Vec::new(),
            contains_await: false,
            contains_return: false,
            failed: false,
        }
    }

    fn index(&self, p: Position) -> usize {
        let line = self.line_starts.get(p.line_number() as usize - 1).copied().unwrap_or(usize::MAX);
        line.saturating_add(p.column_number() as usize - 1)
    }

    fn valid(&mut self, i: usize) -> bool {
        if i >= self.parts.len() {
            self.failed = true;
            return false;
        }
        true
    }

    fn prepend(&mut self, at: usize, text: &str) {
        if self.valid(at) {
            self.parts[at].insert_str(0, text);
        }
    }

    /// After the character before `end` (spans end after their last character).
    fn append(&mut self, end: usize, text: &str) {
        if end > 0 && self.valid(end - 1) {
            self.parts[end - 1].push_str(text);
        }
    }

    fn replace(&mut self, from: usize, to: usize, text: &str) {
        if !self.valid(from) || !self.valid(to.max(from)) {
            return;
        }
        let mut text = text.to_string();
        if from == to {
            text.push_str(&self.parts[from]);
        }
        for part in &mut self.parts[from..to] {
            part.clear();
        }
        self.parts[from] = text;
    }

    /// Where the keyword `kw` ends right before char index `at` (only
    /// whitespace between), as the char index of its first character.
    fn keyword_before(&mut self, at: usize, kw: &str) -> Option<usize> {
        let mut i = at;
        while i > 0 && self.parts[i - 1].chars().all(char::is_whitespace) && !self.parts[i - 1].is_empty() {
            i -= 1;
        }
        let n = kw.chars().count();
        if i < n {
            self.failed = true;
            return None;
        }
        let word: String = self.parts[i - n..i].concat();
        let boundary = i == n || !self.parts[i - n - 1].chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$');
        if word == kw && boundary {
            Some(i - n)
        } else {
            self.failed = true;
            None
        }
    }
}

fn binding_span(binding: &Binding) -> (Position, Position) {
    match binding {
        Binding::Identifier(id) => (id.span().start(), id.span().end()),
        Binding::Pattern(p) => (p.span().start(), p.span().end()),
    }
}

struct AwaitWalker<'a> {
    edits: &'a mut Edits,
    interner: &'a Interner,
}

impl AwaitWalker<'_> {
    fn name(&self, sym: boa_engine::interner::Sym) -> String {
        self.interner.resolve_expect(sym).to_string()
    }

    fn bound_names(&self, binding: &Binding) -> Vec<String> {
        match binding {
            Binding::Identifier(id) => vec![self.name(id.sym())],
            Binding::Pattern(p) => boa_engine::ast::operations::bound_names(p).into_iter().map(|s| self.name(s)).collect(),
        }
    }

    /// `var a = 1, b` / top-level `let`/`const`: `void ((a = 1), (b=undefined))`.
    fn declaration(&mut self, kind: &str, variables: &[Variable]) {
        let Some(first) = variables.first() else { return };
        let start = self.edits.index(binding_span(first.binding()).0);
        let Some(kw_start) = self.edits.keyword_before(start, kind) else { return };
        let kw_end = kw_start + kind.chars().count();
        let void = if variables.len() == 1 { "void" } else { "void (" };
        self.edits.replace(kw_start, kw_end, void);
        let mut names = Vec::new();
        for (i, variable) in variables.iter().enumerate() {
            let (b_start, b_end) = binding_span(variable.binding());
            let start = self.edits.index(b_start);
            let end = self.edits.index(variable.init().map_or(b_end, |init| init.span().end()));
            self.edits.prepend(start, "(");
            self.edits.append(end, if variable.init().is_some() { ")" } else { "=undefined)" });
            if variables.len() != 1 && i == variables.len() - 1 {
                self.edits.append(end, ")");
            }
            names.extend(self.bound_names(variable.binding()));
        }
        let hoist = if kind == "var" { "var" } else { "let" };
        if !names.is_empty() {
            self.edits.hoisted.push(format!("{hoist} {}; ", names.join(", ")));
        }
    }

    /// A function declaration (at any depth outside functions) is also put
    /// on the global object.
    fn function(&mut self, name: boa_engine::interner::Sym, start_utf16: usize) {
        let name = self.name(name);
        let at = self.edits.utf16_to_char.get(start_utf16).copied().unwrap_or(usize::MAX);
        self.edits.prepend(at, &format!("this.{name} = {name}; "));
        self.edits.hoisted.push(format!("var {name}; "));
    }

    fn top_level(&mut self, item: &StatementListItem) -> ControlFlow<()> {
        match item {
            StatementListItem::Declaration(decl) => match decl.as_ref() {
                Declaration::Lexical(lex) => {
                    let kind = match lex {
                        LexicalDeclaration::Const(_) => "const",
                        LexicalDeclaration::Let(_) => "let",
                        _ => return self.visit_lexical_declaration(lex),
                    };
                    self.declaration(kind, lex.variable_list().as_ref());
                    self.visit_lexical_declaration(lex)
                }
                Declaration::ClassDeclaration(class) => {
                    let name = self.name(class.name().sym());
                    match class.linear_span() {
                        Some(span) => {
                            let at = self.edits.utf16_to_char.get(span.start().pos()).copied().unwrap_or(usize::MAX);
                            self.edits.prepend(at, &format!("{name}="));
                            self.edits.hoisted.push(format!("let {name}; "));
                        }
                        None => self.edits.failed = true,
                    }
                    ControlFlow::Continue(())
                }
                other => self.visit_declaration(other),
            },
            StatementListItem::Statement(stmt) => self.visit_statement(stmt),
        }
    }
}

impl<'ast> Visitor<'ast> for AwaitWalker<'_> {
    type BreakTy = ();

    fn visit_await(&mut self, node: &'ast boa_engine::ast::expression::Await) -> ControlFlow<()> {
        self.edits.contains_await = true;
        node.visit_with(self)
    }

    fn visit_for_of_loop(&mut self, node: &'ast ForOfLoop) -> ControlFlow<()> {
        if node.r#await() {
            self.edits.contains_await = true;
        }
        node.visit_with(self)
    }

    fn visit_iterable_loop_initializer(&mut self, node: &'ast IterableLoopInitializer) -> ControlFlow<()> {
        // `for (var x of xs)` → `for (x of xs)`, x declared before.
        if let IterableLoopInitializer::Var(variable) = node {
            let start = self.edits.index(binding_span(variable.binding()).0);
            if let Some(kw_start) = self.edits.keyword_before(start, "var") {
                self.edits.replace(kw_start, start, "");
                let names = self.bound_names(variable.binding());
                self.edits.hoisted.push(format!("var {}; ", names.join(", ")));
            }
        }
        node.visit_with(self)
    }

    fn visit_return(&mut self, node: &'ast boa_engine::ast::statement::Return) -> ControlFlow<()> {
        self.edits.contains_return = true;
        node.visit_with(self)
    }

    fn visit_var_declaration(&mut self, node: &'ast VarDeclaration) -> ControlFlow<()> {
        self.declaration("var", node.0.as_ref());
        node.visit_with(self)
    }

    fn visit_function_declaration(&mut self, node: &'ast boa_engine::ast::function::FunctionDeclaration) -> ControlFlow<()> {
        self.function(node.name().sym(), node.linear_span().start().pos());
        ControlFlow::Continue(())
    }

    fn visit_generator_declaration(&mut self, node: &'ast boa_engine::ast::function::GeneratorDeclaration) -> ControlFlow<()> {
        self.function(node.name().sym(), node.linear_span().start().pos());
        ControlFlow::Continue(())
    }

    fn visit_async_function_declaration(&mut self, node: &'ast boa_engine::ast::function::AsyncFunctionDeclaration) -> ControlFlow<()> {
        self.function(node.name().sym(), node.linear_span().start().pos());
        ControlFlow::Continue(())
    }

    fn visit_async_generator_declaration(&mut self, node: &'ast boa_engine::ast::function::AsyncGeneratorDeclaration) -> ControlFlow<()> {
        self.function(node.name().sym(), node.linear_span().start().pos());
        ControlFlow::Continue(())
    }

    // Nested functions have their own `await` and `return`.
    fn visit_function_expression(&mut self, _: &'ast boa_engine::ast::function::FunctionExpression) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_generator_expression(&mut self, _: &'ast boa_engine::ast::function::GeneratorExpression) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_async_function_expression(&mut self, _: &'ast boa_engine::ast::function::AsyncFunctionExpression) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_async_generator_expression(&mut self, _: &'ast boa_engine::ast::function::AsyncGeneratorExpression) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_arrow_function(&mut self, _: &'ast boa_engine::ast::function::ArrowFunction) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_async_arrow_function(&mut self, _: &'ast boa_engine::ast::function::AsyncArrowFunction) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_object_method_definition(&mut self, _: &'ast boa_engine::ast::expression::literal::ObjectMethodDefinition) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_class_element(&mut self, _: &'ast boa_engine::ast::function::ClassElement) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
}

/// `processTopLevelAwait(source)` → the rewritten source, `null` when
/// there is nothing to rewrite, or `[message, line, column, index,
/// unterminated]` when the wrapped source does not parse (line 1-based,
/// column 0-based and counted in the wrapped source, index the char
/// offset in it; the JavaScript side decides what the error means).
fn process_top_level_await(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use boa_engine::parser::Error;
    let source = arg_string(args, 0, ctx)?;
    let wrapped = format!("{AWAIT_PREFIX}{source} }})()");
    let mut parser = Parser::new(Source::from_bytes(wrapped.as_bytes()));
    let script = match parser.parse_script(&Scope::new_global(), ctx.interner_mut()) {
        Ok(script) => script,
        Err(err) => {
            let total = wrapped.chars().count();
            let (message, position, unterminated) = match &err {
                Error::AbruptEnd => ("Unexpected end of input".to_string(), None, false),
                Error::Lex { err } => {
                    let message = err.to_string();
                    let unterminated = message.contains("unterminated");
                    (message, None, unterminated)
                }
                Error::Expected { span, .. } | Error::Unexpected { span, .. } => (err.to_string(), Some(span.start()), false),
                Error::General { position, .. } => (err.to_string(), Some(*position), false),
                Error::ScopeAnalysis { .. } => (err.to_string(), None, false),
            };
            let edits = Edits::new(&wrapped);
            let (line, column, index) = match position {
                Some(p) => (p.line_number(), p.column_number() - 1, edits.index(p).min(total)),
                None => (edits.line_starts.len() as u32, 0, total),
            };
            let items = [
                JsValue::from(boa_engine::JsString::from(message.as_str())),
                line.into(),
                column.into(),
                JsValue::from(index as u32),
                unterminated.into(),
            ];
            return Ok(boa_engine::object::builtins::JsArray::from_iter(items, ctx).into());
        }
    };

    // (async () => { ... })() : the arrow function's body.
    let body = match script.statements().statements().first() {
        Some(StatementListItem::Statement(stmt)) => match stmt.as_ref() {
            Statement::Expression(Expression::Call(call)) => match call.function() {
                Expression::Parenthesized(p) => match p.expression() {
                    Expression::AsyncArrowFunction(f) => Some(f.body().statements()),
                    _ => None,
                },
                Expression::AsyncArrowFunction(f) => Some(f.body().statements()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some(body) = body else { return Ok(JsValue::null()) };

    let mut edits = Edits::new(&wrapped);
    {
        let interner = ctx.interner();
        let mut walker = AwaitWalker { edits: &mut edits, interner };
        for item in body {
            let _ = walker.top_level(item);
        }
    }
    if !edits.contains_await || edits.contains_return || edits.failed {
        return Ok(JsValue::null());
    }
    // The value of a last expression statement is the input's value.
    for item in body.iter().rev() {
        match item {
            StatementListItem::Statement(stmt) if matches!(stmt.as_ref(), Statement::Empty) => continue,
            StatementListItem::Statement(stmt) => {
                if let Statement::Expression(expr) = stmt.as_ref() {
                    let start = edits.index(full_start(expr));
                    let end = edits.index(expr.span().end());
                    edits.prepend(start, "return { value: (");
                    edits.append(end, ") }");
                }
            }
            StatementListItem::Declaration(_) => {}
        }
        break;
    }
    if edits.failed {
        return Ok(JsValue::null());
    }
    let code = edits.hoisted.concat() + &edits.parts.concat();
    Ok(boa_engine::JsString::from(code.as_str()).into())
}
