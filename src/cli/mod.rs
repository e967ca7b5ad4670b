//! The command-line front end: argument parsing generated from the core's
//! registry, output as text or `--json`, errors as `error:` / `help:` lines.
//! No Bluesky logic lives here.

pub mod assets;
mod progress;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::config::{Flags, LogFormat};
use crate::core::{self, Ctx, Operation, Render, Style};
use crate::error::Error;

/// Where `serve --transport http` listens without `--listen`.
const DEFAULT_LISTEN: ([u8; 4], u16) = ([127, 0, 0, 1], 8080);

const ABOUT: &str = "Bluesky from the shell, and an MCP server that lets AI agents use Bluesky";
const AFTER_HELP: &str = "\
Get started:
  mcp-bluesky auth login alice.bsky.social   log in with an app password
  mcp-bluesky post \"hello from the shell\"     post
  mcp-bluesky feed --json | jq .             read your timeline as JSON
  mcp-bluesky serve                          run the MCP server over stdio";

macro_rules! cli_commands {
    (
        tools { $($tv:ident => $tt:ty,)* }
        tools_in_commands { $($xt:ty,)* }
        commands { $($cv:ident => $ct:ty,)* }
    ) => {
        #[derive(Debug, Subcommand)]
        pub enum Command {
            $(
                #[command(about = <$tt as crate::core::Tool>::TITLE, long_about = <$tt as crate::core::Tool>::DESCRIPTION)]
                $tv(<$tt as Operation>::Input),
            )*
            $( $cv(<$ct as Operation>::Input), )*
            /// Run the MCP server (stdio, or HTTP), for Claude, VS Code, Cursor and other MCP clients.
            #[command(alias = "server")]
            Serve(ServeArgs),
            /// Print a shell completion script, or write every shell's and the man pages.
            ///
            /// `mcp-bluesky completions bash > ~/.local/share/bash-completion/completions/mcp-bluesky`
            /// installs completions for one shell. `--out-dir DIR` writes the scripts for
            /// every shell into DIR and the man pages into DIR/man (the repository's
            /// completions/ directory is made so).
            Completions {
                #[arg(value_enum, required_unless_present = "out_dir", conflicts_with = "out_dir")]
                shell: Option<clap_complete::Shell>,
                /// Write all of them into this directory instead of printing one.
                #[arg(long, value_name = "DIR")]
                out_dir: Option<PathBuf>,
            },
        }

        /// Runs a core command; `None` for the commands main handles itself.
        async fn dispatch(ctx: &Ctx, command: Command, output: &Output) -> Option<Result<bool, Error>> {
            Some(match command {
                $( Command::$tv(input) => run_op::<$tt>(ctx, input, output).await, )*
                $( Command::$cv(input) => run_op::<$ct>(ctx, input, output).await, )*
                Command::Serve(_) | Command::Completions { .. } => return None,
            })
        }

        /// Every MCP tool's name and a command line that runs it: the tool's
        /// own subcommand, or an example of the composite command that runs it.
        fn tool_command_lines() -> Vec<(&'static str, Vec<String>)> {
            use crate::core::Tool;
            vec![
                $( (<$tt>::NAME, vec![kebab(stringify!($tv))]), )*
                $( (<$xt>::NAME, <$xt>::CLI.iter().map(|a| a.to_string()).collect()), )*
            ]
        }
    };
}
core::registry!(cli_commands);

#[derive(Debug, Parser)]
#[command(name = "mcp-bluesky", version, about = ABOUT, after_help = AFTER_HELP)]
pub struct Cli {
    /// Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        help_heading = "Global options"
    )]
    pub config: Option<PathBuf>,
    /// PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]
    #[arg(
        long,
        global = true,
        value_name = "URL",
        help_heading = "Global options"
    )]
    pub pds_url: Option<String>,
    /// Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]
    #[arg(
        long,
        global = true,
        value_name = "LEVEL",
        help_heading = "Global options"
    )]
    pub log_level: Option<String>,
    /// How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]
    #[arg(
        long,
        global = true,
        value_enum,
        hide_possible_values = true,
        value_name = "FORMAT",
        help_heading = "Global options"
    )]
    pub log_format: Option<LogFormat>,
    /// Print the result as JSON on stdout
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,
    /// Print lists as JSON Lines: one item per line, for jq and friends
    #[arg(
        long,
        global = true,
        conflicts_with = "json",
        help_heading = "Global options"
    )]
    pub jsonl: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Transport {
    /// JSON-RPC over stdin and stdout
    Stdio,
    /// Streamable HTTP at /mcp, with /healthz and /metrics
    Http,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// How MCP clients connect [default: stdio; http with --listen or --port]
    #[arg(long, value_enum)]
    pub transport: Option<Transport>,
    /// Serve HTTP on this address [default with --transport http: 127.0.0.1:8080]. Anything but loopback needs --token-file.
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,
    /// HTTP on 127.0.0.1 and this port (the same as --transport http --listen 127.0.0.1:PORT).
    #[arg(long, value_name = "PORT", conflicts_with = "listen")]
    pub port: Option<u16>,
    /// A file holding the bearer token HTTP clients must send (at least 16 characters).
    #[arg(
        long,
        value_name = "FILE",
        env = "MCP_BLUESKY_TOKEN_FILE",
        hide_env_values = true
    )]
    pub token_file: Option<PathBuf>,
    /// With HTTP: most MCP sessions open at once; more are refused with 503 until
    /// one ends (sessions idle for 30 minutes end by themselves).
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_sessions: u32,
    /// Log at debug level (same as --log-level debug).
    #[arg(long)]
    pub debug: bool,
    /// With HTTP: accept requests only for this `Host` (repeatable), such as
    /// mcp.example.org behind a reverse proxy. Default: any off loopback (the
    /// token guards the server); on loopback, loopback names only, plus these.
    #[arg(long = "allowed-host", value_name = "HOST[:PORT]")]
    pub allowed_hosts: Vec<String>,
    /// With HTTP: a browser origin allowed to call besides loopback ones
    /// (repeatable), such as https://app.example.org; `:*` allows any port.
    /// Requests without an Origin (every non-browser client) are not affected.
    #[arg(long = "allowed-origin", value_name = "ORIGIN")]
    pub allowed_origins: Vec<String>,
    /// Offer only the tools that change nothing (reading, searching).
    #[arg(long)]
    pub read_only: bool,
    /// Offer only these tools (comma-separated names), over the `tools` setting.
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub tools: Option<Vec<String>>,
}

impl ServeArgs {
    /// Where to listen, when serving over HTTP: `--listen` or `--port` mean
    /// HTTP without `--transport`; with `--transport stdio` they are a mistake.
    pub fn http_listen(&self) -> Result<Option<std::net::SocketAddr>, Error> {
        let address = match (self.port, self.listen) {
            (Some(port), _) => Some(std::net::SocketAddr::from(([127, 0, 0, 1], port))),
            (None, listen) => listen,
        };
        match (self.transport, address) {
            (Some(Transport::Stdio), Some(address)) => Err(Error::input(format!(
                "--transport stdio cannot listen on {address}"
            ))
            .with_help("drop --transport stdio to serve HTTP there, or drop --listen/--port")),
            (Some(Transport::Stdio), None) => Ok(None),
            (Some(Transport::Http), None) => Ok(Some(DEFAULT_LISTEN.into())),
            (_, address) => Ok(address),
        }
    }
}

impl Cli {
    pub fn flags(&self) -> Flags {
        let debug = matches!(&self.command, Command::Serve(s) if s.debug);
        let (allowed_hosts, allowed_origins) = match &self.command {
            Command::Serve(s) => (s.allowed_hosts.clone(), s.allowed_origins.clone()),
            _ => Default::default(),
        };
        Flags {
            config: self.config.clone(),
            pds_url: self.pds_url.clone(),
            log_level: self.log_level.clone().or(debug.then(|| "debug".into())),
            log_format: self.log_format,
            allowed_hosts,
            allowed_origins,
        }
    }
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    JsonLines,
}

pub struct Output {
    format: Format,
    style: Style,
}

impl Output {
    pub fn new(format: Format) -> Self {
        let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Output {
            format,
            style: Style::with_color(color),
        }
    }
}

impl Cli {
    pub fn format(&self) -> Format {
        match (self.json, self.jsonl) {
            (_, true) => Format::JsonLines,
            (true, false) => Format::Json,
            (false, false) => Format::Human,
        }
    }
}

async fn run_op<T: Operation>(
    ctx: &Ctx,
    mut input: T::Input,
    output: &Output,
) -> Result<bool, Error> {
    T::prepare_cli(&mut input)?;
    // The bar is cleared when the last handle on it goes, before the result prints.
    let ctx = if std::io::stderr().is_terminal() {
        ctx.with_progress(std::sync::Arc::new(progress::Bar::default()))
    } else {
        ctx.clone()
    };
    let result = T::run(&ctx, input).await;
    drop(ctx);
    let result = result?;
    for warning in result.warnings() {
        eprintln!("warning: {warning}");
    }
    let text = match output.format {
        Format::Human => result.render(&output.style),
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&result).expect("results serialize");
            json.push('\n');
            json
        }
        Format::JsonLines => match result.items() {
            Some(items) => items.iter().map(|i| format!("{i}\n")).collect(),
            None => format!(
                "{}\n",
                serde_json::to_value(&result).expect("results serialize")
            ),
        },
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    Ok(result.success())
}

/// Runs a parsed command line; the exit code says how it went.
pub async fn run(ctx: Ctx, command: Command, format: Format) -> ExitCode {
    let output = Output::new(format);
    match dispatch(&ctx, command, &output).await {
        Some(Ok(true)) | None => ExitCode::SUCCESS,
        Some(Ok(false)) => ExitCode::FAILURE,
        Some(Err(e)) => report(&e),
    }
}

/// Prints an error cargo-style on stderr and returns its exit code.
pub fn report(e: &Error) -> ExitCode {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let style = Style::with_color(color);
    eprintln!("{} {}", style.bad("error:"), e.message);
    if let Some(help) = &e.help {
        eprintln!("{} {help}", style.bold("help:"));
    }
    ExitCode::from(e.kind.exit_code())
}

/// The command line's definition: [`Cli`], with each command's help naming
/// the MCP tools it runs.
pub fn command() -> clap::Command {
    let mut by_command: Vec<(String, Vec<String>)> = Vec::new();
    for (tool, args) in tool_command_lines() {
        let line = if args.len() == 1 {
            format!("  {tool}")
        } else {
            let quoted: Vec<String> = args
                .iter()
                .map(|a| {
                    if a.contains(' ') {
                        format!("'{a}'")
                    } else {
                        a.clone()
                    }
                })
                .collect();
            format!("  {tool:<25} mcp-bluesky {}", quoted.join(" "))
        };
        match by_command.iter_mut().find(|(name, _)| *name == args[0]) {
            Some((_, lines)) => lines.push(line),
            None => by_command.push((args[0].clone(), vec![line])),
        }
    }
    let mut command = Cli::command();
    for (name, lines) in by_command {
        let heading = if lines.len() == 1 {
            "MCP tool:"
        } else {
            "MCP tools:"
        };
        let text = format!("{heading}\n{}", lines.join("\n"));
        command = command.mut_subcommand(name, |c| c.after_long_help(text));
    }
    command
}

/// A registry variant's subcommand name: `McpConfig` → `mcp-config`.
fn kebab(variant: &str) -> String {
    let mut name = String::new();
    for (i, c) in variant.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            name.push('-');
        }
        name.push(c.to_ascii_lowercase());
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tool_is_a_command() {
        for (tool, args) in tool_command_lines() {
            let mut argv = vec!["mcp-bluesky".to_string()];
            argv.extend(args.iter().cloned());
            if args.len() == 1 {
                argv.push("--help".into());
            }
            let parsed = command().try_get_matches_from(&argv);
            let ok = match &parsed {
                Ok(_) => args.len() > 1,
                Err(e) => e.kind() == clap::error::ErrorKind::DisplayHelp && args.len() == 1,
            };
            assert!(
                ok,
                "{tool} has no command line: `{}` gives {parsed:?}",
                args.join(" ")
            );
        }
    }
}
