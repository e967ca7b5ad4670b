//! `bluesky_post_image` / `mcp-bluesky post --image PATH [--alt TEXT]`: a post
//! with 1 to 10 images. Every image is prepared (and, unless a dry run,
//! uploaded) before the post is written: no post goes out without its images.

use std::path::PathBuf;

use atrium_api::app::bsky::feed::post::RecordEmbedRefs;
use base64::Engine;
use serde::Deserialize;

use super::gate::GateField;
use super::{Draft, ImageInfo, Naming, PostOutput, build, publish, writer};
use crate::bsky::media::{self, ImageLimits, Prepared, Readable};
use crate::bsky::records;
use crate::bsky::richtext::grapheme_count;
use crate::core::draft::mode;
use crate::core::fields::{AccountField, DryRunField, LangsField};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::{Error, Result};

/// Images per post as `app.bsky.embed.images`; more go in a gallery.
const MAX_CLASSIC_IMAGES: usize = 4;
/// Images per gallery that clients are asked to accept today.
const MAX_IMAGES: usize = 10;
/// Bluesky's limit on alt text.
pub const MAX_ALT_GRAPHEMES: usize = 2000;
/// Largest image accepted as base64 data, decoded.
const MAX_DATA_BYTES: usize = 15 * 1024 * 1024;

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImageInput {
    /// A JPEG, PNG or WebP file the server may read (`media_dirs`).
    #[serde(default)]
    pub path: Option<String>,
    /// Base64 image data instead of a path (at most 15 MB).
    #[serde(default)]
    pub data: Option<String>,
    /// What it shows (at most 2000 graphemes).
    #[serde(default)]
    pub alt_text: Option<String>,
}

/// Publish a post with images.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct PostImageInput {
    /// An image file.
    #[serde(default)]
    pub image_path: Option<String>,
    /// At most 300 graphemes; may be empty.
    #[serde(default)]
    pub text: String,
    /// What `image_path` shows (at most 2000 graphemes).
    #[serde(default)]
    pub alt_text: Option<String>,
    /// More images (up to 10 in all).
    #[serde(default)]
    #[schemars(length(max = 10))]
    pub images: Vec<ImageInput>,
    #[serde(flatten)]
    pub langs: LangsField,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
    #[serde(flatten)]
    pub gate: GateField,
}

pub struct PostImage;

impl Tool for PostImage {
    type Input = PostImageInput;
    type Output = PostOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_post_image",
        title: "Post images to Bluesky",
        description: "Post 1 to 10 images (JPEG, PNG or WebP): image_path and alt_text, or `images`. Describe each image in its alt text. Metadata is stripped and images shrunk to fit.",
        hints: Hints::WRITE,
        toolset: Toolset::Post,
    };

    async fn run(ctx: &Ctx, input: PostImageInput) -> Result<PostOutput> {
        post_images(ctx, input, Naming::Fields).await
    }
}

/// Posts the images, naming arguments in errors as `naming` says.
pub async fn post_images(ctx: &Ctx, input: PostImageInput, naming: Naming) -> Result<PostOutput> {
    mode::refuse(ctx, "a post with images")?;
    let mut images = Vec::new();
    let from_image_path = input.image_path.is_some();
    if let Some(path) = input.image_path {
        images.push(ImageInput {
            path: Some(path),
            data: None,
            alt_text: input.alt_text,
        });
    } else if input.alt_text.is_some() {
        return Err(Error::input(
            "alt_text is for image_path; give each entry of `images` its own alt_text",
        ));
    }
    images.extend(input.images);
    if images.is_empty() {
        return Err(Error::input("no image: pass image_path or `images`"));
    }
    if images.len() > MAX_IMAGES {
        return Err(Error::input(format!(
            "{} images given; a post may have at most {MAX_IMAGES}",
            images.len()
        )));
    }
    if !input.text.is_empty() {
        super::check_text(&input.text)?;
    }
    let config = ctx.config();
    let limits = ImageLimits {
        max_bytes: config.image_max_bytes,
        max_side: config.image_max_side,
    };
    let mut warnings = Vec::new();
    // Where files may be read from, asked only when a file is named.
    let readable = if images.iter().any(|i| i.path.is_some()) {
        ctx.readable().await
    } else {
        Readable::default()
    };
    let mut prepared = Vec::with_capacity(images.len());
    for (i, image) in images.iter().enumerate() {
        // Errors name the argument the caller gave.
        let field = match (naming, from_image_path, i) {
            (Naming::Flags, _, i) => Fields::flag(i),
            (Naming::Fields, true, 0) => Fields::single(),
            (Naming::Fields, true, i) => Fields::listed(i - 1),
            (Naming::Fields, false, i) => Fields::listed(i),
        };
        let alt = image.alt_text.clone().unwrap_or_default();
        let alt_len = grapheme_count(&alt);
        if alt_len > MAX_ALT_GRAPHEMES {
            return Err(Error::input(format!(
                "{} is {alt_len} graphemes; alt text may have at most {MAX_ALT_GRAPHEMES}",
                field.alt
            )));
        }
        if alt.trim().is_empty() {
            warnings.push(format!(
                "image {} has no alt text: people who cannot see it will not know what it shows",
                i + 1
            ));
        }
        let bytes = image_bytes(&readable, &field, image)?;
        let ready = media::prepare_image(&field.image, &bytes, limits)?;
        prepared.push((ready, alt));
    }
    let pds = writer(ctx, input.account.get(), input.dry_run.get(), true).await?;
    let controls = super::gate::check(ctx, pds.as_deref(), &input.gate).await?;
    let infos: Vec<ImageInfo> = prepared.iter().map(|(p, _)| info(p)).collect();
    // Every upload succeeds before the post is written.
    let mut items = Vec::with_capacity(prepared.len());
    for (ready, alt) in prepared {
        let blob = match pds.as_deref().filter(|_| !input.dry_run.get()) {
            None => records::blob_of(&ready.bytes, ready.mime),
            Some(pds) => pds.upload_blob(ready.bytes, ready.mime).await?,
        };
        items.push(records::Image {
            blob,
            alt,
            width: ready.width,
            height: ready.height,
        });
    }
    let draft = Draft {
        text: input.text,
        langs: input.langs.langs,
        reply: None,
        embed: Some(embed(items)?),
    };
    let built = build(ctx, pds.as_deref(), draft).await?;
    let mut output = publish(pds.as_deref(), built, &controls, input.dry_run.get()).await?;
    output.images = infos;
    output.warnings.splice(0..0, warnings);
    Ok(output)
}

/// Up to four images the classic way; more in a gallery.
fn embed(items: Vec<records::Image>) -> Result<RecordEmbedRefs> {
    Ok(if items.len() <= MAX_CLASSIC_IMAGES {
        RecordEmbedRefs::AppBskyEmbedImagesMain(Box::new(records::images(items)))
    } else {
        RecordEmbedRefs::AppBskyEmbedGalleryMain(Box::new(records::gallery(items)?))
    })
}

/// The names of one image's arguments, as the caller gave them.
struct Fields {
    image: String,
    path: String,
    data: String,
    alt: String,
}

impl Fields {
    fn single() -> Fields {
        Fields {
            image: "image_path".into(),
            path: "image_path".into(),
            data: "image_path".into(),
            alt: "alt_text".into(),
        }
    }

    /// The i-th `--image` and its `--alt` on the command line.
    fn flag(i: usize) -> Fields {
        let alt = if i == 0 {
            "--alt".to_string()
        } else {
            format!("--alt (of image {})", i + 1)
        };
        Fields {
            image: "--image".into(),
            path: "--image".into(),
            data: "--image".into(),
            alt,
        }
    }

    fn listed(i: usize) -> Fields {
        Fields {
            image: format!("images[{i}]"),
            path: format!("images[{i}].path"),
            data: format!("images[{i}].data"),
            alt: format!("images[{i}].alt_text"),
        }
    }
}

fn image_bytes(readable: &Readable, field: &Fields, image: &ImageInput) -> Result<Vec<u8>> {
    match (&image.path, &image.data) {
        (Some(path), None) => media::read_allowed(
            &field.path,
            &PathBuf::from(path),
            readable,
            media::MAX_IMAGE_FILE_BYTES,
        ),
        (None, Some(data)) => {
            if data.len() > MAX_DATA_BYTES / 3 * 4 + 4 {
                return Err(Error::input(format!(
                    "{} is over {MAX_DATA_BYTES} bytes decoded; pass a path instead",
                    field.data
                )));
            }
            base64::engine::general_purpose::STANDARD
                .decode(data.trim())
                .map_err(|e| Error::input(format!("{} is not valid base64: {e}", field.data)))
        }
        (Some(_), Some(_)) => Err(Error::input(format!(
            "{}: give either path or data, not both",
            field.image
        ))),
        (None, None) => Err(Error::input(format!(
            "{}: give a path or base64 data",
            field.image
        ))),
    }
}

fn info(p: &Prepared) -> ImageInfo {
    ImageInfo {
        mime: p.mime.to_string(),
        bytes: p.bytes.len(),
        width: p.width,
        height: p.height,
        resized: p.resized,
    }
}
