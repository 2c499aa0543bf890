//! The harness's steps through the editor's own controls: header menus,
//! a note's tools, the viewport, a template made into a canvas.

use super::App;
use fantoccini::elements::Element;
use fantoccini::Locator;

impl App {
    /// Clicks the button whose visible text is `text`. One that sits in a
    /// closed header menu is reached as a person would: the menu first.
    pub async fn click_button(&self, text: &str) {
        let xpath = format!("//button[normalize-space()='{text}']");
        for attempt in 0..2 {
            let buttons = self
                .client
                .find_all(Locator::XPath(&xpath))
                .await
                .expect("query buttons");
            for b in buttons {
                if b.is_displayed().await.unwrap_or(false) {
                    b.click().await.expect("click");
                    return;
                }
            }
            if attempt == 0 {
                let menu = self
                    .client
                    .execute(MENU_OF_ITEM, vec![serde_json::json!(text)])
                    .await
                    .expect("look for a menu");
                let Some(id) = menu.as_str() else { break };
                self.client
                    .find(Locator::Id(id))
                    .await
                    .expect("the menu button")
                    .click()
                    .await
                    .expect("open the menu");
            }
        }
        panic!("no button {text:?}");
    }

    /// Opens the header menu `menu` ("Canvas", "Check", "View") and chooses
    /// the item whose text is `item` (its check mark aside).
    pub async fn menu_choose(&self, menu: &str, item: &str) {
        self.client
            .find(Locator::Css(&format!(
                ".header-menus #menu-button-{}",
                menu.to_lowercase()
            )))
            .await
            .unwrap_or_else(|e| panic!("no menu {menu:?}: {e}"))
            .click()
            .await
            .expect("open the menu");
        self.client
            .find(Locator::XPath(&format!(
                "//div[@id='menu-{}']//*[starts-with(@role, 'menuitem')][normalize-space(translate(., '✓●', ''))='{item}']",
                menu.to_lowercase()
            )))
            .await
            .unwrap_or_else(|e| panic!("no item {item:?} in {menu:?}: {e}"))
            .click()
            .await
            .expect("choose the item");
    }

    /// Opens the phone header's one menu ("Menu").
    pub async fn open_phone_menu(&self) {
        self.client
            .find(Locator::Id("menu-button-menu"))
            .await
            .expect("the phone's menu")
            .click()
            .await
            .expect("open it");
        self.wait_for("#menu-menu:not([hidden])").await;
    }

    /// Selects note number `index` on the page (in page order) by clicking
    /// its text, as a person would, and returns its tool named `tool`
    /// ("Note colour", "Move note", "Link to…", "Delete note", …).
    pub async fn note_tool(&self, index: usize, tool: &str) -> Element {
        let texts = self
            .client
            .find_all(Locator::Css(".note-text"))
            .await
            .expect("notes");
        let text = texts
            .get(index)
            .unwrap_or_else(|| panic!("no note {index}"));
        text.click().await.expect("select the note");
        self.wait_for(&format!("li.note.selected [aria-label=\"{tool}\"]"))
            .await
    }

    /// Picks `theme` in the View menu and waits until the page wears it.
    pub async fn choose_theme(&self, theme: &str) {
        let item = match theme {
            "light" => "Light theme",
            "dark" => "Dark theme",
            _ => "Theme as the system",
        };
        self.menu_choose("View", item).await;
        self.eventually(
            "return document.documentElement.getAttribute('data-theme')",
            serde_json::json!(theme),
        )
        .await;
    }

    /// Sizes the window so the page's viewport is `width` × `height`.
    pub async fn set_viewport(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .expect("size the window");
        let inner = self
            .js("return [window.innerWidth, window.innerHeight]")
            .await;
        let (w, h) = (
            inner[0].as_u64().unwrap_or(0) as u32,
            inner[1].as_u64().unwrap_or(0) as u32,
        );
        if (w, h) != (width, height) {
            self.client
                .set_window_size(
                    width + width.saturating_sub(w),
                    height + height.saturating_sub(h),
                )
                .await
                .expect("size the window again");
        }
    }

    /// Opens the template `id` and makes a canvas of it ("Use template").
    pub async fn use_template(&self, id: &str) {
        self.goto(&format!("/#/template/{id}")).await;
        self.wait_for(".shared-banner button.primary").await;
        self.click_button("Use template").await;
        self.wait_for(".board li.note").await;
    }
}

/// The id of the visible header menu button whose menu holds a button with
/// text `arguments[0]`, or null.
const MENU_OF_ITEM: &str = r#"
const text = arguments[0];
const item = [...document.querySelectorAll('[role=menu] button')]
  .find(b => b.textContent.trim() === text && b.closest('.menu').checkVisibility());
return item ? item.closest('[role=menu]').getAttribute('aria-labelledby') : null;
"#;
