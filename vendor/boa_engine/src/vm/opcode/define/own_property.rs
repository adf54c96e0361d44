use crate::{
    Context, JsNativeError, JsResult,
    object::internal_methods::{InternalMethodPropertyContext, ORDINARY_INTERNAL_METHODS},
    property::{PropertyDescriptor, PropertyKey},
    vm::{
        inline_cache::InlineCache,
        opcode::{IndexOperand, Operation, RegisterOperand},
    },
};

/// runnel patch: the object, borrowed for writing, if it is an ordinary
/// extensible object: one whose [[DefineOwnProperty]] for a new key is a
/// plain insertion (patches 24 and 26).
fn ordinary_extensible(
    object: &crate::JsObject,
) -> Option<crate::object::RefMut<'_, crate::object::Object<crate::object::ErasedObjectData>>> {
    if !std::ptr::eq(object.vtable(), &ORDINARY_INTERNAL_METHODS) {
        return None;
    }
    let borrowed = object.borrow_mut();
    borrowed.extensible.then_some(borrowed)
}

/// runnel patch (vendor/README.md, patch 26): when the object has the
/// shape this site last added its property to, the cached transition is
/// taken without looking anything up: the new shape, the value in the next
/// slot. `key` is `None` for a by-name site (its key never changes).
/// Returns whether it added the property.
fn take_cached_transition(
    object: &crate::JsObject,
    key: Option<&PropertyKey>,
    value: &crate::JsValue,
    ic: &InlineCache,
) -> bool {
    let Some(mut borrowed) = ordinary_extensible(object) else {
        return false;
    };
    let Some(to) = ic.cached_transition(borrowed.shape(), key) else {
        return false;
    };
    // `to` is the object's shape plus the key, in the next slot: the key
    // is absent and the object extensible, so this is what
    // [[DefineOwnProperty]] would do.
    let properties = borrowed.properties_mut();
    properties.shape = to;
    properties.storage.push(value.clone());
    true
}

/// runnel patch: an object literal's property, on an ordinary extensible
/// object that lacks it, is added directly; the full [[DefineOwnProperty]]
/// (look up, validate, apply) gives the same result and was most of the
/// cost of building a literal (vendor/README.md, patch 24). The transition
/// it took is cached for the next object (patch 26). Returns whether it
/// added the property.
fn define_new_data_property(
    object: &crate::JsObject,
    key: &PropertyKey,
    value: &crate::JsValue,
    ic: &InlineCache,
) -> bool {
    let Some(mut borrowed) = ordinary_extensible(object) else {
        return false;
    };
    if borrowed.properties().contains_key(key) {
        return false;
    }
    let from = borrowed.shape().clone();
    borrowed.insert(
        key.clone(),
        PropertyDescriptor::builder()
            .value(value.clone())
            .writable(true)
            .enumerable(true)
            .configurable(true)
            .build(),
    );
    ic.set_transition(from, borrowed.shape(), key);
    true
}

/// `DefineOwnPropertyByName` implements the Opcode Operation for `Opcode::DefineOwnPropertyByName`
///
/// Operation:
///  - Defines a own property of an object by name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DefineOwnPropertyByName;

impl DefineOwnPropertyByName {
    #[inline(always)]
    pub(crate) fn operation(
        (object, value, index): (RegisterOperand, RegisterOperand, IndexOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let object = context.vm.get_register(object.into()).clone();
        let value = context.vm.get_register(value.into()).clone();
        let object = object.to_object(context)?;
        let ic = &context.vm.frame().code_block().ic[usize::from(index)];
        if take_cached_transition(&object, None, &value, ic) {
            return Ok(());
        }
        let key: PropertyKey = ic.name.clone().into();
        if define_new_data_property(&object, &key, &value, ic) {
            return Ok(());
        }
        object.__define_own_property__(
            &key,
            PropertyDescriptor::builder()
                .value(value.clone())
                .writable(true)
                .enumerable(true)
                .configurable(true)
                .build(),
            &mut InternalMethodPropertyContext::new(context),
        )?;
        Ok(())
    }
}

impl Operation for DefineOwnPropertyByName {
    const NAME: &'static str = "DefineOwnPropertyByName";
    const INSTRUCTION: &'static str = "INST - DefineOwnPropertyByName";
    const COST: u8 = 4;
}

/// `DefineOwnPropertyByValue` implements the Opcode Operation for `Opcode::DefineOwnPropertyByValue`
///
/// Operation:
///  - Defines a own property of an object by value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DefineOwnPropertyByValue;

impl DefineOwnPropertyByValue {
    #[inline(always)]
    pub(crate) fn operation(
        (value, key, object, index): (RegisterOperand, RegisterOperand, RegisterOperand, IndexOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let value = context.vm.get_register(value.into()).clone();
        let key = context.vm.get_register(key.into()).clone();
        let object = context.vm.get_register(object.into()).clone();
        let object = object.to_object(context)?;
        let key = key.to_property_key(context)?;
        let ic = &context.vm.frame().code_block().ic[usize::from(index)];
        if take_cached_transition(&object, Some(&key), &value, ic)
            || define_new_data_property(&object, &key, &value, ic)
        {
            return Ok(());
        }
        let success = object.__define_own_property__(
            &key,
            PropertyDescriptor::builder()
                .value(value.clone())
                .writable(true)
                .enumerable(true)
                .configurable(true)
                .build(),
            &mut InternalMethodPropertyContext::new(context),
        )?;
        if !success {
            return Err(JsNativeError::typ()
                .with_message("failed to defined own property")
                .into());
        }
        Ok(())
    }
}

impl Operation for DefineOwnPropertyByValue {
    const NAME: &'static str = "DefineOwnPropertyByValue";
    const INSTRUCTION: &'static str = "INST - DefineOwnPropertyByValue";
    const COST: u8 = 4;
}
