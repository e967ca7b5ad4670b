//! `mcp-bluesky hosted keygen|users|revoke`: an operator's commands for a
//! hosted server (`serve --hosted`), on the same database and key files.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::serve::HostedStateArgs;
use crate::cli::{Output, Rendered};
use crate::core::Ctx;
use crate::core::hosted;
use crate::error::{Error, Result};

/// Run and look after a hosted server: keys, who is connected, revoking.
#[derive(Debug, Args)]
pub struct HostedArgs {
    #[command(subcommand)]
    pub command: HostedSubcommand,
}

#[derive(Debug, Subcommand)]
pub enum HostedSubcommand {
    /// Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600.
    Keygen {
        /// The directory to write them to (made if missing); existing keys are never replaced.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// List the people connected: DID, handle, last use.
    Users(HostedStateArgs),
    /// Revoke a person's tokens here and their Bluesky grant, at once on every instance.
    Revoke {
        /// Their handle or DID.
        who: String,
        #[command(flatten)]
        state: HostedStateArgs,
    },
}

/// The database URL: `url` (without a password), else from `file`, else DATABASE_URL.
pub fn database_url(url: Option<&str>, file: Option<&Path>) -> Result<String> {
    match (url, file) {
        (Some(url), _) if crate::db::has_password(url) => Err(Error::input(
            "--database-url holds a password, which every user of this machine can read in its process list",
        )
        .with_help("put the URL in a file for --database-url-file, or in DATABASE_URL")),
        (Some(url), _) => Ok(url.to_string()),
        (None, Some(path)) => std::fs::read_to_string(path)
            .map(|s| s.trim().to_string())
            .map_err(|e| crate::error::io_error("read the database URL file", path, e)),
        (None, None) => std::env::var("DATABASE_URL").map_err(|_| {
            Error::config("no database: a hosted server keeps its state in PostgreSQL")
                .with_help("pass --database-url URL or --database-url-file FILE, or set DATABASE_URL")
        }),
    }
}

pub async fn run(ctx: &Ctx, args: HostedArgs, out: &Output) -> Result<Rendered> {
    match args.command {
        HostedSubcommand::Keygen { out: dir } => {
            let written = hosted::keygen(&dir)?;
            Ok(out.render(written))
        }
        HostedSubcommand::Users(state) => {
            let ctx = hosted::open(ctx.config(), &state.core(ctx.config())?).await?;
            Ok(out.render(hosted::UsersOutput {
                users: hosted::users(&ctx).await?,
            }))
        }
        HostedSubcommand::Revoke { who, state } => {
            let ctx = hosted::open(ctx.config(), &state.core(ctx.config())?).await?;
            Ok(out.render(hosted::revoke(&ctx, &who).await?))
        }
    }
}
