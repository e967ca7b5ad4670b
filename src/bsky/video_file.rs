//! A video file to upload: opened only inside the allowed directories, its
//! type sniffed from its first bytes, its aspect ratio read from the container
//! (MP4 and QuickTime with mp4parse, turned as the track's matrix turns it;
//! WebM with nom-exif), and read a part at a time so memory holds one part,
//! never the file.

use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use atrium_api::types::BlobRef;

use super::media::{self, Readable};
use super::records;
use crate::error::{Result, io_error};

/// Largest video: the blob limit of `app.bsky.embed.video` (300 MB).
pub const MAX_VIDEO_FILE_BYTES: u64 = 300_000_000;

/// Bytes read to tell the file's type.
const SNIFF_BYTES: u64 = 8192;

pub struct VideoFile {
    file: std::fs::File,
    real: std::path::PathBuf,
    pub size: u64,
    pub mime: &'static str,
    /// The file's name, for the video service.
    pub name: String,
    /// Width and height as shown, when the container says.
    pub aspect_ratio: Option<(u32, u32)>,
}

impl VideoFile {
    /// Opens the video `field` names, if it is readable, a video, and not too large.
    pub fn open(field: &str, path: &Path, readable: &Readable) -> Result<VideoFile> {
        let opened = media::open_allowed(field, path, readable, MAX_VIDEO_FILE_BYTES)?;
        let mut file = VideoFile {
            file: opened.file,
            real: opened.real,
            size: opened.size,
            mime: "",
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_else(|| "video".into()),
            aspect_ratio: None,
        };
        let head = file.read(0, SNIFF_BYTES.min(file.size) as usize)?;
        file.mime = media::sniff_video(field, &head)?;
        file.aspect_ratio = file.read_aspect_ratio();
        Ok(file)
    }

    /// `len` bytes from `offset`.
    pub fn read(&self, offset: u64, len: usize) -> Result<Vec<u8>> {
        let mut bytes = vec![0; len];
        let mut file = &self.file;
        file.seek(SeekFrom::Start(offset))
            .and_then(|_| file.read_exact(&mut bytes))
            .map_err(|e| io_error("read", &self.real, e))?;
        Ok(bytes)
    }

    /// The whole file (for a video sent in one request).
    pub fn read_all(&self) -> Result<Vec<u8>> {
        self.read(0, self.size as usize)
    }

    /// The blob the file would be, read through once (for a dry run).
    pub fn blob(&self) -> Result<BlobRef> {
        let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
        let mut file = &self.file;
        file.seek(SeekFrom::Start(0))
            .map_err(|e| io_error("read", &self.real, e))?;
        let mut reader = BufReader::with_capacity(1 << 20, file.take(self.size));
        let mut chunk = vec![0; 1 << 20];
        loop {
            let n = reader
                .read(&mut chunk)
                .map_err(|e| io_error("read", &self.real, e))?;
            if n == 0 {
                break;
            }
            digest.update(&chunk[..n]);
        }
        Ok(records::blob_of_digest(
            digest.finish().as_ref(),
            self.size as usize,
            self.mime,
        ))
    }

    /// The aspect ratio from the container; a file it cannot be read from has none.
    fn read_aspect_ratio(&self) -> Option<(u32, u32)> {
        let mut file = &self.file;
        file.seek(SeekFrom::Start(0)).ok()?;
        let found = match self.mime {
            "video/mp4" | "video/quicktime" => isobmff_aspect_ratio(&mut BufReader::new(file)),
            "video/webm" => webm_aspect_ratio(file),
            _ => None,
        };
        if found.is_none() {
            tracing::debug!(path = %self.real.display(), "no aspect ratio in the container");
        }
        found
    }
}

/// The first visual track's size, turned a quarter when its matrix turns it.
fn isobmff_aspect_ratio(reader: &mut impl Read) -> Option<(u32, u32)> {
    let context = mp4parse::read_mp4(reader).ok()?;
    let tkhd = context
        .tracks
        .iter()
        .filter_map(|t| t.tkhd.as_ref())
        .find(|h| h.width >> 16 > 0 && h.height >> 16 > 0)?;
    let (width, height) = (tkhd.width >> 16, tkhd.height >> 16);
    // A matrix without scale terms and with shear terms turns by 90° or 270°.
    let quarter_turn = tkhd.matrix.a == 0 && tkhd.matrix.d == 0;
    Some(if quarter_turn {
        (height, width)
    } else {
        (width, height)
    })
}

fn webm_aspect_ratio(file: &std::fs::File) -> Option<(u32, u32)> {
    use nom_exif::{EntryValue, MediaParser, MediaSource, TrackInfoTag};
    let source = MediaSource::seekable(file.try_clone().ok()?).ok()?;
    let info = MediaParser::new().parse_track(source).ok()?;
    let side = |tag| match info.get(tag) {
        Some(EntryValue::U32(v)) if *v > 0 => Some(*v),
        _ => None,
    };
    Some((side(TrackInfoTag::Width)?, side(TrackInfoTag::Height)?))
}
