//! mcp-bluesky: one binary, a Bluesky CLI and an MCP server over one command core.

mod bsky;
mod cli;
mod config;
mod core;
mod db;
mod error;
mod mcp;

use std::process::ExitCode;

use clap::FromArgMatches;

use crate::cli::commands::serve::ServeArgs;
use crate::cli::{Cli, Mode};
use crate::config::{Config, LogFormat, ProcessEnv};

fn main() -> ExitCode {
    let cli = cli::command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .unwrap_or_else(|e| e.exit());
    let flags = cli.flags();
    let format = cli.format();
    let command = match cli.mode {
        Mode::Completions(args) => return cli::completions(args),
        Mode::Serve(args) => {
            // The tools' schemas are made meanwhile, for the first `tools/list`.
            std::thread::spawn(mcp::prepare);
            Err(args)
        }
        Mode::Command(command) => Ok(command),
    };
    let config = match Config::load(&flags, &ProcessEnv) {
        Ok(config) => config,
        Err(e) => return cli::report(&e),
    };
    let serving = command.is_err();
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
    };
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(e) => {
            return cli::report(&error::Error::io(format!(
                "cannot start the async runtime: {e}"
            )));
        }
    };
    runtime.block_on(async move {
        match command {
            Ok(command) => cli::run(ctx, command, format).await,
            Err(serve) => match run_server(ctx, &serve, format).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => cli::report(&e),
            },
        }
    })
}

/// `serve`: the MCP server over stdio or HTTP, or with `--list-tools` the
/// tools it would offer.
async fn run_server(ctx: core::Ctx, args: &ServeArgs, format: cli::Format) -> error::Result<()> {
    let offered = args.offered(ctx.config())?;
    if args.list_tools {
        let json = format != cli::Format::Human;
        print!("{}", cli::commands::serve::list_tools(&offered, json));
        return Ok(());
    }
    if let Some(hosting) = args.hosted(ctx.config())? {
        let listen = args.http_listen()?.ok_or_else(|| {
            error::Error::input("--hosted serves HTTP: give --listen ADDR (or --port PORT)")
        })?;
        let hosted =
            core::hosted::open_server(ctx.config(), &hosting.state, &hosting.public_url).await?;
        let options = mcp::HostedServe {
            listen,
            public_url: hosting.public_url,
            tls: hosting.tls,
            trusted_proxies: hosting.trusted_proxies,
            metrics_token_file: args.token_file.clone(),
        };
        // A hosted server reads no files for anyone, and a video is posted only from one.
        let offered = offered
            .into_iter()
            .filter(|t| t.spec().name != <core::post::video::PostVideo as core::Tool>::SPEC.name)
            .collect();
        return mcp::serve_hosted(hosted, offered, options).await;
    }
    match args.http_listen()? {
        Some(listen) => {
            let options = mcp::HttpOptions {
                listen,
                token_file: args.token_file.clone(),
                max_sessions: args.max_sessions as usize,
                allowed_hosts: ctx.config().allowed_hosts.clone(),
                allowed_origins: ctx.config().allowed_origins.clone(),
            };
            mcp::serve_http(ctx, offered, options).await
        }
        None => mcp::serve_stdio(ctx, offered).await,
    }
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
