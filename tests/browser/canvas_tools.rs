//! Browser tests (wasm-bindgen-test in headless Chromium) of the canvas's
//! own tools in a real DOM: the learning model's hints in their block,
//! dismissed; a thread lit from the focused note; and numbers formatted by
//! the browser's Intl for the reader's language.
use leptos::prelude::*;
use lmc::browser::number_format::{decimal_separator, money, number, percent};
use lmc::core::canvas::kind::CanvasKind;
use lmc::core::canvas::model::{Canvas, CanvasStoreFields};
use lmc::core::canvas::threads::link;
use lmc::core::method::learning_model::LearningModel;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use crate::support::{mount_board, next_tick};

#[wasm_bindgen_test]
async fn a_hint_shows_in_its_block_and_dismissing_it_is_kept_in_the_canvas() {
    let _serial = crate::support::serial().await;
    let mut canvas = Canvas::new(CanvasKind::LearningModelNine);
    canvas.models.aim = Some(LearningModel::PerformanceSupport);
    let (container, state) = mount_board(canvas);
    next_tick().await;
    let hint = container
        .query_selector("#key-partners-block aside.hint")
        .unwrap()
        .expect("the hint in Key Partners");
    assert_eq!(
        hint.get_attribute("aria-label").as_deref(),
        Some("Hint from the Performance Support model")
    );
    let button: HtmlElement = hint
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Dismiss hint"));
    button.click();
    next_tick().await;
    assert!(container.query_selector("aside.hint").unwrap().is_none());
    assert_eq!(
        state.doc.canvas.dismissed_hints().get_untracked(),
        ["performance-support-it"]
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn focusing_a_note_lights_its_thread_and_dims_the_rest() {
    let _serial = crate::support::serial().await;
    let mut canvas = Canvas::new(CanvasKind::LearningModelNine);
    let a = canvas.add_note("design");
    let b = canvas.add_note("delivery");
    canvas.add_note("key-partners");
    link(&mut canvas.links, a, b);
    let (container, _state) = mount_board(canvas);
    next_tick().await;
    let note: HtmlElement = container
        .query_selector(&format!("li[data-note='{a}'] textarea"))
        .unwrap()
        .unwrap()
        .unchecked_into();
    note.focus().unwrap();
    next_tick().await;
    let lit: Vec<String> = {
        let list = container.query_selector_all("li.note.in-thread").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| {
                n.unchecked_into::<web_sys::Element>()
                    .get_attribute("data-note")
            })
            .collect()
    };
    assert_eq!(lit.len(), 2, "{lit:?}");
    assert!(lit.contains(&a.to_string()) && lit.contains(&b.to_string()));
    assert!(container
        .query_selector(".board.threading")
        .unwrap()
        .is_some());
    note.blur().unwrap();
    next_tick().await;
    assert!(container
        .query_selector(".board.threading")
        .unwrap()
        .is_none());
    container.remove();
}

#[wasm_bindgen_test]
fn numbers_come_from_the_browser_in_the_readers_format() {
    let sep = decimal_separator();
    assert!(sep == '.' || sep == ',');
    assert!(number(150).contains(sep), "{}", number(150));
    let full = money(386_500_000, "EUR");
    assert!(full.contains("386") && full.contains("500"), "{full}");
    assert!(full.contains('€') || full.contains("EUR"), "{full}");
    assert!(
        !full.contains(&format!("{sep}00")),
        "whole amounts without cents: {full}"
    );
    // Each currency's own decimals: three for KWD, none for JPY.
    let kwd = money(1_250, "KWD");
    assert!(kwd.contains(&format!("1{sep}250")), "{kwd}");
    let cents = money(12_500, "EUR");
    assert!(cents.contains(&format!("12{sep}50")), "{cents}");
    let yen = money(1_250_000, "JPY");
    assert!(!yen.contains(&format!("{sep}0")), "{yen}");
    let share = percent(534);
    assert!(
        share.contains("53") && share.contains('4') && share.contains('%'),
        "{share}"
    );
}
