//! Shell completions and man pages, generated from the command definition.

use std::path::Path;

use clap_complete::Shell;

use crate::error::{Error, Result, io_error};

const NAME: &str = "mcp-bluesky";

pub fn print_completions(shell: Shell) {
    let mut command = super::command();
    clap_complete::generate(shell, &mut command, NAME, &mut std::io::stdout());
}

/// Writes every shell's completion script into `dir`, and the man pages (one
/// per command) into `dir/man`.
pub fn write_all(dir: &Path) -> Result<()> {
    let man = dir.join("man");
    std::fs::create_dir_all(&man).map_err(|e| io_error("create", &man, e))?;
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::PowerShell,
    ] {
        let mut command = super::command();
        clap_complete::generate_to(shell, &mut command, NAME, dir).map_err(|e| {
            Error::io(format!(
                "cannot write {shell} completions into {}: {e}",
                dir.display()
            ))
        })?;
    }
    clap_mangen::generate_to(super::command(), &man).map_err(|e| {
        Error::io(format!(
            "cannot write man pages into {}: {e}",
            man.display()
        ))
    })
}
