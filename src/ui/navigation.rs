//! Which page shows: my own canvases (the editor), a canvas someone
//! shared as a link, or a template a deep link names. A link is only ever read: the editor, and with it any
//! write to my drafts, starts only when I go to my own canvases.

use crate::browser::location::{clear_fragment, current_fragment};
use crate::browser::storage::open_canvas_in_tab;
use crate::core::canvas::lineage::Envelope;
use crate::core::canvas::model::Canvas;
use crate::core::format::templates::template_route;
use crate::core::share::vote_links::{is_ballot, is_invitation, read_invitation, Invitation};
use crate::core::share::{self, is_share_fragment, ShareError};
use crate::ui::editor::undo::start_history;
use crate::ui::library::actions::{open_or_explain, start};
use crate::ui::library::autosave::{save_now, start_autosave};
use crate::ui::state::{EditorState, Panel};
use crate::ui::workshop::phone_ballots::receive_ballot;
use leptos::prelude::*;

/// A canvas link as opened: the canvas, or why it cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedLink {
    pub canvas: Result<Canvas, ShareError>,
    /// Names the canvas, to find a copy saved from the same link before.
    pub fingerprint: String,
    /// Who shared it, when and from which version (format 5 links).
    pub envelope: Option<Envelope>,
}

impl SharedLink {
    /// `None` when the fragment is not meant as a canvas link.
    pub fn from_fragment(fragment: &str) -> Option<SharedLink> {
        is_share_fragment(fragment).then(|| {
            let opened = share::open(fragment);
            let fingerprint = opened
                .as_ref()
                .map(|(c, _)| share::fingerprint(c))
                .unwrap_or_default();
            let envelope = opened.as_ref().ok().and_then(|(_, e)| e.clone());
            SharedLink {
                canvas: opened.map(|(c, _)| c),
                fingerprint,
                envelope,
            }
        })
    }
}

#[derive(Clone, Copy)]
pub struct Navigation {
    /// The link being looked at; `None` shows my own canvases.
    pub shared: RwSignal<Option<SharedLink>>,
    /// The template a deep link (`#/template/<id>`) shows, if any.
    pub template: RwSignal<Option<String>>,
    /// A vote opened on a phone (`#v1.…`): its notes, or why not.
    pub phone_vote: RwSignal<Option<Result<Invitation, ShareError>>>,
    editor_started: StoredValue<bool>,
    /// The app's owner, so the editor's effects outlive the page shown.
    owner: StoredValue<Owner>,
}

impl Navigation {
    /// Reads the address; must run in the app's owner.
    pub fn from_address() -> Navigation {
        let fragment = current_fragment();
        Navigation {
            shared: RwSignal::new(SharedLink::from_fragment(&fragment)),
            template: RwSignal::new(template_route(&fragment).map(str::to_string)),
            phone_vote: RwSignal::new(is_invitation(&fragment).then(|| read_invitation(&fragment))),
            editor_started: StoredValue::new(false),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        }
    }

    /// Opens the library and starts autosave, once. Opens canvas `open`,
    /// or else the one this tab had, or else the newest.
    pub fn start_editor(self, state: EditorState, open: Option<&str>) {
        if self.editor_started.get_value() {
            return;
        }
        self.editor_started.set_value(true);
        let tab_canvas = open.map(str::to_string).or_else(open_canvas_in_tab);
        self.owner.get_value().with(|| {
            start(state, tab_canvas);
            start_autosave(state);
            start_history(state);
        });
    }

    /// Leaves a link for my own canvases, showing `panel` over them and, if
    /// given, opening canvas `open` (a copy just saved or saved before).
    pub fn show_editor(self, state: EditorState, panel: Panel, open: Option<&str>) {
        clear_fragment();
        if self.editor_started.get_value() {
            if let Some(id) = open {
                // Refuses, and says why, while the editor holds unsaved edits.
                open_or_explain(state, id);
            }
        } else {
            self.start_editor(state, open);
        }
        self.shared.set(None);
        self.template.set(None);
        self.phone_vote.set(None);
        state.view.panel.set(panel);
    }

    /// Shows a copy of one of my canvases that came as a file, as its link
    /// would show: compared with mine, merged only by choice.
    pub fn show_copy(self, state: EditorState, copy: SharedLink) {
        if self.editor_started.get_value() {
            save_now(state);
        }
        state.view.panel.set(Panel::None);
        self.template.set(None);
        self.shared.set(Some(copy));
    }

    /// The address changed without a reload (a link pasted into this tab).
    pub fn follow_address(self, state: EditorState) {
        let fragment = current_fragment();
        if is_ballot(&fragment) {
            self.show_editor(state, Panel::None, None);
            // Once autosave has taken in the canvas as opened (as at start).
            set_timeout(
                move || receive_ballot(state, &fragment),
                std::time::Duration::ZERO,
            );
            return;
        }
        if is_invitation(&fragment) {
            if self.editor_started.get_value() {
                save_now(state);
            }
            state.view.panel.set(Panel::None);
            self.shared.set(None);
            self.template.set(None);
            self.phone_vote.set(Some(read_invitation(&fragment)));
            return;
        }
        match SharedLink::from_fragment(&fragment) {
            Some(link) => {
                if self.editor_started.get_value() {
                    // Whatever waits to be saved is saved before the editor hides.
                    save_now(state);
                }
                state.view.panel.set(Panel::None);
                self.template.set(None);
                self.shared.set(Some(link));
            }
            None if template_route(&fragment).is_some() => {
                if self.editor_started.get_value() {
                    save_now(state);
                }
                state.view.panel.set(Panel::None);
                self.shared.set(None);
                self.template
                    .set(template_route(&fragment).map(str::to_string));
            }
            None if (self.shared.with_untracked(Option::is_some)
                || self.template.with_untracked(Option::is_some))
                && fragment.is_empty() =>
            {
                self.show_editor(state, Panel::None, None)
            }
            None => {}
        }
    }
}
