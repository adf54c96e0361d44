//! runnel patch (vendor/README.md, patch 31): a cache for native code that
//! reads the same own data property of same-shaped objects on every call,
//! as the bytecode's inline caches do for `obj.name`.

use boa_gc::{Finalize, GcRefCell, Trace};

use super::{JsObject, shape::Shape};
use crate::{JsValue, property::PropertyKey};

/// Where [`JsObject::get_own_data_cached`] last found its property: the
/// object's shape (shared, so its layout never changes), the key, and the
/// storage slot. Keep one per call site, in the native function's captures.
#[derive(Debug, Default, Trace, Finalize)]
pub struct OwnDataCache {
    entry: GcRefCell<Option<Entry>>,
}

#[derive(Debug, Trace, Finalize)]
struct Entry {
    /// Held strongly: a freed shape's address could be reused by another.
    shape: Shape,
    #[unsafe_ignore_trace]
    key: PropertyKey,
    #[unsafe_ignore_trace]
    index: u32,
}

impl OwnDataCache {
    /// A cache that has seen nothing yet.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }
}

impl JsObject {
    /// [`JsObject::get_own_data`], remembering in `cache` where the
    /// property was: the next object of the same (shared) shape read with
    /// the same key gets its value from that slot without a lookup.
    #[must_use]
    pub fn get_own_data_cached(&self, key: &PropertyKey, cache: &OwnDataCache) -> Option<JsValue> {
        self.own_data(key, Some(cache))
    }

    /// What [`JsObject::get_own_data`] and [`JsObject::get_own_data_cached`]
    /// answer; with a cache, it is read first and filled after a lookup.
    pub(crate) fn own_data(
        &self,
        key: &PropertyKey,
        cache: Option<&OwnDataCache>,
    ) -> Option<JsValue> {
        use super::internal_methods::ORDINARY_INTERNAL_METHODS;
        if !std::ptr::eq(self.vtable(), &ORDINARY_INTERNAL_METHODS)
            || matches!(key, PropertyKey::Index(_))
        {
            return None;
        }
        let object = self.borrow();
        let properties = object.properties();
        let cached_index = cache.and_then(|cache| {
            let entry = cache.entry.borrow();
            let entry = entry.as_ref()?;
            (entry.shape.to_addr_usize() == properties.shape.to_addr_usize() && entry.key == *key)
                .then_some(entry.index)
        });
        if let Some(index) = cached_index {
            return Some(properties.storage[index as usize].clone());
        }
        match properties.shape.lookup(key) {
            Some(slot) if !slot.attributes.is_accessor_descriptor() => {
                // Only a shared shape keeps its layout: a unique one changes in place.
                if let Some(cache) = cache
                    && properties.shape.is_shared()
                {
                    *cache.entry.borrow_mut() = Some(Entry {
                        shape: properties.shape.clone(),
                        key: key.clone(),
                        index: slot.index,
                    });
                }
                Some(properties.storage[slot.index as usize].clone())
            }
            Some(_) => None,
            None => object.prototype().is_none().then(JsValue::undefined),
        }
    }
}
