//! `mcp-bluesky completions`: shell completions and man pages.

use std::path::PathBuf;

use clap::Args;

/// Print a shell completion script, or write every shell's and the man pages.
///
/// `mcp-bluesky completions bash > ~/.local/share/bash-completion/completions/mcp-bluesky`
/// installs completions for one shell. `--out-dir DIR` writes the scripts for
/// every shell into DIR and the man pages into DIR/man (the repository's
/// completions/ directory is made so).
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(
        value_enum,
        required_unless_present = "out_dir",
        conflicts_with = "out_dir"
    )]
    pub shell: Option<clap_complete::Shell>,
    /// Write all of them into this directory instead of printing one.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}
