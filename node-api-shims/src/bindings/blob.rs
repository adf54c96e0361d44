//! `internalBinding('blob')`: the bytes behind `Blob` and `File`
//! (`lib/internal/blob.js`), and the random ids of `blob:` URLs.
//!
//! A blob's bytes never change, so they live here, shared, not in an
//! ArrayBuffer a script could write to. A blob is a list of *parts*: a
//! range of a byte store, or a whole other blob. The sources given to one
//! `new Blob([...])` are copied once, together, into one store; a blob used
//! as a source, and every `slice`, shares the stores it covers. Bytes are
//! copied out only when a script asks for them (`arrayBuffer()`, `text()`).
//!
//! The list has node's shape on purpose (node's blob is a DataQueue of
//! entries, a nested blob being one entry): node reads a blob entry by
//! entry, one microtask apart, so *when* `arrayBuffer()` settles depends on
//! that shape, and scripts can see it. [`Parts::pulls`] counts node's reads.

use std::sync::Arc;

use boa_engine::builtins::typed_array::TypedArray;
use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer};
use boa_engine::{js_string, Context, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue};
use boa_gc::{Finalize, Trace};
use engine_glue::native::{arg, arg_number, binding_object, with_view_bytes};

use super::buffer::{decode_utf8, encode_utf8, utf8_length};

/// Nesting deeper than this is flattened (the bytes stay the same; only
/// the microtask count of reading such a blob may differ from node's), so
/// that the recursive walks below stay shallow whatever a script builds.
const MAX_DEPTH: usize = 200;

#[derive(Clone)]
enum Part {
    /// Bytes `start..end` of a store shared with other parts and blobs.
    Bytes { store: Arc<Vec<u8>>, start: usize, end: usize },
    /// Another blob, whole or sliced, read through its own entries.
    Blob(Arc<Parts>),
}

/// A blob's content: its parts, with the figures that would otherwise
/// need a walk through them.
struct Parts {
    list: Vec<Part>,
    size: usize,
    /// How many reads node's reader makes to drain this blob.
    pulls: usize,
    /// How deeply blobs nest inside this one (0: no nested blob).
    depth: usize,
}

impl Part {
    fn size(&self) -> usize {
        match self {
            Part::Bytes { start, end, .. } => end - start,
            Part::Blob(parts) => parts.size,
        }
    }

    fn slice(&self, from: usize, to: usize) -> Part {
        match self {
            Part::Bytes { store, start, .. } => Part::Bytes { store: Arc::clone(store), start: start + from, end: start + to },
            Part::Blob(parts) => Part::Blob(Arc::new(parts.slice(from, to))),
        }
    }
}

impl Parts {
    fn new(list: Vec<Part>) -> Parts {
        let size = list.iter().map(Part::size).sum();
        // A memory entry takes two reads (its bytes, then its end); a
        // nested blob takes its own reads; a blob with no entry at all
        // ends on its first read.
        let pulls = list
            .iter()
            .map(|p| match p {
                Part::Bytes { .. } => 2,
                Part::Blob(parts) => parts.pulls,
            })
            .sum::<usize>()
            .max(1);
        let depth = list
            .iter()
            .map(|p| match p {
                Part::Bytes { .. } => 0,
                Part::Blob(parts) => parts.depth + 1,
            })
            .max()
            .unwrap_or(0);
        Parts { list, size, pulls, depth }
    }

    /// Bytes `start..end` (clamped), as node's DataQueue slices: an entry
    /// that the range starts exactly at the end of is kept, emptied, and
    /// entries after the range's last byte are dropped.
    fn slice(&self, start: usize, end: usize) -> Parts {
        let mut start = start.min(self.size);
        let end = end.min(self.size).max(start);
        let mut remaining = end - start;
        let mut list = Vec::new();
        if remaining > 0 {
            for part in &self.list {
                let size = part.size();
                if start > size {
                    start -= size;
                    continue;
                }
                let len = remaining.min(size - start);
                list.push(part.slice(start, start + len));
                remaining -= len;
                start = 0;
                if remaining == 0 {
                    break;
                }
            }
        }
        Parts::new(list)
    }

    /// Calls `f` with each run of bytes, in order.
    fn for_each_run<'a>(&'a self, f: &mut impl FnMut(&'a [u8])) {
        for part in &self.list {
            match part {
                Part::Bytes { store, start, end } => f(&store[*start..*end]),
                Part::Blob(parts) => parts.for_each_run(f),
            }
        }
    }

    /// The parts of this blob with no nested blob left (for blobs nested
    /// past [`MAX_DEPTH`]).
    fn flattened(&self) -> Vec<Part> {
        let mut out = Vec::new();
        for part in &self.list {
            match part {
                Part::Bytes { .. } => out.push(part.clone()),
                Part::Blob(parts) => out.extend(parts.flattened()),
            }
        }
        out
    }
}

/// What a `Blob` object's `[kHandle]` holds.
#[derive(Trace, Finalize, JsData)]
struct BlobHandle {
    #[unsafe_ignore_trace]
    parts: Arc<Parts>,
}

fn handle_object(parts: Parts) -> JsValue {
    JsObject::from_proto_and_data(None, BlobHandle { parts: Arc::new(parts) }).into()
}

fn parts_of(value: &JsValue) -> JsResult<Arc<Parts>> {
    value
        .as_object()
        .and_then(|o| o.downcast_ref::<BlobHandle>().map(|h| Arc::clone(&h.parts)))
        .ok_or_else(|| JsNativeError::typ().with_message("binding: not a blob handle").into())
}

/// One source of `new Blob(sources)`, as `lib/internal/blob.js` passes it:
/// a blob handle, a typed array over an ArrayBuffer, or a string.
enum Source {
    Blob(Arc<Parts>),
    View(JsValue, usize),
    Text(JsString, usize),
}

/// `createBlob(sources, maxLength)` → a handle, or undefined when the
/// bytes would be more than `maxLength` (nothing is copied then).
fn create_blob(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let list = arg(args, 0).as_object().ok_or_else(|| JsNativeError::typ().with_message("binding: sources"))?;
    let max = arg_number(args, 1, ctx)?;
    let count = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    // First pass: what each source is, and how many bytes it brings.
    let mut sources = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
    let mut copied = 0usize;
    let mut total = 0f64;
    for i in 0..count {
        let item = list.get(i, ctx)?;
        let source = if let Some(s) = item.as_string() {
            let len = utf8_length(s.as_str());
            copied += len;
            Source::Text(s.clone(), len)
        } else if let Some(parts) = item.as_object().and_then(|o| o.downcast_ref::<BlobHandle>().map(|h| Arc::clone(&h.parts))) {
            Source::Blob(parts)
        } else {
            let Some(len) = with_view_bytes(&item, ctx, <[u8]>::len)? else {
                return Err(JsNativeError::typ().with_message("binding: unsupported blob source").into());
            };
            // node copies a view with ArrayBuffer.prototype.slice, which
            // throws for a detached buffer.
            if len == 0 && is_detached_view(&item) {
                return Err(JsNativeError::typ()
                    .with_message("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
                    .into());
            }
            copied += len;
            Source::View(item, len)
        };
        total += match &source {
            Source::Blob(parts) => parts.size as f64,
            Source::View(_, len) | Source::Text(_, len) => *len as f64,
        };
        sources.push(source);
    }
    if total > max {
        return Ok(JsValue::undefined());
    }
    // Second pass: the copied sources go, one after the other, into one
    // store of exactly their size.
    let mut bytes = Vec::with_capacity(copied);
    let mut ranges = Vec::with_capacity(sources.len());
    for source in &sources {
        let start = bytes.len();
        match source {
            Source::Blob(_) => {}
            Source::Text(s, _) => encode_utf8(s.as_str(), &mut bytes),
            Source::View(view, _) => {
                with_view_bytes(view, ctx, |b| bytes.extend_from_slice(b))?;
            }
        }
        ranges.push(start..bytes.len());
    }
    let store = Arc::new(bytes);
    let mut list = Vec::with_capacity(sources.len());
    for (source, range) in sources.into_iter().zip(ranges) {
        match source {
            Source::Blob(parts) if parts.depth + 1 >= MAX_DEPTH => list.extend(parts.flattened()),
            Source::Blob(parts) => list.push(Part::Blob(parts)),
            _ => list.push(Part::Bytes { store: Arc::clone(&store), start: range.start, end: range.end }),
        }
    }
    Ok(handle_object(Parts::new(list)))
}

/// Whether `value` is a typed array over a detached buffer.
fn is_detached_view(value: &JsValue) -> bool {
    value.as_object().is_some_and(|o| o.downcast_ref::<TypedArray>().is_some_and(|view| view.is_detached()))
}

/// `size(handle)` → the blob's length in bytes.
fn size(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(parts_of(&arg(args, 0))?.size as f64))
}

/// `slice(handle, start, end)` → a handle on those bytes (shared, not copied).
fn slice(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let parts = parts_of(&arg(args, 0))?;
    let index = |n: f64| if n.is_finite() && n > 0.0 { n as usize } else { 0 };
    let start = index(arg_number(args, 1, ctx)?);
    let end = index(arg_number(args, 2, ctx)?);
    Ok(handle_object(parts.slice(start, end)))
}

/// `pullCount(handle)` → how many reads node makes to drain the blob; the
/// first is synchronous, each further one a microtask later.
fn pull_count(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(parts_of(&arg(args, 0))?.pulls as f64))
}

/// `arrayBuffer(handle)` → a new ArrayBuffer with a copy of the bytes.
fn array_buffer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let parts = parts_of(&arg(args, 0))?;
    let mut out = AlignedVec::with_capacity(0, parts.size);
    parts.for_each_run(&mut |run| out.extend_from_slice(run));
    Ok(JsArrayBuffer::from_byte_block(out, ctx)?.into())
}

/// `text(handle)` → the bytes decoded as `new TextDecoder().decode()`
/// would: UTF-8, a leading BOM dropped, bad sequences as U+FFFD. A blob
/// whose bytes are one run is decoded in place.
fn text(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let parts = parts_of(&arg(args, 0))?;
    let mut runs: Vec<&[u8]> = Vec::new();
    parts.for_each_run(&mut |run| {
        if !run.is_empty() {
            runs.push(run);
        }
    });
    let joined;
    let bytes: &[u8] = match runs.as_slice() {
        [] => &[],
        [one] => one,
        many => {
            joined = many.concat();
            &joined
        }
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    Ok(decode_utf8(bytes).into())
}

/// `randomUUID()` → a version 4 UUID from the kernel's random source, as
/// `crypto.randomUUID()` makes them (the ids of `blob:nodedata:` URLs).
fn random_uuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mut b = [0u8; 16];
    let mut filled = 0;
    while filled < b.len() {
        // SAFETY: the pointer and length describe the unfilled tail of `b`.
        let n = unsafe { libc::getrandom(b[filled..].as_mut_ptr().cast(), b.len() - filled, 0) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(JsNativeError::error().with_message("no random source available").into());
        }
        filled += n as usize;
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    let id = format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32]);
    Ok(JsString::from(id.as_str()).into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("createBlob", create_blob, 2),
            ("size", size, 1),
            ("slice", slice, 3),
            ("pullCount", pull_count, 1),
            ("arrayBuffer", array_buffer, 1),
            ("text", text, 1),
            ("randomUUID", random_uuid, 0),
        ],
    ))
}
