//! runnel patch: a direct reader of JSON text for `JSON.parse`.
//!
//! Boa 0.22 validated the text with `serde_json`, then parsed it again as a
//! JavaScript expression, compiled that to bytecode and ran it: slow for big
//! documents, wrong for lone surrogates (which JSON strings may hold), and
//! its errors were serde's and Boa's parser's. This reader walks the string's
//! own code units once and builds the values directly, with an explicit
//! stack instead of recursion (a document nested a million deep parses, as
//! in V8), and it reports errors with V8's messages and positions, which is
//! what Node programs print and sometimes match on.

use crate::{
    Context, JsResult, JsString, JsValue,
    builtins::Array,
    error::JsNativeError,
    object::JsObject,
    property::PropertyKey,
};
use boa_string::JsStr;

/// A code unit of the source string: Boa stores strings as Latin-1 bytes or
/// as UTF-16, and the reader works on either without converting.
pub(super) trait Unit: Copy {
    fn unit(self) -> u16;
    /// A string made of `units`, which hold no escapes.
    fn string(units: &[Self]) -> JsString;
}

impl Unit for u8 {
    fn unit(self) -> u16 {
        u16::from(self)
    }
    fn string(units: &[Self]) -> JsString {
        JsString::from(JsStr::latin1(units))
    }
}

impl Unit for u16 {
    fn unit(self) -> u16 {
        self
    }
    fn string(units: &[Self]) -> JsString {
        JsString::from(units)
    }
}

/// What went wrong, with V8's wording; the position is a code-unit index.
enum Error {
    EndOfInput,
    /// An unexpected character where a value or punctuation was expected.
    Token(usize),
    Number(usize),
    PropertyNameOrBrace(usize),
    CommaOrBracket(usize),
    CommaOrBrace(usize),
    Colon(usize),
    QuotedPropertyName(usize),
    ExponentMissing(usize),
    UnterminatedString(usize),
    ControlCharacter(usize),
    EscapedCharacter(usize),
    UnicodeEscape(usize),
    NoNumberAfterMinus(usize),
    NonWhitespaceAfter(usize),
    UnterminatedFraction(usize),
}

/// V8 quotes the whole source in an unexpected-token message when it is
/// shorter than this, and ten code units either side of the error otherwise.
const CONTEXT: usize = 10;
const MIN_LENGTH_FOR_CONTEXT: usize = CONTEXT * 2 + 1;

impl Error {
    fn message<U: Unit>(self, source: &[U]) -> String {
        let at = |what: &str, pos: usize| format!("{what} in JSON at position {pos}");
        match self {
            Self::EndOfInput => "Unexpected end of JSON input".to_owned(),
            Self::Token(pos) => token_message(source, pos),
            Self::Number(pos) => at("Unexpected number", pos),
            Self::PropertyNameOrBrace(pos) => at("Expected property name or '}'", pos),
            Self::CommaOrBracket(pos) => at("Expected ',' or ']' after array element", pos),
            Self::CommaOrBrace(pos) => at("Expected ',' or '}' after property value", pos),
            Self::Colon(pos) => at("Expected ':' after property name", pos),
            Self::QuotedPropertyName(pos) => at("Expected double-quoted property name", pos),
            Self::ExponentMissing(pos) => at("Exponent part is missing a number", pos),
            Self::UnterminatedString(pos) => at("Unterminated string", pos),
            Self::ControlCharacter(pos) => at("Bad control character in string literal", pos),
            Self::EscapedCharacter(pos) => at("Bad escaped character", pos),
            Self::UnicodeEscape(pos) => at("Bad Unicode escape", pos),
            Self::NoNumberAfterMinus(pos) => at("No number after minus sign", pos),
            Self::NonWhitespaceAfter(pos) => format!(
                "Unexpected non-whitespace character after JSON at position {pos}"
            ),
            Self::UnterminatedFraction(pos) => at("Unterminated fractional number", pos),
        }
    }
}

fn text<U: Unit>(units: &[U]) -> String {
    let units: Vec<u16> = units.iter().map(|u| u.unit()).collect();
    String::from_utf16_lossy(&units)
}

/// V8's message for an unexpected character: the whole source when it is
/// one of the strings people pass by mistake (`undefined`, `NaN`...),
/// otherwise the character and the source around it.
fn token_message<U: Unit>(source: &[U], pos: usize) -> String {
    let whole = text(source);
    if matches!(whole.as_str(), "undefined" | "NaN" | "Infinity" | "[object Object]") {
        return format!("\"{whole}\" is not valid JSON");
    }
    let token = text(&source[pos..=pos]);
    let len = source.len();
    if len < MIN_LENGTH_FOR_CONTEXT {
        return format!("Unexpected token '{token}', \"{whole}\" is not valid JSON");
    }
    if pos < CONTEXT {
        let shown = text(&source[..pos + CONTEXT]);
        format!("Unexpected token '{token}', \"{shown}\"... is not valid JSON")
    } else if pos < len - CONTEXT {
        let shown = text(&source[pos - CONTEXT..pos + CONTEXT]);
        format!("Unexpected token '{token}', ...\"{shown}\"... is not valid JSON")
    } else {
        let shown = text(&source[pos - CONTEXT..]);
        format!("Unexpected token '{token}', ...\"{shown}\" is not valid JSON")
    }
}

/// An array or object still open while its members are read.
enum Open {
    Array(Vec<JsValue>),
    /// The object and the key whose value is being read.
    Object(JsObject, JsString),
}

struct Reader<'a, U> {
    source: &'a [U],
    pos: usize,
}

/// Parses `source` as one JSON text into a value (`JSON.parse` steps 2-10).
pub(super) fn parse<U: Unit>(source: &[U], context: &mut Context) -> JsResult<JsValue> {
    let mut reader = Reader { source, pos: 0 };
    reader.document(context).map_err(|e| match e {
        Ok(error) => JsNativeError::syntax()
            .with_message(error.message(source))
            .into(),
        Err(js) => js,
    })
}

const fn is_digit(unit: Option<u16>) -> bool {
    matches!(unit, Some(u) if u >= b'0' as u16 && u <= b'9' as u16)
}

/// A parse error, or an error thrown while building the value.
type Failure = Result<Error, crate::JsError>;

impl<U: Unit> Reader<'_, U> {
    fn peek(&self) -> Option<u16> {
        self.source.get(self.pos).map(|u| u.unit())
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(0x20 | 0x09 | 0x0A | 0x0D)) {
            self.pos += 1;
        }
    }

    /// Reads `expected` at the cursor, failing with `error` if it is absent.
    fn expect(&mut self, expected: u8, error: fn(usize) -> Error) -> Result<(), Failure> {
        if self.peek() == Some(u16::from(expected)) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Ok(error(self.pos)))
        }
    }

    fn document(&mut self, context: &mut Context) -> Result<JsValue, Failure> {
        let mut open: Vec<Open> = Vec::new();
        'value: loop {
            // A value starts here.
            self.skip_whitespace();
            let mut value = match self.peek() {
                None => return Err(Ok(Error::EndOfInput)),
                Some(0x7B) => {
                    // `{`
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(0x7D) {
                        self.pos += 1;
                        JsObject::with_object_proto(context.intrinsics()).into()
                    } else {
                        let key = self.property_name(Error::PropertyNameOrBrace)?;
                        let object = JsObject::with_object_proto(context.intrinsics());
                        open.push(Open::Object(object, key));
                        continue 'value;
                    }
                }
                Some(0x5B) => {
                    // `[`
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(0x5D) {
                        self.pos += 1;
                        Array::create_array_from_list([], context).into()
                    } else {
                        open.push(Open::Array(Vec::new()));
                        continue 'value;
                    }
                }
                Some(0x22) => self.string()?.into(),
                Some(u) if u == u16::from(b'-') || is_digit(Some(u)) => self.number()?.into(),
                Some(0x74) => self.literal("true", JsValue::new(true))?,
                Some(0x66) => self.literal("false", JsValue::new(false))?,
                Some(0x6E) => self.literal("null", JsValue::null())?,
                Some(_) => return Err(Ok(Error::Token(self.pos))),
            };

            // The value is complete: hand it to the innermost open container,
            // closing every container that ends right after it.
            loop {
                match open.last_mut() {
                    None => {
                        self.skip_whitespace();
                        if self.pos < self.source.len() {
                            return Err(Ok(Error::NonWhitespaceAfter(self.pos)));
                        }
                        return Ok(value);
                    }
                    Some(Open::Array(items)) => {
                        items.push(value);
                        self.skip_whitespace();
                        if self.peek() == Some(0x2C) {
                            self.pos += 1;
                            continue 'value;
                        }
                        self.expect(b']', Error::CommaOrBracket)?;
                        let Some(Open::Array(items)) = open.pop() else {
                            unreachable!("the innermost container is this array")
                        };
                        value = Array::create_array_from_list(items, context).into();
                    }
                    Some(Open::Object(object, key)) => {
                        // CreateDataProperty: `__proto__` is a plain key here, and
                        // a repeated key keeps its place with the later value.
                        object
                            .create_data_property_or_throw(
                                PropertyKey::from(key.clone()),
                                value,
                                context,
                            )
                            .map_err(Err)?;
                        self.skip_whitespace();
                        if self.peek() == Some(0x2C) {
                            self.pos += 1;
                            self.skip_whitespace();
                            *key = self.property_name(Error::QuotedPropertyName)?;
                            continue 'value;
                        }
                        self.expect(b'}', Error::CommaOrBrace)?;
                        let Some(Open::Object(object, _)) = open.pop() else {
                            unreachable!("the innermost container is this object")
                        };
                        value = object.into();
                    }
                }
            }
        }
    }

    /// A property name and its colon; `missing` is the error when no `"`
    /// starts the name.
    fn property_name(&mut self, missing: fn(usize) -> Error) -> Result<JsString, Failure> {
        if self.peek() != Some(0x22) {
            return Err(Ok(missing(self.pos)));
        }
        let key = self.string()?;
        self.skip_whitespace();
        self.expect(b':', Error::Colon)?;
        Ok(key)
    }

    /// `true`, `false` or `null`, whose first letter is at the cursor.
    fn literal(&mut self, word: &str, value: JsValue) -> Result<JsValue, Failure> {
        for expected in word.bytes() {
            match self.peek() {
                None => return Err(Ok(Error::EndOfInput)),
                Some(u) if u == u16::from(expected) => self.pos += 1,
                Some(_) => return Err(Ok(Error::Token(self.pos))),
            }
        }
        Ok(value)
    }

    fn digits(&mut self) {
        while is_digit(self.peek()) {
            self.pos += 1;
        }
    }

    fn number(&mut self) -> Result<f64, Failure> {
        let start = self.pos;
        if self.peek() == Some(u16::from(b'-')) {
            self.pos += 1;
            if !is_digit(self.peek()) {
                return Err(Ok(Error::NoNumberAfterMinus(self.pos)));
            }
        }
        if self.peek() == Some(u16::from(b'0')) {
            self.pos += 1;
            if is_digit(self.peek()) {
                return Err(Ok(Error::Number(self.pos)));
            }
        } else {
            self.digits();
        }
        let mut integer = true;
        if self.peek() == Some(u16::from(b'.')) {
            integer = false;
            self.pos += 1;
            if !is_digit(self.peek()) {
                return Err(Ok(Error::UnterminatedFraction(self.pos)));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            integer = false;
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if !is_digit(self.peek()) {
                return Err(Ok(Error::ExponentMissing(self.pos)));
            }
            self.digits();
        }
        // The text is ASCII digits, sign, `.` and exponent only.
        let digits = &self.source[start..self.pos];
        if integer && digits.len() <= 15 {
            // Exact in an f64: no need for a correctly rounded conversion.
            let (negative, magnitude) = match digits.first().map(|u| u.unit()) {
                Some(0x2D) => (true, &digits[1..]),
                _ => (false, digits),
            };
            let n = magnitude
                .iter()
                .fold(0_i64, |n, d| n * 10 + i64::from(d.unit() - u16::from(b'0')));
            #[allow(clippy::cast_precision_loss)]
            let n = n as f64;
            return Ok(if negative { -n } else { n });
        }
        let ascii: String = digits.iter().map(|u| char::from(u.unit() as u8)).collect();
        Ok(ascii
            .parse::<f64>()
            .expect("a JSON number is a valid Rust float literal"))
    }

    /// A string whose opening quote is at the cursor.
    fn string(&mut self) -> Result<JsString, Failure> {
        self.pos += 1;
        let start = self.pos;
        // Fast path: no escapes, so the string is a slice of the source.
        loop {
            match self.peek() {
                None => return Err(Ok(Error::UnterminatedString(self.pos))),
                Some(0x22) => {
                    let s = U::string(&self.source[start..self.pos]);
                    self.pos += 1;
                    return Ok(s);
                }
                Some(0x5C) => break,
                Some(u) if u < 0x20 => return Err(Ok(Error::ControlCharacter(self.pos))),
                Some(_) => self.pos += 1,
            }
        }
        let mut units: Vec<u16> = self.source[start..self.pos].iter().map(|u| u.unit()).collect();
        loop {
            match self.peek() {
                None => return Err(Ok(Error::UnterminatedString(self.pos))),
                Some(0x22) => {
                    self.pos += 1;
                    return Ok(JsString::from(&units[..]));
                }
                Some(0x5C) => {
                    self.pos += 1;
                    let escaped = match self.peek() {
                        None => return Err(Ok(Error::EndOfInput)),
                        Some(0x22) => 0x22,
                        Some(0x5C) => 0x5C,
                        Some(0x2F) => 0x2F,
                        Some(0x62) => 0x08,
                        Some(0x66) => 0x0C,
                        Some(0x6E) => 0x0A,
                        Some(0x72) => 0x0D,
                        Some(0x74) => 0x09,
                        Some(0x75) => {
                            let mut code = 0_u16;
                            for _ in 0..4 {
                                self.pos += 1;
                                let digit = self
                                    .peek()
                                    .and_then(|u| char::from_u32(u32::from(u)))
                                    .and_then(|c| c.to_digit(16))
                                    .ok_or(Ok(Error::UnicodeEscape(self.pos)))?;
                                #[allow(clippy::cast_possible_truncation)]
                                let digit = digit as u16;
                                code = code * 16 + digit;
                            }
                            code
                        }
                        Some(_) => return Err(Ok(Error::EscapedCharacter(self.pos))),
                    };
                    units.push(escaped);
                    self.pos += 1;
                }
                Some(u) if u < 0x20 => return Err(Ok(Error::ControlCharacter(self.pos))),
                Some(u) => {
                    units.push(u);
                    self.pos += 1;
                }
            }
        }
    }
}
