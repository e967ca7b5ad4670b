//! mcp-bluesky: one binary, a Bluesky CLI and an MCP server over one command core.

mod bsky;
mod cli;
mod config;
mod core;
mod error;
mod mcp;

use std::process::ExitCode;

use clap::FromArgMatches;

use crate::cli::{Cli, Command};
use crate::config::{Config, LogFormat, ProcessEnv};

fn main() -> ExitCode {
    let cli = cli::command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .unwrap_or_else(|e| e.exit());
    if let Command::Completions { shell, out_dir } = cli.command {
        let written = match (shell, out_dir) {
            (_, Some(dir)) => cli::assets::write_all(&dir),
            (Some(shell), None) => cli::assets::print_completions(shell),
            (None, None) => unreachable!("clap requires a shell or --out-dir"),
        };
        return match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => cli::report(&e),
        };
    }
    let config = match Config::load(&cli.flags(), &ProcessEnv) {
        Ok(config) => config,
        Err(e) => return cli::report(&e),
    };
    let serving = matches!(cli.command, Command::Serve(_));
    let default_level = if serving { "info" } else { "warn" };
    init_logging(
        config.log_level.as_deref().unwrap_or(default_level),
        config.log_format,
    );
    // A person at a shell may post files from where they are or from home; a
    // server, driven by an agent, reads files only from configured media_dirs.
    let media_dirs = if serving {
        Vec::new()
    } else {
        let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
        std::env::current_dir()
            .ok()
            .into_iter()
            .chain(home)
            .collect()
    };
    let ctx = core::Ctx::new(config, media_dirs);
    let runtime = if serving {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
    } else {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    }
    .expect("the async runtime starts");
    runtime.block_on(async move {
        if let Command::Serve(args) = &cli.command {
            let selection = mcp::Selection {
                read_only: args.read_only,
                tools: args.tools.clone().or_else(|| ctx.config().tools.clone()),
            };
            let served = match args.http_listen() {
                Ok(Some(listen)) => {
                    let options = mcp::HttpOptions {
                        listen,
                        token_file: args.token_file.clone(),
                        max_sessions: args.max_sessions as usize,
                        allowed_hosts: ctx.config().allowed_hosts.clone(),
                        allowed_origins: ctx.config().allowed_origins.clone(),
                    };
                    mcp::serve_http(ctx, selection, options).await
                }
                Ok(None) => mcp::serve_stdio(ctx, selection).await,
                Err(e) => Err(e),
            };
            match served {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => cli::report(&e),
            }
        } else {
            let format = cli.format();
            cli::run(ctx, cli.command, format).await
        }
    })
}

/// Logs go to stderr only: stdout carries command output or MCP frames.
fn init_logging(level: &str, format: LogFormat) {
    let directive = config::tracing_level(level).unwrap_or("info");
    let filter = tracing_subscriber::EnvFilter::new(format!("warn,mcp_bluesky={directive}"));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Human => logs
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init(),
        // One object a line: time, level, target, message and fields at the top.
        LogFormat::Json => logs.json().flatten_event(true).with_ansi(false).init(),
    }
}
