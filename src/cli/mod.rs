//! The command-line front end: a plain clap [`Command`] whose arguments
//! convert into the core's tool inputs, output as text or `--json`, errors as
//! `error:` / `help:` lines. No Bluesky logic lives here.

pub mod args;
pub mod assets;
pub mod commands;
mod progress;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use serde::Serialize;

use crate::config::{Flags, LogFormat};
use crate::core::auth::Auth;
use crate::core::block::{Block, GetBlocks, Unblock};
use crate::core::bookmark::{Bookmark, GetBookmarks, Unbookmark};
use crate::core::chat::list::ListConvos;
use crate::core::chat::mark_read::MarkConvoRead;
use crate::core::chat::open::GetConvo;
use crate::core::chat::read::GetMessages;
use crate::core::chat::send::SendMessage;
use crate::core::config::ConfigCommand;
use crate::core::delete::DeletePost;
use crate::core::draft::create::CreateDraft;
use crate::core::draft::delete::DeleteDraft;
use crate::core::draft::list::GetDrafts;
use crate::core::draft::update::UpdateDraft;
use crate::core::feed::{GetAuthorFeed, GetFeed};
use crate::core::follow::{Follow, Unfollow};
use crate::core::graph::{
    GetFollowers, GetFollows, GetKnownFollowers, GetLikes, GetQuotes, GetRepostedBy,
};
use crate::core::like::{Like, Unlike};
use crate::core::list::create::CreateList;
use crate::core::list::delete::DeleteList;
use crate::core::list::members::{AddToList, RemoveFromList};
use crate::core::list::show::{GetList, GetLists};
use crate::core::list::subscribe::{BlockList, MuteList, UnblockList, UnmuteList};
use crate::core::list::update::UpdateList;
use crate::core::mark_seen::MarkNotificationsSeen;
use crate::core::mcp_config::McpConfig;
use crate::core::mute::{GetMutes, Mute, MuteThread, Unmute, UnmuteThread};
use crate::core::notifications::GetNotifications;
use crate::core::post::image::PostImage;
use crate::core::post::quote::QuotePost;
use crate::core::post::reply::Reply;
use crate::core::post::text::PostText;
use crate::core::post::thread::PostThread;
use crate::core::post::video::PostVideo;
use crate::core::profile::GetProfile;
use crate::core::reply_controls::{HideReply, SetReplyControls, UnhideReply};
use crate::core::repost::{Repost, Unrepost};
use crate::core::search::{SearchHashtags, SearchPosts, SearchUsers};
use crate::core::show::GetPost;
use crate::core::status::Status;
use crate::core::test::SelfTest;
use crate::core::thread::GetReplies;
use crate::core::trends::{GetTrendingTopics, GetTrends};
use crate::core::{Ctx, Render, Style, Tool};
use crate::error::{Error, Result};
use commands::{
    auth, bookmark, chat, completions, config, delete, draft, engage, feed, graph, hosted, list,
    mcp_config, moderation, notifications, post, profile, reply, reply_controls, search, serve,
    show, status, test, thread, trends,
};

const ABOUT: &str = "Bluesky from the shell, and an MCP server that lets AI agents use Bluesky";
const AFTER_HELP: &str = "\
Get started:
  mcp-bluesky auth login alice.bsky.social   log in with an app password
  mcp-bluesky post \"hello from the shell\"     post
  mcp-bluesky feed --json | jq .             read your timeline as JSON
  mcp-bluesky serve                          run the MCP server over stdio";

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
    pub mode: Mode,
}

/// What the program does: run a command, serve MCP, or print completions.
#[derive(Debug, Subcommand)]
pub enum Mode {
    #[command(flatten)]
    Command(Command),
    /// Run the MCP server (stdio, or HTTP), for Claude, VS Code, Cursor and other MCP clients.
    #[command(alias = "server")]
    Serve(serve::ServeArgs),
    Completions(completions::CompletionsArgs),
}

/// The commands: each runs one or more core operations.
#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = Reply::SPEC.title, long_about = Reply::SPEC.description)]
    Reply(reply::ReplyArgs),
    #[command(about = Like::SPEC.title, long_about = Like::SPEC.description)]
    Like(engage::PostActionArgs),
    #[command(about = Unlike::SPEC.title, long_about = Unlike::SPEC.description)]
    Unlike(engage::PostActionArgs),
    #[command(about = Repost::SPEC.title, long_about = Repost::SPEC.description)]
    Repost(engage::PostActionArgs),
    #[command(about = Unrepost::SPEC.title, long_about = Unrepost::SPEC.description)]
    Unrepost(engage::PostActionArgs),
    #[command(about = Follow::SPEC.title, long_about = Follow::SPEC.description)]
    Follow(engage::ActorArgs),
    #[command(about = Unfollow::SPEC.title, long_about = Unfollow::SPEC.description)]
    Unfollow(engage::ActorArgs),
    #[command(about = DeletePost::SPEC.title, long_about = DeletePost::SPEC.description)]
    Delete(delete::DeleteArgs),
    #[command(about = GetReplies::SPEC.title, long_about = GetReplies::SPEC.description)]
    Thread(thread::ThreadArgs),
    #[command(about = GetPost::SPEC.title, long_about = GetPost::SPEC.description)]
    Show(show::ShowArgs),
    #[command(about = GetProfile::SPEC.title, long_about = GetProfile::SPEC.description)]
    Profile(profile::ProfileArgs),
    #[command(
        about = GetNotifications::SPEC.title,
        long_about = GetNotifications::SPEC.description
    )]
    Notifications(notifications::NotificationsArgs),
    #[command(about = GetLikes::SPEC.title, long_about = GetLikes::SPEC.description)]
    Likes(graph::PostListArgs),
    #[command(about = GetRepostedBy::SPEC.title, long_about = GetRepostedBy::SPEC.description)]
    Reposts(graph::PostListArgs),
    #[command(about = GetQuotes::SPEC.title, long_about = GetQuotes::SPEC.description)]
    Quotes(graph::PostListArgs),
    /// Followers of an account (yours by default), or with --known those you follow too.
    Followers(graph::FollowersArgs),
    #[command(about = GetFollows::SPEC.title, long_about = GetFollows::SPEC.description)]
    Follows(graph::FollowsArgs),
    /// Mute an account, or with --thread a thread
    Mute(moderation::MuteArgs),
    /// Unmute an account, or with --thread a thread
    Unmute(moderation::MuteArgs),
    #[command(about = Block::SPEC.title, long_about = Block::SPEC.description)]
    Block(engage::ActorArgs),
    #[command(about = Unblock::SPEC.title, long_about = Unblock::SPEC.description)]
    Unblock(engage::ActorArgs),
    #[command(about = GetMutes::SPEC.title, long_about = GetMutes::SPEC.description)]
    Mutes(moderation::OwnListArgs),
    #[command(about = GetBlocks::SPEC.title, long_about = GetBlocks::SPEC.description)]
    Blocks(moderation::OwnListArgs),
    #[command(about = SetReplyControls::SPEC.title, long_about = SetReplyControls::SPEC.description)]
    ReplyControls(reply_controls::ReplyControlsArgs),
    #[command(about = HideReply::SPEC.title, long_about = HideReply::SPEC.description)]
    Hide(engage::PostActionArgs),
    #[command(about = UnhideReply::SPEC.title, long_about = UnhideReply::SPEC.description)]
    Unhide(engage::PostActionArgs),
    List(list::ListCommandArgs),
    Bookmark(bookmark::BookmarkArgs),
    Chat(chat::ChatArgs),
    Hosted(hosted::HostedArgs),
    Draft(draft::DraftArgs),
    Trends(trends::TrendsArgs),
    Post(post::PostArgs),
    Feed(feed::FeedArgs),
    Search(search::SearchArgs),
    Auth(auth::AuthArgs),
    Status(status::StatusArgs),
    Config(config::ConfigArgs),
    McpConfig(mcp_config::McpConfigArgs),
    Test(test::TestArgs),
}

/// Every MCP tool, with a command line that runs it.
const TOOL_COMMANDS: &[(&str, &[&str])] = &[
    (PostText::SPEC.name, &["post", "hello"]),
    (
        PostImage::SPEC.name,
        &["post", "--image", "cat.jpg", "--alt", "a cat", "hello"],
    ),
    (
        PostVideo::SPEC.name,
        &["post", "--video", "clip.mp4", "hello"],
    ),
    (
        QuotePost::SPEC.name,
        &[
            "post",
            "--quote",
            "at://did:plc:x/app.bsky.feed.post/3k",
            "so true",
        ],
    ),
    (PostThread::SPEC.name, &["post", "--thread", "a long text"]),
    (
        CreateDraft::SPEC.name,
        &["post", "--draft", "for you to check and send"],
    ),
    (GetDrafts::SPEC.name, &["draft", "ls"]),
    (
        UpdateDraft::SPEC.name,
        &["draft", "edit", "3kdraftid", "a better text"],
    ),
    (DeleteDraft::SPEC.name, &["draft", "rm", "3kdraftid"]),
    (
        SetReplyControls::SPEC.name,
        &[
            "reply-controls",
            "at://did:plc:x/app.bsky.feed.post/3k",
            "--who-can-reply",
            "mentioned,following",
        ],
    ),
    (HideReply::SPEC.name, &["hide"]),
    (UnhideReply::SPEC.name, &["unhide"]),
    (GetFeed::SPEC.name, &["feed", "following"]),
    (
        GetAuthorFeed::SPEC.name,
        &["feed", "--author", "alice.test"],
    ),
    (SearchPosts::SPEC.name, &["search", "rust"]),
    (SearchHashtags::SPEC.name, &["search", "--tag", "rust"]),
    (SearchUsers::SPEC.name, &["search", "--users", "alice"]),
    (Reply::SPEC.name, &["reply"]),
    (Like::SPEC.name, &["like"]),
    (Unlike::SPEC.name, &["unlike"]),
    (Repost::SPEC.name, &["repost"]),
    (Unrepost::SPEC.name, &["unrepost"]),
    (Follow::SPEC.name, &["follow"]),
    (Unfollow::SPEC.name, &["unfollow"]),
    (DeletePost::SPEC.name, &["delete"]),
    (GetReplies::SPEC.name, &["thread"]),
    (GetPost::SPEC.name, &["show"]),
    (GetProfile::SPEC.name, &["profile"]),
    (GetNotifications::SPEC.name, &["notifications"]),
    (
        MarkNotificationsSeen::SPEC.name,
        &["notifications", "--mark-seen"],
    ),
    (
        Bookmark::SPEC.name,
        &["bookmark", "add", "at://did:plc:x/app.bsky.feed.post/3k"],
    ),
    (
        Unbookmark::SPEC.name,
        &["bookmark", "rm", "at://did:plc:x/app.bsky.feed.post/3k"],
    ),
    (GetBookmarks::SPEC.name, &["bookmark", "ls"]),
    (ListConvos::SPEC.name, &["chat", "ls"]),
    (GetMessages::SPEC.name, &["chat", "read", "bob.test"]),
    (GetConvo::SPEC.name, &["chat", "open", "bob.test"]),
    (
        SendMessage::SPEC.name,
        &["chat", "send", "bob.test", "hello"],
    ),
    (MarkConvoRead::SPEC.name, &["chat", "mark-read", "bob.test"]),
    (GetTrends::SPEC.name, &["trends"]),
    (GetTrendingTopics::SPEC.name, &["trends", "--topics"]),
    (GetLikes::SPEC.name, &["likes"]),
    (GetRepostedBy::SPEC.name, &["reposts"]),
    (GetQuotes::SPEC.name, &["quotes"]),
    (GetFollowers::SPEC.name, &["followers"]),
    (
        GetKnownFollowers::SPEC.name,
        &["followers", "--known", "alice.test"],
    ),
    (GetFollows::SPEC.name, &["follows"]),
    (Mute::SPEC.name, &["mute"]),
    (Unmute::SPEC.name, &["unmute"]),
    (
        MuteThread::SPEC.name,
        &["mute", "--thread", "at://did:plc:x/app.bsky.feed.post/3k"],
    ),
    (
        UnmuteThread::SPEC.name,
        &["unmute", "--thread", "at://did:plc:x/app.bsky.feed.post/3k"],
    ),
    (Block::SPEC.name, &["block"]),
    (Unblock::SPEC.name, &["unblock"]),
    (GetMutes::SPEC.name, &["mutes"]),
    (GetBlocks::SPEC.name, &["blocks"]),
    (
        CreateList::SPEC.name,
        &[
            "list",
            "create",
            "Rustaceans",
            "--description",
            "people who write Rust",
        ],
    ),
    (
        UpdateList::SPEC.name,
        &[
            "list",
            "update",
            "at://did:plc:x/app.bsky.graph.list/3k",
            "--name",
            "Rust folk",
        ],
    ),
    (
        DeleteList::SPEC.name,
        &["list", "delete", "at://did:plc:x/app.bsky.graph.list/3k"],
    ),
    (
        AddToList::SPEC.name,
        &[
            "list",
            "add",
            "at://did:plc:x/app.bsky.graph.list/3k",
            "alice.test",
        ],
    ),
    (
        RemoveFromList::SPEC.name,
        &[
            "list",
            "remove",
            "at://did:plc:x/app.bsky.graph.list/3k",
            "alice.test",
        ],
    ),
    (
        GetList::SPEC.name,
        &["list", "show", "at://did:plc:x/app.bsky.graph.list/3k"],
    ),
    (GetLists::SPEC.name, &["list", "ls", "alice.test"]),
    (
        MuteList::SPEC.name,
        &["list", "mute", "at://did:plc:x/app.bsky.graph.list/3k"],
    ),
    (
        UnmuteList::SPEC.name,
        &["list", "unmute", "at://did:plc:x/app.bsky.graph.list/3k"],
    ),
    (
        BlockList::SPEC.name,
        &["list", "block", "at://did:plc:x/app.bsky.graph.list/3k"],
    ),
    (
        UnblockList::SPEC.name,
        &["list", "unblock", "at://did:plc:x/app.bsky.graph.list/3k"],
    ),
];

/// Runs a command; the result, rendered, is printed once the progress bar is gone.
async fn dispatch(ctx: &Ctx, command: Command, out: &Output) -> Result<Rendered> {
    match command {
        Command::Reply(args) => out.run::<Reply>(ctx, args.try_into()?).await,
        Command::Like(args) => out.run::<Like>(ctx, args.into()).await,
        Command::Unlike(args) => out.run::<Unlike>(ctx, args.into()).await,
        Command::Repost(args) => out.run::<Repost>(ctx, args.into()).await,
        Command::Unrepost(args) => out.run::<Unrepost>(ctx, args.into()).await,
        Command::Follow(args) => out.run::<Follow>(ctx, args.into()).await,
        Command::Unfollow(args) => out.run::<Unfollow>(ctx, args.into()).await,
        Command::Delete(args) => out.run::<DeletePost>(ctx, args.into()).await,
        Command::Thread(args) => out.run::<GetReplies>(ctx, args.into()).await,
        Command::Show(args) => out.run::<GetPost>(ctx, args.into()).await,
        Command::Profile(args) => out.run::<GetProfile>(ctx, args.into()).await,
        Command::Notifications(args) => notifications::run(ctx, args, out).await,
        Command::Likes(args) => graph::likes(ctx, args, out).await,
        Command::Reposts(args) => graph::reposts(ctx, args, out).await,
        Command::Quotes(args) => graph::quotes(ctx, args, out).await,
        Command::Followers(args) => graph::followers(ctx, args, out).await,
        Command::Follows(args) => graph::follows(ctx, args, out).await,
        Command::Mute(args) => moderation::mute(ctx, args, out, true).await,
        Command::Unmute(args) => moderation::mute(ctx, args, out, false).await,
        Command::Block(args) => out.run::<Block>(ctx, args.into()).await,
        Command::Unblock(args) => out.run::<Unblock>(ctx, args.into()).await,
        Command::Mutes(args) => moderation::mutes(ctx, args, out).await,
        Command::Blocks(args) => moderation::blocks(ctx, args, out).await,
        Command::List(args) => list::run(ctx, args, out).await,
        Command::Bookmark(args) => bookmark::run(ctx, args, out).await,
        Command::Chat(args) => chat::run(ctx, args, out).await,
        Command::Hosted(args) => hosted::run(ctx, args, out).await,
        Command::Draft(args) => draft::run(ctx, args, out).await,
        Command::Trends(args) => trends::run(ctx, args, out).await,
        Command::ReplyControls(args) => out.run::<SetReplyControls>(ctx, args.into()).await,
        Command::Hide(args) => out.run::<HideReply>(ctx, args.into()).await,
        Command::Unhide(args) => out.run::<UnhideReply>(ctx, args.into()).await,
        Command::Post(args) => post::run(ctx, args, out).await,
        Command::Feed(args) => feed::run(ctx, args, out).await,
        Command::Search(args) => search::run(ctx, args, out).await,
        Command::Auth(args) => Ok(out.render(Auth::run(ctx, args.into()).await?)),
        Command::Status(args) => Ok(out.render(Status::run(ctx, args.into()).await?)),
        Command::Config(args) => Ok(out.render(ConfigCommand::run(ctx, args.into()).await?)),
        Command::McpConfig(args) => Ok(out.render(McpConfig::run(ctx, args.into()).await?)),
        Command::Test(args) => Ok(out.render(SelfTest::run(ctx, args.into()).await?)),
    }
}

impl Cli {
    pub fn flags(&self) -> Flags {
        let debug = matches!(&self.mode, Mode::Serve(s) if s.debug);
        let (allowed_hosts, allowed_origins) = match &self.mode {
            Mode::Serve(s) => (s.allowed_hosts.clone(), s.allowed_origins.clone()),
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

impl Cli {
    pub fn format(&self) -> Format {
        match (self.json, self.jsonl) {
            (_, true) => Format::JsonLines,
            (true, false) => Format::Json,
            (false, false) => Format::Human,
        }
    }
}

pub struct Output {
    format: Format,
    style: Style,
}

/// A result as it will be printed.
pub struct Rendered {
    text: String,
    warnings: Vec<String>,
    success: bool,
}

impl Output {
    pub fn new(format: Format, color: bool) -> Self {
        Output {
            format,
            style: Style::with_color(color),
        }
    }

    /// Runs the tool `T` on `input` and renders its result.
    async fn run<T: Tool>(&self, ctx: &Ctx, input: T::Input) -> Result<Rendered> {
        Ok(self.render(T::run(ctx, input).await?))
    }

    /// `result` in this output's format.
    pub fn render<T: Serialize + Render>(&self, result: T) -> Rendered {
        let text = match self.format {
            Format::Human => result.render(&self.style),
            Format::Json => {
                let mut json = to_json(&result, true);
                json.push('\n');
                json
            }
            Format::JsonLines => match result.items() {
                Some(items) => items.iter().map(|i| format!("{i}\n")).collect(),
                None => format!("{}\n", to_json(&result, false)),
            },
        };
        Rendered {
            text,
            warnings: result.warnings().to_vec(),
            success: result.success(),
        }
    }
}

/// Results are plain data; one that would not serialize says so instead.
fn to_json<T: Serialize>(result: &T, pretty: bool) -> String {
    let json = if pretty {
        serde_json::to_string_pretty(result)
    } else {
        serde_json::to_string(result)
    };
    json.unwrap_or_else(|e| format!("{{\"error\": \"the result did not serialize: {e}\"}}"))
}

/// Runs a parsed command; the exit code says how it went.
pub async fn run(ctx: Ctx, command: Command, format: Format) -> ExitCode {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let output = Output::new(format, color);
    // The bar is cleared when the last handle on it goes, before the result prints.
    let ctx = if std::io::stderr().is_terminal() {
        ctx.with_progress(std::sync::Arc::new(progress::Bar::default()))
    } else {
        ctx
    };
    let result = dispatch(&ctx, command, &output).await;
    drop(ctx);
    // What a command started that must be undone (a video upload given up) ends first.
    crate::core::finish_cleanups().await;
    match result {
        Ok(rendered) => {
            for warning in &rendered.warnings {
                eprintln!("warning: {warning}");
            }
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = stdout
                .write_all(rendered.text.as_bytes())
                .and_then(|()| stdout.flush());
            if rendered.success {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => report(&e),
    }
}

/// `completions`: one shell's script on stdout, or all of them into a directory.
pub fn completions(args: completions::CompletionsArgs) -> ExitCode {
    let written = match (args.shell, args.out_dir) {
        (_, Some(dir)) => assets::write_all(&dir),
        (Some(shell), None) => assets::print_completions(shell),
        (None, None) => Err(Error::input("name a shell, or --out-dir")),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e),
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
    let mut by_command: Vec<(&str, Vec<String>)> = Vec::new();
    for (tool, args) in TOOL_COMMANDS {
        let line = if args.len() == 1 {
            format!("  {tool}")
        } else {
            let quoted: Vec<String> = args
                .iter()
                .map(|a| {
                    if a.contains(' ') {
                        format!("'{a}'")
                    } else {
                        a.to_string()
                    }
                })
                .collect();
            format!("  {tool:<25} mcp-bluesky {}", quoted.join(" "))
        };
        match by_command.iter_mut().find(|(name, _)| *name == args[0]) {
            Some((_, lines)) => lines.push(line),
            None => by_command.push((args[0], vec![line])),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tool_is_a_command() {
        for tool in crate::core::TOOLS {
            let name = tool.spec().name;
            let Some((_, args)) = TOOL_COMMANDS.iter().find(|(t, _)| *t == name) else {
                panic!("{name} has no command line in TOOL_COMMANDS");
            };
            let mut argv = vec!["mcp-bluesky"];
            argv.extend(args.iter());
            if args.len() == 1 {
                argv.push("--help");
            }
            let parsed = command().try_get_matches_from(&argv);
            let ok = match &parsed {
                Ok(_) => args.len() > 1,
                Err(e) => e.kind() == clap::error::ErrorKind::DisplayHelp && args.len() == 1,
            };
            assert!(
                ok,
                "{name} has no command line: `{}` gives {parsed:?}",
                args.join(" ")
            );
        }
        assert_eq!(TOOL_COMMANDS.len(), crate::core::TOOLS.len());
    }

    #[test]
    fn a_database_url_is_not_shown_by_debug() {
        use clap::Parser;
        let url = "postgres://mcp:hunter2secret@db.internal/mcp";
        let cli =
            Cli::try_parse_from(["mcp-bluesky", "hosted", "users", "--database-url", url]).unwrap();
        let shown = format!("{cli:?}");
        assert!(
            shown.contains("database_url: Some(") && !shown.contains("hunter2secret"),
            "{shown}"
        );
    }
}
