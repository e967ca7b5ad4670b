//! `mcp-bluesky post`: one command for the post tools. Plain text is
//! `bluesky_post_text`, `--image` is `bluesky_post_image`, `--video` is
//! `bluesky_post_video`, `--quote` is `bluesky_quote_post`, `--thread` is
//! `bluesky_post_thread`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::{AccountArg, DryRunArg, GateArg, LangsArg, text_or_stdin};
use crate::cli::{Output, Rendered};
use crate::core::draft::DraftContent;
use crate::core::draft::create::{CreateDraft, CreateDraftInput};
use crate::core::post::Naming;
use crate::core::post::gate::GateField;
use crate::core::post::image::{ImageInput, PostImageInput, post_images};
use crate::core::post::quote::{QuoteInput, QuotePost};
use crate::core::post::text::{PostText, PostTextInput};
use crate::core::post::thread::{PostThread, ThreadInput};
use crate::core::post::video::{CaptionInput, PostVideoInput, post_video};
use crate::core::render::count;
use crate::core::{Ctx, Tool};
use crate::error::{Error, Result};

/// Publish a post: text, images, a video, a quote of another post, or a long text as a thread; or save it as a draft.
///
/// Links, @mentions and #hashtags become rich-text facets; a mention of an
/// unknown handle stays plain text, with a warning.
#[derive(Debug, Args)]
pub struct PostArgs {
    /// The post's text: at most 300 graphemes (any length with --thread). `-` reads it from stdin.
    #[arg(value_name = "TEXT", required_unless_present_any = ["images", "video"])]
    pub text: Option<String>,
    /// Attach an image (JPEG, PNG or WebP); repeat for up to 10. Metadata is stripped and large images shrunk.
    #[arg(long = "image", value_name = "PATH", conflicts_with_all = ["quote", "thread"])]
    pub images: Vec<PathBuf>,
    /// Attach a video (MP4, MOV, WebM or MPEG, at most 300 MB; over 16 MiB it is uploaded in parts); it is posted once Bluesky has processed it. Ctrl-C gives the upload up.
    #[arg(long, value_name = "PATH", conflicts_with_all = ["images", "quote", "thread"])]
    pub video: Option<PathBuf>,
    /// With --video: a WebVTT subtitle file and its language, as FILE:LANG (repeatable).
    #[arg(long = "captions", value_name = "FILE:LANG", requires = "video")]
    pub captions: Vec<String>,
    /// Alt text: one --alt per --image, in the same order, or one for the --video. Describe what it shows.
    #[arg(long = "alt", value_name = "TEXT")]
    pub alts: Vec<String>,
    /// Show this page as a link card (default: the first link in the text, unless `link_cards: false`).
    #[arg(long, value_name = "URL", conflicts_with_all = ["images", "quote", "thread"])]
    pub link: Option<String>,
    /// Quote this post (at:// URI or bsky.app URL).
    #[arg(long, value_name = "URI", conflicts_with = "thread")]
    pub quote: Option<String>,
    /// Split long text into a thread of posts at sentence, then word boundaries.
    #[arg(long)]
    pub thread: bool,
    /// With --thread: end each post with "1/3", "2/3", ….
    #[arg(long, requires = "thread")]
    pub numbered: bool,
    /// Save it as a draft to review and send from the Bluesky app, not a post (long text becomes a thread).
    #[arg(long, conflicts_with_all = ["images", "video", "numbered"])]
    pub draft: bool,
    #[command(flatten)]
    pub langs: LangsArg,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
    #[command(flatten)]
    pub gate: GateArg,
}

/// The tool a `post` command line runs, with its input.
#[derive(Debug)]
pub enum Plan {
    Text(PostTextInput),
    Images(PostImageInput),
    Video(PostVideoInput),
    Quote(QuoteInput),
    Thread(ThreadInput),
    Draft(CreateDraftInput),
}

impl TryFrom<PostArgs> for Plan {
    type Error = Error;

    fn try_from(args: PostArgs) -> Result<Plan> {
        let PostArgs {
            text,
            images,
            video,
            captions,
            alts,
            link,
            quote,
            thread,
            numbered,
            draft,
            langs,
            account,
            dry_run,
            gate,
        } = args;
        let text = text.map(text_or_stdin).transpose()?.unwrap_or_default();
        let (langs, account, dry_run) = (langs.into(), account.into(), dry_run.into());
        let gate: GateField = gate.into();
        if draft {
            return Ok(Plan::Draft(CreateDraftInput {
                content: DraftContent {
                    text,
                    quote,
                    link,
                    langs,
                    gate,
                },
                account,
                dry_run,
            }));
        }
        if let Some(video) = video {
            if alts.len() > 1 {
                return Err(Error::input(format!(
                    "--alt is given {} times for one video; give at most one",
                    alts.len()
                )));
            }
            let captions = captions
                .iter()
                .map(|c| match c.rsplit_once(':') {
                    Some((path, lang)) if !path.is_empty() && !lang.is_empty() => {
                        Ok(CaptionInput {
                            path: path.to_string(),
                            lang: lang.to_string(),
                        })
                    }
                    _ => Err(Error::input(format!(
                        "--captions {c:?} is not FILE:LANG, such as subs.vtt:en"
                    ))),
                })
                .collect::<Result<Vec<_>>>()?;
            return Ok(Plan::Video(PostVideoInput {
                video_path: video.display().to_string(),
                text,
                alt_text: alts.into_iter().next(),
                captions,
                langs,
                account,
                dry_run,
                gate: gate.clone(),
            }));
        }
        if images.is_empty() && !alts.is_empty() {
            return Err(Error::input(
                "--alt describes an --image or a --video; neither is given",
            ));
        }
        if !images.is_empty() {
            if alts.len() > images.len() {
                return Err(Error::input(format!(
                    "--alt is given {} times for {}; give one --alt per --image, in order",
                    alts.len(),
                    count(images.len() as u64, "image", "images")
                )));
            }
            let mut alts = alts.into_iter();
            let images = images
                .into_iter()
                .map(|path| ImageInput {
                    path: Some(path.display().to_string()),
                    data: None,
                    alt_text: alts.next(),
                })
                .collect();
            return Ok(Plan::Images(PostImageInput {
                image_path: None,
                text,
                alt_text: None,
                images,
                langs,
                account,
                dry_run,
                gate: gate.clone(),
            }));
        }
        if thread {
            return Ok(Plan::Thread(ThreadInput {
                text,
                numbered,
                langs,
                account,
                dry_run,
                gate: gate.clone(),
            }));
        }
        Ok(match quote {
            Some(uri) => Plan::Quote(QuoteInput {
                uri,
                text,
                langs,
                account,
                dry_run,
                gate: gate.clone(),
            }),
            None => Plan::Text(PostTextInput {
                text,
                link,
                langs,
                account,
                dry_run,
                gate: gate.clone(),
            }),
        })
    }
}

/// Runs the tool the command line names; errors name its flags.
pub async fn run(ctx: &Ctx, args: PostArgs, output: &Output) -> Result<Rendered> {
    Ok(match Plan::try_from(args)? {
        Plan::Text(input) => output.render(PostText::run(ctx, input).await?),
        Plan::Images(input) => output.render(post_images(ctx, input, Naming::Flags).await?),
        // Ctrl-C stops a video upload where it is, and an upload in parts is given up.
        Plan::Video(input) => tokio::select! {
            posted = post_video(ctx, input, Naming::Flags) => output.render(posted?),
            _ = tokio::signal::ctrl_c() => {
                return Err(Error::input("interrupted: the video was not posted"));
            }
        },
        Plan::Quote(input) => output.render(QuotePost::run(ctx, input).await?),
        Plan::Thread(input) => output.render(PostThread::run(ctx, input).await?),
        Plan::Draft(input) => output.render(CreateDraft::run(ctx, input).await?),
    })
}
