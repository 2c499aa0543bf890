//! Marks on a note beyond its colour: a Key Partners note is internal or
//! external ("Partner side", with a filter on the block), a Customer
//! Segments note plays roles ("Roles": requester, sponsor, payer, learner).
//! The note shows its colour's tag and its marks in text.

use crate::core::canvas::marks::{PartnerSide, Role};
use crate::core::canvas::model::{Canvas, CanvasStoreFields, Note, NoteId, NoteStoreFields};
use crate::ui::state::{Document, ViewState};
use leptos::prelude::*;
use reactive_stores::Field;

/// The id of a note's labels, for the text box's `aria-describedby`.
pub fn labels_id(id: NoteId) -> String {
    format!("note-labels-{id}")
}

/// The note's labels in text (see `Canvas::labels_of`).
pub fn labels_of(doc: Document, note: Field<Note>) -> Vec<String> {
    let legend = doc.canvas.legend();
    note.with(|n| legend.with(|l| Canvas::labels_of(l, n)))
}

/// "Partner side": not set, internal or external.
#[component]
pub fn PartnerSideMenu(#[prop(into)] note: Field<Note>) -> impl IntoView {
    let partner = note.partner();
    let options = PartnerSide::ALL
        .into_iter()
        .map(|p| view! { <option value=p.id() selected=move || partner.get() == Some(p)>{p.name()}</option> })
        .collect_view();
    view! {
        <select
            class="partner-side"
            aria-label="Partner side"
            title="Is this partner inside or outside the company?"
            on:change:target=move |ev| partner.set(PartnerSide::from_id(&ev.target().value()))
        >
            <option value="" selected=move || partner.get().is_none()>"Side…"</option>
            {options}
        </select>
    }
}

/// "Roles": what a customer segment is to L&D, as checkboxes.
#[component]
pub fn RolesMenu(#[prop(into)] note: Field<Note>) -> impl IntoView {
    let roles = note.roles();
    let boxes = Role::ALL
        .into_iter()
        .map(|r| {
            view! {
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || roles.get().has(r)
                        on:change:target=move |ev| roles.update(|rs| *rs = rs.with(r, ev.target().checked()))
                    />
                    {r.name()}
                </label>
            }
        })
        .collect_view();
    view! {
        <details class="roles-menu">
            <summary aria-label="Roles" title="Who is this segment to L&D: requester, sponsor, payer, learner?">
                "Roles"
            </summary>
            <div class="roles-choices">{boxes}</div>
        </details>
    }
}

/// "Show partners" on the Key Partners block: all, internal or external.
#[component]
pub fn PartnerFilter() -> impl IntoView {
    let view = expect_context::<ViewState>();
    view! {
        <select
            class="partner-filter"
            aria-label="Show partners"
            prop:value=move || view.partner_filter.get().map_or("", PartnerSide::id)
            on:change:target=move |ev| view.partner_filter.set(PartnerSide::from_id(&ev.target().value()))
        >
            <option value="">"All partners"</option>
            <option value="internal">"Internal only"</option>
            <option value="external">"External only"</option>
        </select>
    }
}
