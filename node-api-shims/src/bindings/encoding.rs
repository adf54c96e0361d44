//! `internalBinding('encoding')`: the WHATWG Encoding standard on
//! `encoding_rs`, for `TextDecoder` (every label the standard defines,
//! streaming, fatal mode, BOM handling) and `TextEncoder.encodeInto`.
//!
//! A decoder's state lives in a native object (`DecoderBox`) that the
//! JavaScript `TextDecoder` keeps, so `stream: true` can carry a partial
//! character from one call to the next.

use std::cell::RefCell;

use boa_engine::{Context, JsData, JsObject, JsResult, JsString, JsValue};
use boa_gc::{Finalize, Trace};
use encoding_rs::{CoderResult, Decoder, DecoderResult, Encoding};
use engine_glue::native::{arg, arg_string, binding_object, with_view_bytes, with_view_bytes_mut};

/// A decoder between calls: the encoding, whether the BOM is kept, and the
/// state of a streaming decode (`None` when no decode is under way).
#[derive(Trace, Finalize, JsData)]
struct DecoderBox {
    #[unsafe_ignore_trace]
    encoding: &'static Encoding,
    ignore_bom: bool,
    #[unsafe_ignore_trace]
    state: RefCell<Option<Decoder>>,
}

impl DecoderBox {
    fn fresh(&self) -> Decoder {
        if self.ignore_bom {
            self.encoding.new_decoder_without_bom_handling()
        } else {
            self.encoding.new_decoder_with_bom_removal()
        }
    }
}

/// `lookup(label)` → the encoding's name as TextDecoder reports it
/// (`'utf-8'`, `'windows-1252'`...), or undefined for an unknown label.
fn lookup(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let label = arg_string(args, 0, ctx)?;
    Ok(match Encoding::for_label_no_replacement(label.as_bytes()) {
        // node's decoders come from ICU, which has neither of these.
        Some(enc) if enc == encoding_rs::ISO_8859_16 || enc == encoding_rs::X_USER_DEFINED => JsValue::undefined(),
        Some(enc) => JsString::from(enc.name().to_ascii_lowercase().as_str()).into(),
        None => JsValue::undefined(),
    })
}

/// `createDecoder(name, ignoreBOM)` → the native decoder state.
fn create_decoder(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    let encoding = Encoding::for_label_no_replacement(name.as_bytes()).unwrap_or(encoding_rs::UTF_8);
    let data = DecoderBox { encoding, ignore_bom: arg(args, 1).to_boolean(), state: RefCell::new(None) };
    Ok(JsObject::from_proto_and_data(None, data).into())
}

/// `decode(decoder, view, stream, fatal)` → the decoded string, or null if
/// `fatal` and the bytes are malformed (the decoder is then reset).
fn decode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = arg(args, 0).as_object() else { return Ok(JsValue::null()) };
    let Some(dec) = obj.downcast_ref::<DecoderBox>() else { return Ok(JsValue::null()) };
    // node 20 decodes windows-1252 (the `latin1` labels) with ICU's
    // ISO-8859-1 converter: every byte is the code point of its value.
    if dec.encoding == encoding_rs::WINDOWS_1252 {
        let text = with_view_bytes(&arg(args, 1), ctx, |b| JsString::from(boa_engine::JsStr::latin1(b)))?;
        return Ok(text.unwrap_or_default().into());
    }
    let stream = arg(args, 2).to_boolean();
    let fatal = arg(args, 3).to_boolean();
    let mut state = dec.state.borrow_mut();
    let decoder = state.get_or_insert_with(|| dec.fresh());
    let last = !stream;
    let result = with_view_bytes(&arg(args, 1), ctx, |bytes| {
        let mut out = String::with_capacity(decoder.max_utf8_buffer_length(bytes.len()).unwrap_or(bytes.len() * 3));
        if fatal {
            let (res, _) = decoder.decode_to_string_without_replacement(bytes, &mut out, last);
            match res {
                DecoderResult::Malformed(..) => None,
                _ => Some(out),
            }
        } else {
            let (res, _, _) = decoder.decode_to_string(bytes, &mut out, last);
            debug_assert!(matches!(res, CoderResult::InputEmpty));
            Some(out)
        }
    })?;
    let text = match result {
        Some(Some(text)) => text,
        Some(None) => {
            *state = None;
            return Ok(JsValue::null());
        }
        None => String::new(),
    };
    if last {
        *state = None;
    }
    Ok(JsString::from(text.as_str()).into())
}

/// `encodeInto(string, view)` → `[read, written]`: UTF-16 units read and
/// bytes written, never writing part of a character.
fn encode_into(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg(args, 0).to_string(ctx)?;
    let units = source.as_str().to_vec();
    let (read, written) = with_view_bytes_mut(&arg(args, 1), ctx, |dest| {
        let mut read = 0;
        let mut written = 0;
        let mut buf = [0u8; 4];
        for c in char::decode_utf16(units.iter().copied()) {
            let (c, width) = match c {
                Ok(c) => (c, c.len_utf16()),
                Err(_) => ('\u{FFFD}', 1),
            };
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if written + bytes.len() > dest.len() {
                break;
            }
            dest[written..written + bytes.len()].copy_from_slice(bytes);
            written += bytes.len();
            read += width;
        }
        (read, written)
    })?
    .unwrap_or((0, 0));
    let pair = boa_engine::object::builtins::JsArray::from_iter(
        [JsValue::from(read as f64), JsValue::from(written as f64)],
        ctx,
    );
    Ok(pair.into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("lookup", lookup, 1),
            ("createDecoder", create_decoder, 2),
            ("decode", decode, 4),
            ("encodeInto", encode_into, 2),
        ],
    ))
}
