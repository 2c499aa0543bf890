//! End-to-end test of voting from phones (issue 17): the facilitator shows
//! the vote link and its QR code; two phones (browsers of their own) place
//! their dots and send their votes back as short links; opened in the
//! facilitator's browser they add up, the same votes twice count once, and
//! votes for another vote, or over the budget, are refused.
use crate::share::read_qr;
use crate::support::App;
use crate::workshop::{counts, three_notes};
use fantoccini::Locator;
use lmc::core::share::vote_links::{ballot_link, read_invitation, SentBallot};
use serde_json::json;

/// On a phone: presses the note whose text is `text`.
async fn press_note(phone: &App, text: &str) {
    phone
        .client
        .find(Locator::XPath(&format!(
            "//button[contains(@class, 'phone-note')][.//span[@class='phone-note-text'][normalize-space()='{text}']]"
        )))
        .await
        .unwrap_or_else(|e| panic!("no note {text:?}: {e}"))
        .click()
        .await
        .expect("press the note");
}

/// A phone opens `invitation`, votes for `notes` as `name`, and returns
/// the link it gives back.
async fn vote_on_phone(invitation: &str, name: &str, notes: &[&str]) -> String {
    let phone = App::open().await;
    phone.fresh_start().await;
    phone.load_fresh(invitation).await;
    phone.wait_for("main.phone-vote").await;
    if !name.is_empty() {
        phone
            .wait_for("input#phone-voter-name")
            .await
            .send_keys(name)
            .await
            .expect("type the name");
    }
    for note in notes {
        press_note(&phone, note).await;
    }
    phone.set_viewport(390, 844).await;
    phone.screenshot("phone-vote").await;
    phone.click_button("Send my votes").await;
    let link = phone
        .wait_for("textarea#ballot-link")
        .await
        .prop("value")
        .await
        .expect("the ballot link")
        .unwrap_or_default();
    phone.close().await;
    link
}

/// Opens a ballot link in the facilitator's browser, and returns what the
/// page says: a toast, or an alert.
async fn open_ballot(app: &App, link: &str) -> String {
    app.load_fresh(link).await;
    app.wait_for(".canvas-title").await;
    app.text_of(".toast, .storage-alerts [role=alert] p, [role=alert] p")
        .await
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn two_phones_vote_their_votes_add_up_once_and_foreign_or_over_budget_ones_are_refused() {
    let app = App::open().await;
    app.fresh_start().await;
    three_notes(&app).await;
    app.menu_choose("View", "Dot vote").await;
    app.click_in_dialog("Start the vote").await;
    // One voter in the room first.
    app.click_in_dialog("Vote now").await;
    app.by_name("Dot for “Job aids”")
        .await
        .click()
        .await
        .expect("a dot");
    app.click_button("Done voting").await;
    app.menu_choose("View", "Dot vote").await;
    app.click_in_dialog("Vote from phones").await;
    let invitation = app
        .wait_for("dialog[open] textarea#vote-invitation")
        .await
        .prop("value")
        .await
        .expect("the vote link")
        .unwrap_or_default();
    assert!(invitation.contains("#v1.3o.c5."), "{invitation}");
    let qr = app
        .wait_for("dialog[open] svg[aria-label='QR code of the vote link']")
        .await;
    let view_box = qr.attr("viewBox").await.ok().flatten().unwrap_or_default();
    let path = app
        .js("return document.querySelector('dialog[open] .vote-phones .share-qr path').getAttribute('d')")
        .await;
    assert_eq!(
        read_qr(&view_box, path.as_str().unwrap_or_default(), 4).as_deref(),
        Some(invitation.as_str()),
        "the QR code holds the vote link"
    );
    app.click_in_dialog("Close").await;
    app.wait_saved().await;

    let ana = vote_on_phone(&invitation, "Ana", &["Coaching", "In the app"]).await;
    let other = vote_on_phone(&invitation, "", &["Job aids", "In the app", "Coaching"]).await;
    let back = ana.split_once('#').map_or(0, |(_, f)| f.len());
    assert!(back < 40, "a short link back: {ana}");

    let said = open_ballot(&app, &ana).await;
    assert!(
        said.starts_with("Added the votes of Ana: 2 dots."),
        "{said}"
    );
    let said = open_ballot(&app, &ana).await;
    assert!(
        said.starts_with("Ana had sent votes before: they count once"),
        "{said}"
    );
    let said = open_ballot(&app, &other).await;
    assert!(said.starts_with("Added the votes of Phone "), "{said}");
    assert_eq!(
        counts(&app).await,
        json!({"Job aids": "● 2 dots", "Coaching": "● 2 dots", "In the app": "● 2 dots"})
    );

    // Votes for another vote, and over the budget, change nothing.
    let fragment = invitation.split_once('#').expect("a fragment").1;
    let round = read_invitation(fragment).expect("the vote").round;
    let foreign = ballot_link(&SentBallot {
        round: round ^ 1,
        phone: 99,
        voter: "Eve".into(),
        dots: vec![1],
    });
    let said = open_ballot(&app, &format!("{}/#{foreign}", app.server.origin)).await;
    assert!(
        said.starts_with("These votes belong to a vote this browser does not hold"),
        "{said}"
    );
    let greedy = ballot_link(&SentBallot {
        round,
        phone: 98,
        voter: "Max".into(),
        dots: vec![1, 2, 3, 1],
    });
    let said = open_ballot(&app, &format!("{}/#{greedy}", app.server.origin)).await;
    assert!(
        said.starts_with("The votes of Max were not added: they hold more than the 3 dots"),
        "{said}"
    );
    assert_eq!(
        counts(&app).await,
        json!({"Job aids": "● 2 dots", "Coaching": "● 2 dots", "In the app": "● 2 dots"})
    );
    app.close().await;
}
