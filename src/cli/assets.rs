//! Shell completions and man pages, generated from the command definition.

use std::io::Write;
use std::path::Path;

use clap_complete::Shell;

use crate::error::{Error, Result, io_error};

const NAME: &str = "mcp-bluesky";

/// Prints one shell's script; a reader that stops early (`| head`) is no error.
pub fn print_completions(shell: Shell) -> Result<()> {
    let mut command = super::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, NAME, &mut script);
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(&script).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io(format!(
            "cannot print the {shell} completions: {e}"
        ))),
        _ => Ok(()),
    }
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
