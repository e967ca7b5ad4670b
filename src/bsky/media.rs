//! Images made ready for upload: read only from allowed directories, sniffed
//! by their bytes, decoded within limits, turned upright, re-encoded (which
//! drops EXIF, GPS and every other piece of metadata) and shrunk until they
//! fit the blob limit. PNG stays PNG when it has transparency; everything
//! else becomes JPEG.
//!
//! No network here: uploading is the PDS connection's job.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use image::{DynamicImage, GenericImageView, ImageDecoder, ImageFormat, ImageReader, Limits};

use crate::error::{Error, Result, io_error};

/// Largest image file read at all; bigger ones are refused before reading.
pub const MAX_IMAGE_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// Largest image decoded, per side and in memory, against decompression bombs.
const MAX_DECODE_SIDE: u32 = 16_384;
const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;
/// JPEG qualities tried, best first, before the image is scaled down.
const JPEG_QUALITIES: [u8; 4] = [90, 80, 70, 60];

/// An image ready to upload.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub bytes: Vec<u8>,
    pub mime: &'static str,
    pub width: u32,
    pub height: u32,
    /// Whether it was scaled down to fit the limits.
    pub resized: bool,
}

/// Limits an image must meet after preparation.
#[derive(Debug, Clone, Copy)]
pub struct ImageLimits {
    pub max_bytes: usize,
    pub max_side: u32,
}

/// Where media files may be read from: the configured `media_dirs` and, over
/// MCP, the roots the client declares (`None` where there is no client).
#[derive(Debug, Clone, Default)]
pub struct Readable {
    pub media_dirs: Vec<PathBuf>,
    pub roots: Option<Vec<PathBuf>>,
}

impl Readable {
    fn dirs(&self) -> impl Iterator<Item = &PathBuf> {
        self.media_dirs.iter().chain(self.roots.iter().flatten())
    }

    /// The directories that apply, for an error message.
    fn describe(&self) -> String {
        let list = |dirs: &[PathBuf], none: &str| {
            if dirs.is_empty() {
                none.to_string()
            } else {
                let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
                names.join(", ")
            }
        };
        let configured = list(&self.media_dirs, "none are configured");
        match &self.roots {
            None => configured,
            Some(roots) => format!(
                "media_dirs: {configured}; the client's roots: {}",
                list(roots, "none declared")
            ),
        }
    }
}

/// Reads a file named by `field`, if it lies inside one of the `readable`
/// directories (after following symlinks and `..`), refusing directories and
/// files over `max` bytes.
pub fn read_allowed(field: &str, path: &Path, readable: &Readable, max: u64) -> Result<Vec<u8>> {
    let opened = open_allowed(field, path, readable, max)?;
    // Read no more than the limit allows, even if the file grows meanwhile.
    let mut bytes = Vec::with_capacity(opened.size as usize);
    (&opened.file)
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error("read", &opened.real, e))?;
    if bytes.len() as u64 > max {
        return Err(too_big(field, path, bytes.len() as u64, max));
    }
    Ok(bytes)
}

/// A file opened by [`open_allowed`].
pub struct Opened {
    pub file: std::fs::File,
    /// Its size when opened.
    pub size: u64,
    /// Its path after following symlinks.
    pub real: PathBuf,
}

/// Opens a file named by `field` as [`read_allowed`] reads it, without reading it.
pub fn open_allowed(field: &str, path: &Path, readable: &Readable, max: u64) -> Result<Opened> {
    let real = path
        .canonicalize()
        .map_err(|e| Error::input(format!("{field}: cannot open {}: {e}", path.display())))?;
    let inside = readable
        .dirs()
        .filter_map(|dir| dir.canonicalize().ok())
        .any(|dir| real.starts_with(dir));
    if !inside {
        let help = if readable.roots.is_some() {
            "add its directory to `media_dirs` in the config file, open it as a workspace folder (root) in the MCP client, or pass the image as base64 data"
        } else {
            "add its directory to `media_dirs` in the config file, or pass the image as base64 data"
        };
        return Err(Error::input(format!(
            "{field}: {} is outside the directories media may be read from ({})",
            path.display(),
            readable.describe()
        ))
        .with_help(help));
    }
    // Checked before opening: opening a named pipe would wait for a writer.
    let meta = std::fs::metadata(&real).map_err(|e| io_error("read", &real, e))?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a directory"
        } else {
            "not a regular file (a device, pipe or socket)"
        };
        return Err(Error::input(format!(
            "{field}: {} is {what}; give a media file",
            path.display()
        )));
    }
    if meta.len() > max {
        return Err(too_big(field, path, meta.len(), max));
    }
    let file = std::fs::File::open(&real).map_err(|e| io_error("read", &real, e))?;
    Ok(Opened {
        file,
        size: meta.len(),
        real,
    })
}

fn too_big(field: &str, path: &Path, size: u64, max: u64) -> Error {
    Error::input(format!(
        "{field}: {} is {size} bytes; files over {max} bytes are not accepted",
        path.display()
    ))
}

/// Checks, decodes and re-encodes `bytes` (from `what`, for errors) to fit `limits`.
pub fn prepare_image(what: &str, bytes: &[u8], limits: ImageLimits) -> Result<Prepared> {
    let format = sniff(what, bytes)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut decode_limits = Limits::default();
    decode_limits.max_image_width = Some(MAX_DECODE_SIDE);
    decode_limits.max_image_height = Some(MAX_DECODE_SIDE);
    decode_limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(decode_limits);
    let undecodable =
        |e: image::ImageError| Error::input(format!("{what}: cannot decode the image: {e}"));
    let mut decoder = reader.into_decoder().map_err(undecodable)?;
    let orientation = decoder.orientation().map_err(undecodable)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(undecodable)?;
    image.apply_orientation(orientation);

    let transparent = has_transparency(&image);
    let (width, height) = image.dimensions();
    let mut resized = false;
    if width.max(height) > limits.max_side {
        image = image.resize(
            limits.max_side,
            limits.max_side,
            image::imageops::FilterType::Lanczos3,
        );
        resized = true;
    }
    loop {
        if let Some(bytes) = encode_within(&image, transparent, limits.max_bytes)? {
            let (width, height) = image.dimensions();
            return Ok(Prepared {
                bytes,
                mime: if transparent {
                    "image/png"
                } else {
                    "image/jpeg"
                },
                width,
                height,
                resized,
            });
        }
        let (w, h) = image.dimensions();
        if w.max(h) <= 64 {
            return Err(Error::input(format!(
                "{what}: cannot make the image smaller than {} bytes",
                limits.max_bytes
            )));
        }
        image = image.resize(w * 3 / 4, h * 3 / 4, image::imageops::FilterType::Lanczos3);
        resized = true;
    }
}

/// The MIME type of a video the service takes (MP4, QuickTime, WebM, MPEG), from its bytes.
pub fn sniff_video(what: &str, bytes: &[u8]) -> Result<&'static str> {
    match infer::get(bytes).map(|k| k.mime_type()) {
        Some(mime @ ("video/mp4" | "video/quicktime" | "video/webm" | "video/mpeg")) => Ok(mime),
        Some(other) => Err(Error::input(format!(
            "{what}: {other} is not a video the video service takes; use MP4, MOV, WebM or MPEG"
        ))),
        None => Err(Error::input(format!(
            "{what}: the data is not a video (its content matches no known type)"
        ))),
    }
}

/// The image's real type, from its bytes; unsupported ones are named.
fn sniff(what: &str, bytes: &[u8]) -> Result<ImageFormat> {
    let kind = infer::get(bytes);
    match kind.map(|k| k.mime_type()) {
        Some("image/jpeg") => Ok(ImageFormat::Jpeg),
        Some("image/png") => Ok(ImageFormat::Png),
        Some("image/webp") => Ok(ImageFormat::WebP),
        Some(other) => Err(Error::input(format!(
            "{what}: {other} is not supported; use a JPEG, PNG or WebP image"
        ))
        .with_help(if other == "image/gif" {
            "convert animations to video and post them with --video"
        } else {
            "convert it to JPEG or PNG first"
        })),
        None => Err(Error::input(format!(
            "{what}: the data is not an image (its content matches no known image type)"
        ))),
    }
}

fn has_transparency(image: &DynamicImage) -> bool {
    image.color().has_alpha() && image.to_rgba8().pixels().any(|p| p.0[3] < 255)
}

/// The image encoded in at most `max_bytes`, trying lower JPEG qualities; `None`
/// if it cannot fit at this size.
fn encode_within(
    image: &DynamicImage,
    transparent: bool,
    max_bytes: usize,
) -> Result<Option<Vec<u8>>> {
    let failed = |e: image::ImageError| Error::io(format!("cannot encode the image: {e}"));
    if transparent {
        let mut out = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .map_err(failed)?;
        return Ok((out.len() <= max_bytes).then_some(out));
    }
    let rgb = DynamicImage::ImageRgb8(image.to_rgb8());
    for quality in JPEG_QUALITIES {
        let mut out = Vec::new();
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
        rgb.write_with_encoder(encoder).map_err(failed)?;
        if out.len() <= max_bytes {
            return Ok(Some(out));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    const LIMITS: ImageLimits = ImageLimits {
        max_bytes: 2_000_000,
        max_side: 2000,
    };

    fn noisy_rgb(w: u32, h: u32) -> RgbImage {
        let mut seed = 7u32;
        RgbImage::from_fn(w, h, |_, _| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            Rgb([(seed >> 16) as u8, (seed >> 8) as u8, seed as u8])
        })
    }

    fn encode(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Vec::new();
        image.write_to(&mut Cursor::new(&mut out), format).unwrap();
        out
    }

    /// A JPEG with an EXIF segment that holds a marker a stripped file must not contain.
    pub fn jpeg_with_exif(image: RgbImage) -> Vec<u8> {
        let jpeg = encode(DynamicImage::ImageRgb8(image), ImageFormat::Jpeg);
        let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0GPS-SECRET-48.8584N-2.2945E".to_vec();
        let len = (exif.len() + 2) as u16;
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&len.to_be_bytes());
        out.append(&mut exif);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn metadata_is_stripped() {
        let input = jpeg_with_exif(noisy_rgb(64, 48));
        assert!(input.windows(10).any(|w| w == b"GPS-SECRET"));
        let out = prepare_image("image", &input, LIMITS).unwrap();
        assert!(!out.bytes.windows(10).any(|w| w == b"GPS-SECRET"));
        assert!(!out.bytes.windows(4).any(|w| w == b"Exif"));
        assert_eq!((out.width, out.height, out.mime), (64, 48, "image/jpeg"));
    }

    #[test]
    fn large_images_shrink_under_the_byte_limit() {
        let input = encode(
            DynamicImage::ImageRgb8(noisy_rgb(1800, 1200)),
            ImageFormat::Png,
        );
        let limits = ImageLimits {
            max_bytes: 300_000,
            max_side: 2000,
        };
        let out = prepare_image("image", &input, limits).unwrap();
        assert!(out.bytes.len() <= 300_000, "{}", out.bytes.len());
        assert!(out.resized);
        // The aspect ratio survives.
        assert!((out.width as f64 / out.height as f64 - 1.5).abs() < 0.01);
    }

    #[test]
    fn long_sides_are_capped() {
        let input = encode(
            DynamicImage::ImageRgb8(RgbImage::new(3000, 1000)),
            ImageFormat::Png,
        );
        let out = prepare_image("image", &input, LIMITS).unwrap();
        assert_eq!((out.width, out.height), (2000, 667));
    }

    #[test]
    fn transparency_keeps_png() {
        let image = RgbaImage::from_fn(32, 32, |x, _| {
            Rgba([255, 0, 0, if x < 16 { 0 } else { 255 }])
        });
        let out = prepare_image(
            "image",
            &encode(DynamicImage::ImageRgba8(image), ImageFormat::Png),
            LIMITS,
        )
        .unwrap();
        assert_eq!(out.mime, "image/png");
        let opaque = RgbaImage::from_pixel(32, 32, Rgba([1, 2, 3, 255]));
        let out = prepare_image(
            "image",
            &encode(DynamicImage::ImageRgba8(opaque), ImageFormat::Png),
            LIMITS,
        )
        .unwrap();
        assert_eq!(out.mime, "image/jpeg");
    }

    #[test]
    fn unsupported_types_are_named() {
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec();
        let err = prepare_image("images[0]", &gif, LIMITS).unwrap_err();
        assert!(err.message.contains("image/gif is not supported"), "{err}");
        let err = prepare_image("images[0]", b"just some text", LIMITS).unwrap_err();
        assert!(err.message.contains("not an image"), "{err}");
        // A PNG signature with garbage after it is refused, not a crash.
        let err = prepare_image("x", b"\x89PNG\r\n\x1a\n garbage", LIMITS).unwrap_err();
        assert!(err.message.contains("cannot decode"), "{err}");
    }

    #[test]
    fn paths_outside_media_dirs_and_directories_are_refused() {
        let allowed = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret.png");
        std::fs::write(&secret, b"x").unwrap();
        let dirs = Readable {
            media_dirs: vec![allowed.path().to_path_buf()],
            roots: None,
        };
        let err = read_allowed("image_path", &secret, &dirs, 100).unwrap_err();
        assert!(err.message.contains("outside the directories"), "{err}");
        // A symlink inside that points outside is still outside.
        let link = allowed.path().join("link.png");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        assert!(read_allowed("image_path", &link, &dirs, 100).is_err());
        let dotdot = allowed
            .path()
            .join("..")
            .join(outside.path().file_name().unwrap())
            .join("secret.png");
        assert!(read_allowed("image_path", &dotdot, &dirs, 100).is_err());
        let err = read_allowed("image_path", allowed.path(), &dirs, 100).unwrap_err();
        assert!(err.message.contains("is a directory"), "{err}");
        let inside = allowed.path().join("ok.png");
        std::fs::write(&inside, b"ok").unwrap();
        assert_eq!(
            read_allowed("image_path", &inside, &dirs, 100).unwrap(),
            b"ok"
        );
    }

    #[test]
    fn a_client_root_is_readable_like_a_media_dir() {
        let root = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let inside = root.path().join("pic.png");
        std::fs::write(&inside, b"ok").unwrap();
        let elsewhere = outside.path().join("pic.png");
        std::fs::write(&elsewhere, b"no").unwrap();
        let readable = Readable {
            media_dirs: Vec::new(),
            roots: Some(vec![root.path().to_path_buf()]),
        };
        assert_eq!(
            read_allowed("image_path", &inside, &readable, 100).unwrap(),
            b"ok"
        );
        let err = read_allowed("image_path", &elsewhere, &readable, 100).unwrap_err();
        let expected = format!(
            "(media_dirs: none are configured; the client's roots: {})",
            root.path().display()
        );
        assert!(err.message.ends_with(&expected), "{err}");
        assert!(err.help.unwrap().contains("root"));
        let link = root.path().join("link.png");
        std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
        assert!(read_allowed("image_path", &link, &readable, 100).is_err());
    }
}
