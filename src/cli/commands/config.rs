//! `mcp-bluesky config show|path|init|check`.

use clap::{Args, Subcommand};

use crate::core::config::ConfigAction;

/// Show, locate, create or check the configuration file.
///
/// Settings come from flags, then the environment, then the YAML file
/// ($XDG_CONFIG_HOME/mcp-bluesky/config.yaml or --config), then defaults.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigSubcommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigSubcommand {
    /// Print the effective configuration as YAML, passwords redacted.
    Show,
    /// Print the path of the configuration file.
    Path,
    /// Write a commented example configuration file.
    Init {
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Check the configuration and the password sources it names.
    Check,
}

impl From<ConfigArgs> for ConfigAction {
    fn from(args: ConfigArgs) -> Self {
        match args.command {
            ConfigSubcommand::Show => ConfigAction::Show,
            ConfigSubcommand::Path => ConfigAction::Path,
            ConfigSubcommand::Init { force } => ConfigAction::Init { force },
            ConfigSubcommand::Check => ConfigAction::Check,
        }
    }
}
