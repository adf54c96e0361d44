//! runnel patch: the text V8 gives an expression in its error messages.
//!
//! When a call fails ("o.f is not a function"), V8 re-parses the function
//! and prints the callee with its `CallPrinter` (src/ast/prettyprinter.cc):
//! identifiers and property chains as written (`o.a.b`, `o[1]`, `o.k` for
//! `o['k']`), calls as `f(...)`, operators in parentheses (`(a + b)`),
//! literals (`"s"`, `1`), and `(intermediate value)` for everything it does
//! not print (functions, classes, `new X()`, conditionals, `await`...).
//! This renders a Boa expression the same way, at compile time; the text is
//! recorded in the code block's error sites (`vm/v8_errors.rs`).

use boa_ast::{
    Expression,
    expression::{
        access::{PropertyAccess, PropertyAccessField},
        literal::{LiteralKind, TemplateElement},
        operator::{
            assign::AssignTarget,
            binary::BinaryOp,
            unary::UnaryOp,
            update::{UpdateOp, UpdateTarget},
        },
        Optional, OptionalOperationKind,
    },
};
use boa_interner::{Interner, Sym};

/// Renders `expr` as V8's `CallPrinter` prints the node it found.
pub(crate) fn render(expr: &Expression, interner: &Interner) -> String {
    let mut printer = Printer {
        interner,
        out: String::new(),
        prints: 0,
    };
    printer.find(expr, true);
    printer.out
}

/// Renders the part of an optional chain before operation `upto` (the call
/// that failed, in `a?.b.c()`: `a?.b.c`).
pub(crate) fn render_optional_prefix(opt: &Optional, upto: usize, interner: &Interner) -> String {
    let mut printer = Printer {
        interner,
        out: String::new(),
        prints: 0,
    };
    printer.find(opt.target(), true);
    for item in &opt.chain()[..upto] {
        match item.kind() {
            OptionalOperationKind::SimplePropertyAccess { field } => {
                if item.shorted() {
                    let named = match field {
                        PropertyAccessField::Const(_) => true,
                        PropertyAccessField::Expr(key) => string_key(key).is_some(),
                    };
                    printer.print(if named { "?" } else { "?." });
                }
                printer.field(field);
            }
            OptionalOperationKind::PrivatePropertyAccess { field } => {
                printer.print("[#");
                printer.sym(field.description());
                printer.print("]");
            }
            OptionalOperationKind::Call { .. } => printer.print("(...)"),
        }
    }
    printer.out
}

/// The text of a literal string key (`o['k']`, ``o[`k`]``), which V8 prints
/// as a named property.
fn string_key(expr: &Expression) -> Option<Sym> {
    match expr {
        Expression::Literal(lit) => match lit.kind() {
            LiteralKind::String(sym) => Some(*sym),
            _ => None,
        },
        Expression::TemplateLiteral(template) => match template.elements() {
            [] => Some(Sym::EMPTY_STRING),
            [TemplateElement::String(sym)] => Some(*sym),
            _ => None,
        },
        Expression::Parenthesized(p) => string_key(p.expression()),
        _ => None,
    }
}

struct Printer<'a> {
    interner: &'a Interner,
    out: String,
    prints: usize,
}

impl Printer<'_> {
    fn print(&mut self, s: &str) {
        self.prints += 1;
        self.out.push_str(s);
    }

    fn sym(&mut self, sym: Sym) {
        let text = self.interner.resolve_expect(sym).to_string();
        self.print(&text);
    }

    /// V8's `Find(node, print)` while printing: a node that prints nothing
    /// (or that V8 does not descend into) is `(intermediate value)`.
    fn find(&mut self, expr: &Expression, print: bool) {
        if print {
            let before = self.prints;
            self.visit(expr);
            if self.prints != before {
                return;
            }
        }
        self.print("(intermediate value)");
    }

    fn number(&mut self, n: f64) {
        let text = crate::JsString::from(n).to_std_string_escaped();
        self.print(&text);
    }

    fn field(&mut self, field: &PropertyAccessField) {
        match field {
            PropertyAccessField::Const(ident) => {
                self.print(".");
                self.sym(ident.sym());
            }
            PropertyAccessField::Expr(key) => {
                if let Some(sym) = string_key(key) {
                    self.print(".");
                    self.sym(sym);
                } else {
                    self.print("[");
                    self.find(key, true);
                    self.print("]");
                }
            }
        }
    }

    fn access(&mut self, access: &PropertyAccess) {
        match access {
            PropertyAccess::Simple(access) => {
                self.find(access.target(), true);
                self.field(access.field());
            }
            PropertyAccess::Private(access) => {
                self.find(access.target(), true);
                self.print("[#");
                self.sym(access.field().description());
                self.print("]");
            }
            PropertyAccess::Super(access) => {
                // V8 prints nothing for the `super` reference.
                self.print("(intermediate value)");
                self.field(access.field());
            }
        }
    }

    /// Operands of a chain of the same operator (`a + b + c`), which V8
    /// parses as one n-ary operation.
    fn binary_operands<'e>(expr: &'e Expression, op: BinaryOp, out: &mut Vec<&'e Expression>) {
        if let Expression::Binary(binary) = expr
            && binary.op() == op
        {
            Self::binary_operands(binary.lhs(), op, out);
            out.push(binary.rhs());
        } else {
            out.push(expr);
        }
    }

    fn visit(&mut self, expr: &Expression) {
        match expr {
            Expression::This(_) => self.print("this"),
            Expression::Identifier(ident) => self.sym(ident.sym()),
            Expression::Literal(lit) => match lit.kind() {
                LiteralKind::String(sym) => {
                    self.print("\"");
                    self.sym(*sym);
                    self.print("\"");
                }
                LiteralKind::Num(n) => self.number(*n),
                LiteralKind::Int(i) => self.print(&i.to_string()),
                LiteralKind::Bool(b) => self.print(if *b { "true" } else { "false" }),
                LiteralKind::Null => self.print("null"),
                LiteralKind::Undefined => self.print("undefined"),
                LiteralKind::BigInt(_) => {}
            },
            Expression::RegExpLiteral(regexp) => {
                self.print("/");
                self.sym(regexp.pattern());
                self.print("/");
                let flags = self.interner.resolve_expect(regexp.flags()).to_string();
                for flag in "dgilmsuvy".chars().filter(|c| flags.contains(*c)) {
                    self.print(&flag.to_string());
                }
            }
            Expression::ArrayLiteral(array) => {
                self.print("[");
                for (i, element) in array.as_ref().iter().enumerate() {
                    if i != 0 {
                        self.print(",");
                    }
                    match element {
                        Some(element) => self.find(element, true),
                        None => self.print("(intermediate value)"),
                    }
                }
                self.print("]");
            }
            Expression::ObjectLiteral(object) => {
                self.print("{");
                for _ in object.properties() {
                    self.print("(intermediate value)");
                }
                self.print("}");
            }
            Expression::Spread(spread) => {
                self.print("(...");
                self.find(spread.target(), true);
                self.print(")");
            }
            Expression::TemplateLiteral(template) => {
                if let Some(sym) = string_key(expr) {
                    self.print("\"");
                    self.sym(sym);
                    self.print("\"");
                } else {
                    for element in template.elements() {
                        if let TemplateElement::Expr(e) = element {
                            self.find(e, true);
                        }
                    }
                }
            }
            Expression::PropertyAccess(access) => self.access(access),
            Expression::Call(call) => {
                self.find(call.function(), true);
                self.print("(...)");
            }
            Expression::TaggedTemplate(tagged) => {
                self.find(tagged.tag(), true);
                self.print("(...)");
            }
            Expression::SuperCall(_) => {
                self.print("super");
                self.print("(...)");
            }
            Expression::ImportCall(import) => {
                self.print("ImportCall(");
                self.find(import.specifier(), true);
                self.print(")");
            }
            Expression::NewTarget(_) => self.print(".new.target"),
            Expression::Assign(assign) => match assign.lhs() {
                AssignTarget::Identifier(ident) => self.sym(ident.sym()),
                AssignTarget::Access(access) => self.access(access),
                AssignTarget::Pattern(_) => self.print("(intermediate value)"),
            },
            Expression::Unary(unary) => {
                let op = unary.op();
                // V8 folds a sign applied to a number literal into the literal.
                if let (UnaryOp::Minus, Expression::Literal(lit)) = (op, unary.target()) {
                    match lit.kind() {
                        LiteralKind::Num(n) => return self.number(-*n),
                        LiteralKind::Int(i) => return self.number(-f64::from(*i)),
                        _ => {}
                    }
                }
                self.print("(");
                self.print(&op.to_string());
                if matches!(op, UnaryOp::Delete | UnaryOp::TypeOf | UnaryOp::Void) {
                    self.print(" ");
                }
                self.find(unary.target(), true);
                self.print(")");
            }
            Expression::Update(update) => {
                let op = update.op();
                let prefix = matches!(op, UpdateOp::IncrementPre | UpdateOp::DecrementPre);
                self.print("(");
                if prefix {
                    self.print(&op.to_string());
                }
                match update.target() {
                    UpdateTarget::Identifier(ident) => self.sym(ident.sym()),
                    UpdateTarget::PropertyAccess(access) => self.access(access),
                }
                if !prefix {
                    self.print(&op.to_string());
                }
                self.print(")");
            }
            Expression::Binary(binary) => {
                let op = binary.op();
                let mut operands = Vec::new();
                Self::binary_operands(expr, op, &mut operands);
                self.print("(");
                for (i, operand) in operands.into_iter().enumerate() {
                    if i != 0 {
                        self.print(" ");
                        self.print(&op.to_string());
                        self.print(" ");
                    }
                    self.find(operand, true);
                }
                self.print(")");
            }
            Expression::BinaryInPrivate(binary) => {
                self.print("(#");
                self.sym(binary.lhs().description());
                self.print(" in ");
                self.find(binary.rhs(), true);
                self.print(")");
            }
            Expression::Conditional(_) => {
                self.print("(intermediate value)");
                self.print("(intermediate value)");
                self.print("(intermediate value)");
            }
            Expression::Parenthesized(p) => self.visit(p.expression()),
            // Functions, classes, `new X()`, `await`, `yield`,
            // `import.meta`, an optional chain in parentheses: V8 prints
            // nothing, so `(intermediate value)`.
            _ => {}
        }
    }
}
