fn main() {
    leptos::mount::mount_to_body(lmc::ui::app::App);
}
