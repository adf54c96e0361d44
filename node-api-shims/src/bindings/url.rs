//! `internalBinding('url')`: WHATWG URL parsing and the component setters,
//! on the `url` crate (whose `quirks` module is the URL standard's API).
//! A URL travels between here and `lib/internal/url.js` as its `href`;
//! every call returns the parts the JavaScript `URL` object keeps:
//! `[href, origin, protocol, username, password, host, hostname, port,
//! pathname, search, hash]`.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg, arg_string, binding_object};
use url::{quirks, Url};

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

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("parse", parse, 2),
            ("canParse", can_parse, 2),
            ("update", update, 3),
            ("domainToASCII", domain_to_ascii, 1),
            ("domainToUnicode", domain_to_unicode, 1),
        ],
    ))
}
