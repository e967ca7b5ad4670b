//! A progress bar on stderr for long commands, drawn only on a terminal.

use std::sync::OnceLock;

use indicatif::{ProgressBar, ProgressStyle};

use crate::core::Progress;

#[derive(Default)]
pub struct Bar(OnceLock<ProgressBar>);

impl Progress for Bar {
    fn report(&self, done: f64, total: f64, message: &str) {
        let bar = self.0.get_or_init(|| {
            let bar = ProgressBar::new(total as u64);
            let style = ProgressStyle::with_template("{bar:30} {percent:>3}% {msg} ({elapsed})")
                .expect("static template");
            bar.set_style(style);
            bar
        });
        bar.set_length(total as u64);
        bar.set_position(done as u64);
        bar.set_message(message.to_string());
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if let Some(bar) = self.0.get() {
            bar.finish_and_clear();
        }
    }
}
