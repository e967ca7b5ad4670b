//! `mcp-bluesky post`: one command for the post tools. Plain text is
//! `bluesky_post_text`, `--image` is `bluesky_post_image`, `--video` is
//! `bluesky_post_video`, `--quote` is
//! `bluesky_quote_post`, `--thread` is `bluesky_post_thread`.

use clap::Args;
use serde::Serialize;

use super::image::{ImageInput, PostImageInput, post_images};
use super::quote::{QuoteInput, QuotePost};
use super::text::{PostText, PostTextInput};
use super::thread::{PostThread, ThreadInput, ThreadOutput};
use super::video::{CaptionInput, PostVideoInput, post_video};
use super::{Naming, PostOutput};
use crate::core::render::count;
use crate::core::{Ctx, Operation, Render, Style};
use crate::error::{Error, Result};

/// Publish a post: text, images, a video, a quote of another post, or a long text as a thread.
///
/// Links, @mentions and #hashtags become rich-text facets; a mention of an
/// unknown handle stays plain text, with a warning.
#[derive(Debug, Args)]
pub struct PostCommandInput {
    /// The post's text: at most 300 graphemes (any length with --thread). `-` reads it from stdin.
    #[arg(value_name = "TEXT", required_unless_present_any = ["images", "video"])]
    pub text: Option<String>,
    /// Attach an image (JPEG, PNG or WebP); repeat for up to 10. Metadata is stripped and large images shrunk.
    #[arg(long = "image", value_name = "PATH", conflicts_with_all = ["quote", "thread"])]
    pub images: Vec<std::path::PathBuf>,
    /// Attach a video (MP4, MOV, WebM or MPEG, at most 100 MB); it is posted once Bluesky has processed it.
    #[arg(long, value_name = "PATH", conflicts_with_all = ["images", "quote", "thread"])]
    pub video: Option<std::path::PathBuf>,
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
    /// Languages of the text as BCP-47 tags, such as `en` or `pt-BR` (at most 3). Default: the `langs` setting.
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,
    /// The account to post as (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    pub account: Option<String>,
    /// Check and build the post, and show the exact record, without publishing it.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum PostCommandOutput {
    Post(PostOutput),
    Thread(ThreadOutput),
}

pub struct PostCommand;

impl Operation for PostCommand {
    type Input = PostCommandInput;
    type Output = PostCommandOutput;

    fn prepare_cli(input: &mut PostCommandInput) -> Result<()> {
        match &mut input.text {
            Some(text) => super::text_from_stdin(text),
            None => Ok(()),
        }
    }

    async fn run(ctx: &Ctx, input: PostCommandInput) -> Result<PostCommandOutput> {
        let PostCommandInput {
            text,
            images,
            video,
            captions,
            alts,
            link,
            quote,
            thread,
            numbered,
            langs,
            account,
            dry_run,
        } = input;
        let text = text.unwrap_or_default();
        if let Some(video) = video {
            if alts.len() > 1 {
                return Err(Error::input(format!(
                    "--alt is given {} times for one video",
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
            let input = PostVideoInput {
                video_path: video.display().to_string(),
                text,
                alt_text: alts.into_iter().next(),
                captions,
                langs,
                account,
                dry_run,
            };
            return Ok(PostCommandOutput::Post(
                post_video(ctx, input, Naming::Flags).await?,
            ));
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
            let input = PostImageInput {
                image_path: None,
                text,
                alt_text: None,
                images,
                langs,
                account,
                dry_run,
            };
            return Ok(PostCommandOutput::Post(
                post_images(ctx, input, Naming::Flags).await?,
            ));
        }
        if thread {
            let input = ThreadInput {
                text,
                numbered,
                langs,
                account,
                dry_run,
            };
            return Ok(PostCommandOutput::Thread(
                PostThread::run(ctx, input).await?,
            ));
        }
        let output = match quote {
            Some(uri) => {
                let input = QuoteInput {
                    uri,
                    text,
                    langs,
                    account,
                    dry_run,
                };
                QuotePost::run(ctx, input).await?
            }
            None => {
                let input = PostTextInput {
                    text,
                    link,
                    langs,
                    account,
                    dry_run,
                };
                PostText::run(ctx, input).await?
            }
        };
        Ok(PostCommandOutput::Post(output))
    }
}

impl Render for PostCommandOutput {
    fn render(&self, style: &Style) -> String {
        match self {
            PostCommandOutput::Post(p) => p.render(style),
            PostCommandOutput::Thread(t) => t.render(style),
        }
    }

    fn success(&self) -> bool {
        match self {
            PostCommandOutput::Post(p) => p.success(),
            PostCommandOutput::Thread(t) => t.success(),
        }
    }

    fn warnings(&self) -> &[String] {
        match self {
            PostCommandOutput::Post(p) => p.warnings(),
            PostCommandOutput::Thread(t) => t.warnings(),
        }
    }
}
