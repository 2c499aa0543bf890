//! End-to-end test of "Combine canvases" (issue 16): a facilitator gathers
//! three breakout groups, one from My canvases, one sent as a link and one
//! as a file from another browser, into one new canvas whose notes name
//! their group, with a note all groups wrote alike kept once.
use crate::support::App;
use fantoccini::Locator;
use serde_json::json;

/// The notes of `block` on the board, in order.
async fn notes_in(app: &App, block: &str) -> serde_json::Value {
    app.js(&format!(
        "return [...document.querySelectorAll('.board textarea[aria-label^=\"Note in {block}\"]')].map(n => n.value)"
    ))
    .await
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn three_breakout_groups_combine_into_one_canvas_marked_by_group() {
    let facilitator = App::open().await;
    facilitator.fresh_start().await;
    facilitator.set_title("North").await;
    facilitator.add_note("Design", "Job aids").await;
    facilitator.add_note("Delivery", "Coaching").await;
    facilitator.wait_saved().await;

    // Two other groups work in another browser: one sends a link, one a file.
    let team = App::open().await;
    team.fresh_start().await;
    team.set_title("South").await;
    team.add_note("Design", "job  aids").await;
    team.add_note("Delivery", "Peer learning").await;
    team.wait_saved().await;
    let link = team.share_link().await;
    team.click_in_dialog("Close").await;
    team.menu_choose("Canvas", "New canvas").await;
    team.set_title("East").await;
    team.add_note("Design", "Job aids").await;
    team.add_note("Delivery", "Video clips").await;
    team.wait_saved().await;
    let record = team
        .js("const k = Object.keys(localStorage).filter(k => k.startsWith('learning-model-canvas.canvas.')) \
               .find(k => localStorage.getItem(k).includes('\"East\"')); return localStorage.getItem(k)")
        .await;
    let path = std::env::temp_dir().join(format!("lmc-east-{}.json", std::process::id()));
    std::fs::write(&path, record.as_str().expect("East's record")).expect("write the file");
    team.close().await;

    facilitator.menu_choose("Canvas", "Combine canvases").await;
    facilitator
        .wait_for("dialog[open] fieldset.combine-mine")
        .await;
    facilitator
        .client
        .find(Locator::XPath(
            "//dialog[@open]//label[contains(., 'North')]/input[@type='checkbox']",
        ))
        .await
        .expect("North's check box")
        .click()
        .await
        .expect("choose North");
    // A broken link is refused with a message, and nothing is added.
    let field = facilitator
        .wait_for("dialog[open] input#combine-link")
        .await;
    field
        .send_keys(&format!("{}/#c5.broken", facilitator.server.origin))
        .await
        .expect("paste a broken link");
    facilitator.click_in_dialog("Add link").await;
    let alert = facilitator.text_of("dialog[open] [role=alert]").await;
    assert!(alert.starts_with("This link cannot be added"), "{alert}");
    field.clear().await.expect("clear the link");
    field.send_keys(&link).await.expect("paste the link");
    facilitator.click_in_dialog("Add link").await;
    facilitator
        .client
        .find(Locator::Id("combine-files"))
        .await
        .expect("the file input")
        .send_keys(&path.display().to_string())
        .await
        .expect("choose the file");
    facilitator
        .eventually(
            "return document.querySelectorAll('dialog[open] .combine-groups li').length",
            json!(3),
        )
        .await;
    // Each group is named by its title, and the name can be changed.
    let south = facilitator
        .by_name("Group name for “South” from a link")
        .await;
    assert_eq!(
        south.prop("value").await.expect("its name"),
        Some("South".to_string())
    );
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a file name")
        .to_string();
    facilitator
        .by_name(&format!("Group name for “East” from the file {file_name}"))
        .await;
    facilitator.screenshot("combine-dialog").await;
    facilitator.set_viewport(390, 844).await;
    facilitator.screenshot("combine-dialog-phone").await;
    facilitator.set_viewport(1280, 800).await;
    facilitator.click_in_dialog("Combine 3 canvases").await;

    facilitator
        .eventually(
            "return document.querySelector('dialog[open]') === null",
            json!(true),
        )
        .await;
    assert_eq!(
        facilitator.canvas_title().await,
        "Combined canvas of 3 groups"
    );
    assert_eq!(
        notes_in(&facilitator, "Design").await,
        json!(["[All groups] Job aids"])
    );
    assert_eq!(
        notes_in(&facilitator, "Delivery").await,
        json!([
            "[North] Coaching",
            "[South] Peer learning",
            "[East] Video clips"
        ])
    );
    let toast = facilitator.text_of(".toast").await;
    assert!(
        toast.contains("Combined 3 canvases into a new one: 4 notes, one of them written alike"),
        "{toast}"
    );
    // The groups' canvases stay as they were: North is still listed.
    facilitator.wait_saved().await;
    facilitator.open_my_canvases().await;
    let mut titles = facilitator.listed_titles().await;
    titles.sort();
    assert_eq!(titles, ["Combined canvas of 3 groups", "North"]);
    facilitator.screenshot("combined-canvas").await;
    let _ = std::fs::remove_file(&path);
    facilitator.close().await;
}
