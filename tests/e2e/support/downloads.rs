//! Downloads caught in the page: a click on a download link records its
//! name and address instead of saving a file, and the test reads it back.

use super::App;
use serde_json::json;

/// Replaces the download links' click with a record of what they hold.
const CATCH_DOWNLOADS: &str = "window.__downloads = []; HTMLAnchorElement.prototype.click = function () { if (this.download) window.__downloads.push([this.download, this.href]); }; return null";

/// The text of the last download (the address is a blob: or data: URL).
const LAST_DOWNLOAD: &str = "const done = arguments[arguments.length - 1]; const d = window.__downloads.at(-1); fetch(d[1]).then(r => r.text()).then(t => done([d[0], t]));";

impl App {
    /// From now on, this page's downloads are caught (until it reloads).
    pub async fn catch_downloads(&self) {
        self.js(CATCH_DOWNLOADS).await;
    }

    /// The name and text of the last download caught.
    pub async fn last_download(&self) -> (String, String) {
        let v = self
            .client
            .execute_async(LAST_DOWNLOAD, vec![])
            .await
            .expect("read the download");
        (
            v[0].as_str().unwrap_or_default().to_string(),
            v[1].as_str().unwrap_or_default().to_string(),
        )
    }

    /// Clicks the dialog's button `what` and waits for its download.
    pub async fn download_in_dialog(&self, what: &str) {
        let before = self.js("return window.__downloads.length").await;
        self.click_in_dialog(what).await;
        let n = before.as_u64().unwrap_or(0) + 1;
        self.eventually("return window.__downloads.length", json!(n))
            .await;
    }
}
