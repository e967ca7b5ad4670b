//! `bluesky_post_video` / `mcp-bluesky post --video PATH`: a post with a video,
//! published only once the video service has processed it.

use std::path::Path;
use std::time::Duration;

use atrium_api::app::bsky::feed::post::RecordEmbedRefs;
use serde::Deserialize;

use super::gate::GateField;
use super::image::MAX_ALT_GRAPHEMES;
use super::{Draft, Naming, PostOutput, build, publish, writer};
use crate::bsky::media;
use crate::bsky::records;
use crate::bsky::richtext::grapheme_count;
use crate::bsky::video::{VideoProgress, VideoService};
use crate::bsky::video_file::VideoFile;
use crate::core::draft::mode;
use crate::core::fields::{AccountField, DryRunField, LangsField};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::{Error, Result};

/// `app.bsky.embed.video#caption` limits.
const MAX_CAPTION_BYTES: u64 = 20_000;
const MAX_CAPTIONS: usize = 20;

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaptionInput {
    /// A .vtt file, at most 20000 bytes.
    pub path: String,
    /// BCP-47 tag such as `en`.
    pub lang: String,
}

/// Publish a post with a video.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct PostVideoInput {
    /// A video file the server may read (`media_dirs`).
    pub video_path: String,
    /// At most 300 graphemes; may be empty.
    #[serde(default)]
    pub text: String,
    /// What it shows (at most 2000 graphemes).
    #[serde(default)]
    pub alt_text: Option<String>,
    /// WebVTT subtitle tracks.
    #[serde(default)]
    #[schemars(length(max = 20))]
    pub captions: Vec<CaptionInput>,
    #[serde(flatten)]
    pub langs: LangsField,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
    #[serde(flatten)]
    pub gate: GateField,
}

pub struct PostVideo;

/// Progress from the video client, passed on to whoever listens.
struct Report<'a>(&'a Ctx);

impl VideoProgress for Report<'_> {
    fn update(&self, percent: f64, message: &str) {
        self.0.report(percent, 100.0, message);
    }
}

impl Tool for PostVideo {
    type Input = PostVideoInput;
    type Output = PostOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_post_video",
        title: "Post a video to Bluesky",
        description: "Post a video (MP4, MOV, WebM or MPEG, at most 300 MB) with alt_text and optional captions, once Bluesky has processed it (minutes; progress is reported).",
        hints: Hints::WRITE,
        toolset: Toolset::Post,
    };

    async fn run(ctx: &Ctx, input: PostVideoInput) -> Result<PostOutput> {
        post_video(ctx, input, Naming::Fields).await
    }
}

/// Posts the video, naming arguments in errors as `naming` says.
pub async fn post_video(ctx: &Ctx, input: PostVideoInput, naming: Naming) -> Result<PostOutput> {
    mode::refuse(ctx, "a post with a video")?;
    let (video_field, alt_field) = match naming {
        Naming::Fields => ("video_path", "alt_text"),
        Naming::Flags => ("--video", "--alt"),
    };
    let caption_field = |i: usize, part: &str| match naming {
        Naming::Fields => format!("captions[{i}].{part}"),
        Naming::Flags => "--captions".to_string(),
    };
    if !input.text.is_empty() {
        super::check_text(&input.text)?;
    }
    let alt = input.alt_text.unwrap_or_default();
    let alt_len = grapheme_count(&alt);
    if alt_len > MAX_ALT_GRAPHEMES {
        return Err(Error::input(format!(
            "{alt_field} is {alt_len} graphemes; alt text may have at most {MAX_ALT_GRAPHEMES}"
        )));
    }
    let mut warnings = Vec::new();
    if alt.trim().is_empty() {
        warnings.push(
            "the video has no alt text: people who cannot see it will not know what it shows"
                .to_string(),
        );
    }
    if input.captions.len() > MAX_CAPTIONS {
        return Err(Error::input(format!(
            "{} captions given; a video may have at most {MAX_CAPTIONS}",
            input.captions.len()
        )));
    }
    let readable = ctx.readable().await;
    let video = VideoFile::open(video_field, Path::new(&input.video_path), &readable)?;
    let mut captions = Vec::with_capacity(input.captions.len());
    for (i, caption) in input.captions.iter().enumerate() {
        let vtt = media::read_allowed(
            &caption_field(i, "path"),
            Path::new(&caption.path),
            &readable,
            MAX_CAPTION_BYTES,
        )?;
        if !vtt.starts_with(b"WEBVTT") && !vtt.starts_with("\u{feff}WEBVTT".as_bytes()) {
            return Err(Error::input(format!(
                "{}: {} is not a WebVTT file (it must start with WEBVTT)",
                caption_field(i, "path"),
                caption.path
            )));
        }
        super::check_langs(std::slice::from_ref(&caption.lang))
            .map_err(|e| Error::input(format!("{}: {}", caption_field(i, "lang"), e.message)))?;
        let lang = records::language(&caption_field(i, "lang"), &caption.lang)?;
        captions.push((lang, vtt));
    }
    let pds = writer(ctx, input.account.get(), input.dry_run.get(), true).await?;
    let controls = super::gate::check(ctx, pds.as_deref(), &input.gate).await?;
    let (blob, caption_blobs) = match pds.as_deref().filter(|_| !input.dry_run.get()) {
        Some(pds) => {
            let config = ctx.config();
            let service = VideoService {
                url: config.video_service_url.clone(),
                did: config.video_service_did.clone(),
                timeout: Duration::from_secs(config.video_timeout),
                single_upload_max: config.video_single_upload_max,
            };
            let mut caption_blobs = Vec::with_capacity(captions.len());
            for (lang, vtt) in captions {
                caption_blobs.push((lang, pds.upload_blob(vtt, "text/vtt").await?));
            }
            let blob = pds.upload_video(&service, &video, &Report(ctx)).await?;
            (blob, caption_blobs)
        }
        None => {
            let blobs = captions
                .into_iter()
                .map(|(lang, vtt)| (lang, records::blob_of(&vtt, "text/vtt")))
                .collect();
            (video.blob()?, blobs)
        }
    };
    let embed = records::video(blob, alt, caption_blobs, video.aspect_ratio);
    let draft = Draft {
        text: input.text,
        langs: input.langs.langs,
        reply: None,
        embed: Some(RecordEmbedRefs::AppBskyEmbedVideoMain(Box::new(embed))),
    };
    let built = build(ctx, pds.as_deref(), draft).await?;
    let mut output = publish(pds.as_deref(), built, &controls, input.dry_run.get()).await?;
    output.warnings.splice(0..0, warnings);
    Ok(output)
}
