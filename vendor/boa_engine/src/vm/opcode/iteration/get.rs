use crate::{
    Context, JsResult, JsSymbol,
    builtins::iterable::AsyncFromSyncIterator,
    vm::opcode::{Operation, RegisterOperand},
};

/// `GetIterator` implements the Opcode Operation for `Opcode::GetIterator`
///
/// Operation:
///  - Initialize an iterator
#[derive(Debug, Clone, Copy)]
pub(crate) struct GetIterator;

impl GetIterator {
    #[inline(always)]
    pub(crate) fn operation(value: RegisterOperand, context: &mut Context) -> JsResult<()> {
        let value = context.vm.get_register(value.into()).clone();
        // runnel patch: V8's "x is not iterable" (`vm/v8_errors.rs`).
        if value.is_null_or_undefined() {
            return Err(crate::vm::v8_errors::not_iterable_error(&value, false, context));
        }
        let Some(method) = value.get_method(JsSymbol::iterator(), context)? else {
            return Err(crate::vm::v8_errors::not_iterable_error(&value, false, context));
        };
        let iterator = value.get_iterator_from_method(&method, context)?;
        context.vm.frame_mut().iterators.push(iterator);
        Ok(())
    }
}

impl Operation for GetIterator {
    const NAME: &'static str = "GetIterator";
    const INSTRUCTION: &'static str = "INST - GetIterator";
    const COST: u8 = 6;
}

/// `GetAsyncIterator` implements the Opcode Operation for `Opcode::GetAsyncIterator`
///
/// Operation:
///  - Initialize an async iterator.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GetAsyncIterator;

impl GetAsyncIterator {
    #[inline(always)]
    pub(crate) fn operation(value: RegisterOperand, context: &mut Context) -> JsResult<()> {
        let value = context.vm.get_register(value.into()).clone();
        // runnel patch: V8's "x is not async iterable" (`vm/v8_errors.rs`).
        if value.is_null_or_undefined() {
            return Err(crate::vm::v8_errors::not_iterable_error(&value, true, context));
        }
        let iterator = if let Some(method) = value.get_method(JsSymbol::async_iterator(), context)? {
            value.get_iterator_from_method(&method, context)?
        } else {
            let Some(method) = value.get_method(JsSymbol::iterator(), context)? else {
                return Err(crate::vm::v8_errors::not_iterable_error(&value, true, context));
            };
            let record = value.get_iterator_from_method(&method, context)?;
            AsyncFromSyncIterator::create(record, context)
        };
        context.vm.frame_mut().iterators.push(iterator);
        Ok(())
    }
}

impl Operation for GetAsyncIterator {
    const NAME: &'static str = "GetAsyncIterator";
    const INSTRUCTION: &'static str = "INST - GetAsyncIterator";
    const COST: u8 = 6;
}
