//! `internalBinding('url')`: WHATWG URL parsing and the component setters,
//! on the `url` crate (whose `quirks` module is the URL standard's API).
//! A URL travels between here and `lib/internal/url.js` as its `href`;
//! every call returns the parts the JavaScript `URL` object keeps:
//! `[href, origin, protocol, username, password, host, hostname, port,
//! pathname, search, hash]`.
//!
//! Also two helpers of the legacy `url` API: `toASCII` (IDNA for
//! `url.parse()` hostnames) and `format` (`url.format(URL, options)`).

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg, arg_string, binding_object};
use idna_adapter::Adapter;
use url::{quirks, Host, Position, Url};

fn parts(url: &Url, ctx: &mut Context) -> JsValue {
    let fields = [
        quirks::href(url).to_string(),
        quirks::origin(url),
        quirks::protocol(url).to_string(),
        quirks::username(url).to_string(),
        quirks::password(url).to_string(),
        quirks::host(url).to_string(),
        quirks::hostname(url).to_string(),
        quirks::port(url).to_string(),
        quirks::pathname(url).to_string(),
        quirks::search(url).to_string(),
        quirks::hash(url).to_string(),
    ];
    let values = fields.iter().map(|f| JsValue::from(JsString::from(f.as_str())));
    JsArray::from_iter(values, ctx).into()
}

fn parse_with_base(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(base) => Url::parse(base).ok()?.join(input).ok(),
        None => Url::parse(input).ok(),
    }
}

fn optional_string(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Option<String>> {
    let v = arg(args, i);
    if v.is_undefined() {
        Ok(None)
    } else {
        Ok(Some(v.to_string(ctx)?.to_std_string_lossy()))
    }
}

/// `parse(input, base)` → the parts, or undefined if it is not a URL.
fn parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let base = optional_string(args, 1, ctx)?;
    Ok(match parse_with_base(&input, base.as_deref()) {
        Some(url) => parts(&url, ctx),
        None => JsValue::undefined(),
    })
}

/// `canParse(input, base)`.
fn can_parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let base = optional_string(args, 1, ctx)?;
    Ok(parse_with_base(&input, base.as_deref()).is_some().into())
}

/// `update(href, component, value)` → the parts after the component's
/// setter ran (the standard ignores values a setter cannot use), or
/// undefined when `href` itself is replaced by something that is not a URL.
fn update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = arg_string(args, 0, ctx)?;
    let component = arg_string(args, 1, ctx)?;
    let value = arg(args, 2).to_string(ctx)?.to_std_string_lossy();
    let Ok(mut url) = Url::parse(&href) else { return Ok(JsValue::undefined()) };
    match component.as_str() {
        "href" => {
            if quirks::set_href(&mut url, &value).is_err() {
                return Ok(JsValue::undefined());
            }
        }
        "protocol" => {
            if quirks::set_protocol(&mut url, &value).is_err() {
                if let Some(changed) = special_to_file(&url, &value) {
                    url = changed;
                }
            }
        }
        "username" => drop(quirks::set_username(&mut url, &value)),
        "password" => drop(quirks::set_password(&mut url, &value)),
        "host" => drop(quirks::set_host(&mut url, &value)),
        "hostname" => drop(quirks::set_hostname(&mut url, &value)),
        "port" => drop(quirks::set_port(&mut url, &value)),
        "pathname" => quirks::set_pathname(&mut url, &value),
        "search" => quirks::set_search(&mut url, &value),
        "hash" => quirks::set_hash(&mut url, &value),
        _ => {}
    }
    Ok(parts(&url, ctx))
}

/// The URL standard lets a special URL without credentials or port become
/// a `file:` URL (keeping its host); the `url` crate refuses. Rebuilt
/// here by re-parsing with the new scheme.
fn special_to_file(url: &Url, value: &str) -> Option<Url> {
    let scheme = value.split(':').next()?.to_ascii_lowercase();
    let special = ["http", "https", "ws", "wss", "ftp"];
    if scheme != "file" || !special.contains(&url.scheme()) {
        return None;
    }
    if !url.username().is_empty() || url.password().is_some() || url.port().is_some() {
        return None;
    }
    let rest = &url.as_str()[url.scheme().len()..];
    Url::parse(&format!("file{rest}")).ok()
}

/// `domainToASCII(domain)` / `domainToUnicode(domain)`: IDNA, '' if invalid.
fn domain_to_ascii(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let domain = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    Ok(JsString::from(quirks::domain_to_ascii(&domain).as_str()).into())
}

fn domain_to_unicode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let domain = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    Ok(JsString::from(quirks::domain_to_unicode(&domain).as_str()).into())
}

/// `toASCII(domain)`: UTS #46 ToASCII as node applies it to a legacy
/// `url.parse()` hostname: no IPv4 parsing and no forbidden-code-point
/// check (url.js checks the result itself); '' when the domain is invalid.
fn to_ascii(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let domain = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let mut ascii = legacy_to_ascii(&domain);
    // node hands the result back as a C string: it ends at a NUL.
    if let Some(nul) = ascii.find('\0') {
        ascii.truncate(nul);
    }
    Ok(JsString::from(ascii.as_str()).into())
}

/// ToASCII the way node 20's URL library (ada 2.x) does it, which is UTS
/// #46 with its own simplifications: an all-ASCII domain is only
/// lower-cased (its `xn--` labels checked); otherwise the domain is mapped
/// and normalized (disallowed code points are an error) and each non-ASCII
/// label is checked by `label_is_valid` and Punycode-encoded. `xn--` labels
/// must decode to mapped, normalized, valid text (Punycode with no encoded
/// part, `xn--abc-`, is fine). '' on error. (The `idna` crate's full UTS #46
/// is stricter, so only its building blocks are used.)
fn legacy_to_ascii(domain: &str) -> String {
    let adapter = Adapter::new();
    let chars: Vec<char> = if domain.is_ascii() {
        domain.to_ascii_lowercase().chars().collect()
    } else {
        let mapped: Vec<char> = adapter.map_normalize(domain.chars()).collect();
        // Disallowed code points come out as U+FFFD.
        if mapped.contains(&'\u{FFFD}') {
            return String::new();
        }
        mapped
    };
    let mut out = String::new();
    for (i, label) in chars.split(|c| *c == '.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        if label.starts_with(&['x', 'n', '-', '-']) {
            if !label.iter().all(char::is_ascii) {
                return String::new();
            }
            let text: String = label.iter().collect();
            let Some(decoded) = idna::punycode::decode(&text[4..]) else {
                return String::new();
            };
            let remapped: Vec<char> = adapter.map_normalize(decoded.iter().copied()).collect();
            if decoded.is_empty() || remapped != decoded || !label_is_valid(&adapter, &decoded) {
                return String::new();
            }
            out.push_str(&text);
        } else if label.iter().all(char::is_ascii) {
            out.extend(label.iter());
        } else {
            if !label_is_valid(&adapter, label) {
                return String::new();
            }
            let Some(encoded) = idna::punycode::encode(label) else {
                return String::new();
            };
            out.push_str("xn--");
            out.push_str(&encoded);
        }
    }
    out
}

/// ada 2.x's label check: no leading combining mark; then the joiner rules
/// as ada applies them (the first ZWNJ/ZWJ decides the whole label: after a
/// virama it is fine, otherwise a ZWJ is an error and a ZWNJ needs some
/// left- or dual-joining letter before it and some right- or dual-joining
/// letter after it); then, for a label with an R, AL or AN character, the
/// Bidi rule of RFC 5893 — with ada 2.x's gaps: a label starting with an L
/// character is checked without its last character, and any other start
/// counts as right-to-left.
fn label_is_valid(adapter: &Adapter, label: &[char]) -> bool {
    use icu_properties::props::{BidiClass as B, JoiningType as J};
    use icu_properties::CodePointMapData;

    let Some(&first) = label.first() else { return true };
    if adapter.is_mark(first) {
        return false;
    }
    let joining = CodePointMapData::<J>::new();
    for (i, &c) in label.iter().enumerate() {
        if c == '\u{200C}' || c == '\u{200D}' {
            if i > 0 && adapter.is_virama(label[i - 1]) {
                return true;
            }
            if c == '\u{200D}' || i == 0 || i + 1 >= label.len() {
                return false;
            }
            let before = label[..i].iter().any(|&b| matches!(joining.get(b), J::LeftJoining | J::DualJoining));
            let after = label[i + 1..].iter().any(|&a| matches!(joining.get(a), J::RightJoining | J::DualJoining));
            return before && after;
        }
    }

    let bidi = CodePointMapData::<B>::new();
    let Some(last) = label.iter().rposition(|&c| bidi.get(c) != B::NonspacingMark) else {
        return false;
    };
    if !label.iter().any(|&c| matches!(bidi.get(c), B::RightToLeft | B::ArabicLetter | B::ArabicNumber)) {
        return true;
    }
    if bidi.get(first) == B::LeftToRight {
        return label[..last].iter().all(|&c| {
            matches!(
                bidi.get(c),
                B::LeftToRight
                    | B::EuropeanNumber
                    | B::EuropeanSeparator
                    | B::CommonSeparator
                    | B::EuropeanTerminator
                    | B::OtherNeutral
                    | B::BoundaryNeutral
                    | B::NonspacingMark
            )
        });
    }
    let (mut has_en, mut has_an) = (false, false);
    for (i, &c) in label[..=last].iter().enumerate() {
        let d = bidi.get(c);
        has_en |= d == B::EuropeanNumber;
        has_an |= d == B::ArabicNumber;
        if has_en && has_an {
            return false;
        }
        let allowed = matches!(
            d,
            B::RightToLeft
                | B::ArabicLetter
                | B::ArabicNumber
                | B::EuropeanNumber
                | B::EuropeanSeparator
                | B::CommonSeparator
                | B::EuropeanTerminator
                | B::OtherNeutral
                | B::BoundaryNeutral
                | B::NonspacingMark
        );
        if !allowed {
            return false;
        }
        if i == last && !matches!(d, B::RightToLeft | B::ArabicLetter | B::ArabicNumber | B::EuropeanNumber) {
            return false;
        }
    }
    true
}

/// Each `xn--` label of a host decoded from Punycode; labels that are not
/// valid Punycode stay as they are.
fn host_to_unicode(host: &str) -> String {
    let labels: Vec<String> = host
        .split('.')
        .map(|label| {
            label
                .strip_prefix("xn--")
                .and_then(idna::punycode::decode_to_string)
                .unwrap_or_else(|| label.to_string())
        })
        .collect();
    labels.join(".")
}

/// `format(href, fragment, unicode, search, auth)`: the serialization of a
/// WHATWG URL for `url.format(url, options)`, without its fragment, query
/// or credentials as asked, and with a Unicode host if asked.
fn format(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let [fragment, unicode, search, auth] = [1, 2, 3, 4].map(|i| arg(args, i).to_boolean());
    let Ok(mut url) = Url::parse(&href) else {
        return Ok(JsString::from(href.as_str()).into());
    };
    if !fragment {
        url.set_fragment(None);
    }
    if !search {
        url.set_query(None);
    }
    if !auth {
        // URLs that cannot carry credentials have none to remove.
        let _ = url.set_username("");
        let _ = url.set_password(None);
    }
    let mut out = url.as_str().to_string();
    if unicode {
        if let Some(Host::Domain(host)) = url.host() {
            let start = url[..Position::BeforeHost].len();
            let end = url[..Position::AfterHost].len();
            out.replace_range(start..end, &host_to_unicode(host));
        }
    }
    Ok(JsString::from(out.as_str()).into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("parse", parse, 2),
            ("canParse", can_parse, 2),
            ("update", update, 3),
            ("domainToASCII", domain_to_ascii, 1),
            ("domainToUnicode", domain_to_unicode, 1),
            ("toASCII", to_ascii, 1),
            ("format", format, 5),
        ],
    ))
}
