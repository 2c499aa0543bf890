//! A menu button (the WAI-ARIA menu button pattern): the button opens a
//! list of items; arrow keys, Home and End move among them, Enter or Space
//! chooses, Escape closes and gives focus back to the button, Tab or a
//! click elsewhere closes. Items are ordinary buttons with a menu role.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

fn items_of(menu: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(list) = menu.query_selector_all("[role^='menuitem']") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn focus_item(menu: &HtmlElement, pick: impl Fn(usize, Option<usize>) -> usize) {
    let items = items_of(menu);
    if items.is_empty() {
        return;
    }
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let now = active.and_then(|a| {
        items
            .iter()
            .position(|i| AsRef::<web_sys::Element>::as_ref(i) == &a)
    });
    let next = pick(items.len(), now).min(items.len() - 1);
    let _ = items[next].focus();
}

#[component]
pub fn MenuButton(
    /// The button's text, which is also the menu's name.
    label: &'static str,
    /// An extra class for the whole menu (for the phone's single menu).
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let wrapper = NodeRef::<Div>::new();
    let button_id = format!("menu-button-{}", label.to_lowercase());
    let menu_id = format!("menu-{}", label.to_lowercase());
    let menu = NodeRef::<Div>::new();
    let focus_button = move || {
        if let Some(b) = wrapper
            .get_untracked()
            .and_then(|w| {
                w.query_selector("button[aria-haspopup='menu']")
                    .ok()
                    .flatten()
            })
            .and_then(|b| b.dyn_into::<HtmlElement>().ok())
        {
            let _ = b.focus();
        }
    };
    let open_at = move |first: bool| {
        open.set(true);
        // The items are on the page (hidden) already: focus one at once.
        if let Some(m) = menu.get_untracked() {
            let m: HtmlElement = m.into();
            let _ = m.remove_attribute("hidden");
            focus_item(&m, |len, _| if first { 0 } else { len - 1 });
        }
    };
    // A press anywhere outside the menu closes it.
    let outside = window_event_listener(ev::pointerdown, move |e| {
        if !open.get_untracked() {
            return;
        }
        let inside = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(wrapper.get_untracked())
            .is_some_and(|(t, w)| w.contains(Some(&t)));
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    let on_button_keydown = move |e: web_sys::KeyboardEvent| match e.key().as_str() {
        "ArrowDown" | "Enter" | " " => {
            e.prevent_default();
            open_at(true);
        }
        "ArrowUp" => {
            e.prevent_default();
            open_at(false);
        }
        _ => {}
    };
    let on_menu_keydown = move |e: web_sys::KeyboardEvent| {
        let Some(m) = menu.get_untracked() else {
            return;
        };
        let m: HtmlElement = m.into();
        match e.key().as_str() {
            "ArrowDown" => focus_item(&m, |len, now| now.map_or(0, |i| (i + 1) % len)),
            "ArrowUp" => focus_item(&m, |len, now| now.map_or(len - 1, |i| (i + len - 1) % len)),
            "Home" => focus_item(&m, |_, _| 0),
            "End" => focus_item(&m, |len, _| len - 1),
            "Escape" => {
                open.set(false);
                focus_button();
            }
            "Tab" => {
                open.set(false);
                return;
            }
            _ => return,
        }
        e.prevent_default();
        e.stop_propagation();
    };
    // Choosing an item closes the menu and gives focus back to its button
    // (unless the item moved focus on, to a dialog for instance).
    let on_menu_click = move |e: web_sys::MouseEvent| {
        let on_item = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[role^='menuitem']").ok().flatten())
            .is_some();
        if on_item {
            open.set(false);
            let still_inside = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .zip(wrapper.get_untracked())
                .is_some_and(|(a, w)| w.contains(Some(&a)));
            if still_inside {
                focus_button();
            }
        }
    };
    view! {
        <div class=format!("menu {class}") node_ref=wrapper>
            <button
                type="button"
                id=button_id.clone()
                class="menu-button"
                aria-haspopup="menu"
                aria-controls=menu_id.clone()
                aria-expanded=move || open.get().to_string()
                on:click=move |_| {
                    if open.get_untracked() {
                        open.set(false);
                    } else {
                        open_at(true);
                    }
                }
                on:keydown=on_button_keydown
            >
                {label}
                <span class="menu-caret" aria-hidden="true">"▾"</span>
            </button>
            <div
                node_ref=menu
                id=menu_id
                class="menu-list"
                role="menu"
                aria-labelledby=button_id
                hidden=move || !open.get()
                on:keydown=on_menu_keydown
                on:click=on_menu_click
            >
                {children()}
            </div>
        </div>
    }
}

/// An item that does something.
#[component]
pub fn MenuItem(
    label: &'static str,
    /// Says that the item opens a dialog ("…" is shown too).
    #[prop(optional)]
    dialog: bool,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            role="menuitem"
            tabindex="-1"
            aria-haspopup=dialog.then_some("dialog")
            on:click=move |_| on_choose()
        >
            {label}
        </button>
    }
}

/// How a choice item shows that it is on: a check box or a radio button.
#[derive(Clone, Copy)]
pub enum Mark {
    Check,
    Radio,
}

/// An item that is on or off ("Show guiding questions", `Mark::Check`), or
/// one of a set of choices ("Light theme", `Mark::Radio`).
#[component]
pub fn MenuChoice(
    label: &'static str,
    mark: Mark,
    checked: Signal<bool>,
    /// Called with the state the item asks for (always `true` for a radio).
    on_choose: impl Fn(bool) + 'static,
) -> impl IntoView {
    let (role, sign) = match mark {
        Mark::Check => ("menuitemcheckbox", "✓"),
        Mark::Radio => ("menuitemradio", "●"),
    };
    view! {
        <button
            type="button"
            role=role
            tabindex="-1"
            aria-checked=move || checked.get().to_string()
            on:click=move |_| on_choose(matches!(mark, Mark::Radio) || !checked.get_untracked())
        >
            <span class="menu-mark" aria-hidden="true">{move || if checked.get() { sign } else { "" }}</span>
            {label}
        </button>
    }
}

/// A labelled group of items within a menu.
#[component]
pub fn MenuGroup(label: &'static str, children: Children) -> impl IntoView {
    view! {
        <div role="group" class="menu-group" aria-label=label>
            <p class="menu-group-label" aria-hidden="true">{label}</p>
            {children()}
        </div>
    }
}
