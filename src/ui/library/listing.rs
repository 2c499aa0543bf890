//! What the "My canvases" dialog and its parts share: the listing of the
//! library, read again whenever it changes, and the line where the dialog's
//! actions report an error.

use crate::core::library::drafts::Listing;
use crate::core::library::store::StoreError;
use leptos::prelude::*;

/// The canvases in storage, with the trash and what was set aside.
pub type ListingMemo = Memo<Result<Listing, StoreError>>;

/// Errors of the actions in the dialog (the page behind it is inert).
#[derive(Clone, Copy)]
pub struct ListError(pub RwSignal<Option<String>>);
