//! End-to-end test of what an executive sees of a canvas they did not
//! make (issue 18): the field-service template's preview shows every
//! worksheet line and the return ratio, the scorecard, and its threads
//! numbered, lit when a note is selected.
use crate::support::App;
use serde_json::json;

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_shared_view_shows_the_worksheet_line_by_line_and_the_threads() {
    let app = App::open().await;
    app.fresh_start().await;
    app.goto("/#/template/field-service-performance-support")
        .await;
    app.wait_for(".shared-banner").await;
    let sheet = app.wait_for("details.shared-sheet summary").await;
    let summary = sheet.text().await.expect("its summary");
    assert!(
        summary.starts_with("Investment worksheet: Full investment $"),
        "{summary}"
    );
    sheet.click().await.expect("open the worksheet");
    let lines = app
        .js("return [...document.querySelectorAll('.shared-sheet tbody tr td:nth-child(2)')].map(t => t.textContent)")
        .await;
    assert_eq!(
        lines,
        json!([
            "L&D team, 17 FTE (loaded)",
            "Techs travelling to the training yard",
            "Video agency and HV certification body",
            "Content platform, LRS, tablet app licences",
            "Asset engineers reviewing procedures",
            "Senior techs on the help line",
            "Classroom and yard days per tech",
            "Fewer repeat truck rolls (≈ 9,500 × $310)",
            "180 new hires a year working solo 3 months sooner"
        ])
    );
    // The learners' line shows its hours, people and rate.
    let learners = app
        .js("return [...document.querySelectorAll('.shared-sheet tr[data-kind=learner-time] td')].map(t => t.textContent)")
        .await;
    assert_eq!(
        learners,
        json!([
            "Classroom and yard days per tech",
            "24",
            "3,000",
            "$62",
            "$4,464,000"
        ])
    );
    let ratio = app.text_of(".shared-sheet dd[data-total=ratio]").await;
    assert!(
        ratio.contains(" : 1 — every $1 invested is expected to return $"),
        "{ratio}"
    );
    assert!(app
        .text_of("details.shared-sheet:nth-of-type(2) summary")
        .await
        .starts_with("Scorecard: 5 metrics"));

    // Threads: a badge on each linked note, a key, and the thread lit.
    let badges = app
        .js("return document.querySelectorAll('.board.read-only .thread-badge').length")
        .await;
    assert!(badges.as_u64().unwrap_or(0) >= 20, "{badges}");
    let key = app.text_of(".thread-key li").await;
    assert!(key.starts_with("Thread 1: “Field technicians"), "{key}");
    app.js("document.querySelector('.board.read-only li.note-static.linked').focus(); return null")
        .await;
    app.eventually(
        "return document.querySelector('.board.read-only').classList.contains('threading') && document.querySelectorAll('.board.read-only .in-thread').length > 1",
        json!(true),
    )
    .await;
    app.screenshot("shared-worksheet-threads").await;

    // The same threads in the picture and the printout of the canvas.
    app.click_button("Use template").await;
    app.wait_for(".board li.note").await;
    app.catch_downloads().await;
    app.click_button("Export").await;
    app.download_in_dialog("Export SVG").await;
    let (_, svg) = app.last_download().await;
    assert!(
        svg.matches(">THREAD 1</text>").count() >= 10,
        "numbered notes"
    );
    for text in [
        ">Threads (the numbers on the notes)</text>",
        ">Legend</text>",
        ">Investment: full USD ",
    ] {
        assert!(svg.contains(text), "{text}");
    }
    // Each note a box, each legend colour a swatch.
    assert!(svg.matches("<rect").count() > 29 + 6, "shapes");
    app.js("window.__printed = 0; window.print = () => { window.__printed += 1; }; return null")
        .await;
    app.click_in_dialog("Print").await;
    app.eventually("return window.__printed", json!(1)).await;
    app.eventually(
        "return document.querySelectorAll('.print-view .thread-badge').length > 10 && document.querySelector('.print-view .thread-key') !== null",
        json!(true),
    )
    .await;
    app.close().await;
}
