//! Posts with images: preparation, upload, the record, and every refusal.

use std::io::Cursor;
use std::path::PathBuf;

use image::{DynamicImage, ImageFormat, Rgb, RgbImage};
use serde_json::{Value, json};

use crate::harness::*;

fn noisy(w: u32, h: u32) -> RgbImage {
    let mut seed = 99u32;
    RgbImage::from_fn(w, h, |x, y| {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        Rgb([(x % 256) as u8, (y % 256) as u8, (seed >> 16) as u8])
    })
}

fn encode(image: RgbImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(image)
        .write_to(&mut Cursor::new(&mut out), format)
        .unwrap();
    out
}

/// A JPEG carrying an EXIF segment with a GPS marker that must not survive.
fn jpeg_with_gps(image: RgbImage) -> Vec<u8> {
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 98)
        .encode_image(&DynamicImage::ImageRgb8(image))
        .unwrap();
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0GPSLatitude=48.8584N GPS-SECRET".to_vec();
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    out.append(&mut exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn write(home: &Home, name: &str, bytes: &[u8]) -> PathBuf {
    let path = home.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn blob(did: &str, cid: &str) -> Vec<u8> {
    let url = format!("{}/xrpc/com.atproto.sync.getBlob", net().pds);
    let response = reqwest::blocking::Client::new()
        .get(url)
        .query(&[("did", did), ("cid", cid)])
        .send()
        .unwrap();
    assert!(response.status().is_success());
    response.bytes().unwrap().to_vec()
}

fn post_view(home_account: &str, uri: &str) -> Value {
    let token = xrpc::session(home_account);
    let url = format!("{}/xrpc/app.bsky.feed.getPosts", net().pds);
    let response = reqwest::blocking::Client::new()
        .get(url)
        .query(&[("uris", uri)])
        .bearer_auth(token)
        .send()
        .unwrap();
    response.json::<Value>().unwrap()["posts"][0].clone()
}

#[test]
fn four_images_with_alt_text_and_aspect_ratios() {
    let home = Home::logged_in("alice");
    let sizes = [(40, 30), (30, 40), (50, 50), (64, 16)];
    let mut args = vec!["--json".to_string(), "post".into(), "four views".into()];
    for (i, (w, h)) in sizes.iter().enumerate() {
        let format = if i % 2 == 0 {
            ImageFormat::Png
        } else {
            ImageFormat::Jpeg
        };
        let path = write(
            &home,
            &format!("img{i}.bin"),
            &encode(noisy(*w, *h), format),
        );
        args.extend([
            "--image".into(),
            path.display().to_string(),
            "--alt".into(),
            format!("view number {i}"),
        ]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = home.run(&args).ok().json();
    let uri = out["uri"].as_str().unwrap();
    assert_eq!(out["images"].as_array().unwrap().len(), 4);
    let record = xrpc::record(uri);
    assert_eq!(record["embed"]["$type"], "app.bsky.embed.images");
    for (i, (w, h)) in sizes.iter().enumerate() {
        let image = &record["embed"]["images"][i];
        assert_eq!(image["alt"], format!("view number {i}"));
        assert_eq!(image["aspectRatio"], json!({"width": w, "height": h}));
    }
    let view = eventually("the AppView to show the images", || {
        let view = post_view("alice", uri);
        view["embed"]["images"]
            .as_array()
            .is_some_and(|a| a.len() == 4)
            .then_some(view)
    });
    assert_eq!(
        view["embed"]["images"][3]["aspectRatio"],
        json!({"width": 64, "height": 16})
    );
    assert_eq!(view["embed"]["images"][0]["alt"], "view number 0");
}

#[test]
fn a_large_jpeg_with_gps_is_shrunk_and_stripped() {
    let home = Home::logged_in("alice");
    let original = jpeg_with_gps(noisy(3000, 2250));
    assert!(
        original.len() > 5_000_000,
        "the test image is {} bytes",
        original.len()
    );
    let path = write(&home, "holiday.jpg", &original);
    let out = home
        .run(&[
            "--json",
            "post",
            "--image",
            path.to_str().unwrap(),
            "--alt",
            "a holiday",
            "big photo",
        ])
        .ok()
        .json();
    let info = &out["images"][0];
    assert_eq!(info["resized"], true);
    assert!(info["bytes"].as_u64().unwrap() <= 2_000_000);
    let record = xrpc::record(out["uri"].as_str().unwrap());
    let image = &record["embed"]["images"][0];
    let cid = image["image"]["ref"]["$link"].as_str().unwrap();
    let uploaded = blob(&account("alice").did, cid);
    assert!(uploaded.len() <= 2_000_000, "{}", uploaded.len());
    assert!(
        !uploaded.windows(10).any(|w| w == b"GPS-SECRET"),
        "GPS data survived"
    );
    assert!(!uploaded.windows(4).any(|w| w == b"Exif"), "EXIF survived");
    let decoded = image::load_from_memory(&uploaded).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (2000, 1500));
    assert_eq!(image["aspectRatio"], json!({"width": 2000, "height": 1500}));
}

#[test]
fn five_or_more_images_make_a_gallery() {
    let home = Home::logged_in("bob");
    let mut args = vec!["--json".to_string(), "post".into(), "a gallery".into()];
    for i in 0..5 {
        let path = write(
            &home,
            &format!("g{i}.png"),
            &encode(noisy(20 + i, 10), ImageFormat::Png),
        );
        args.extend([
            "--image".into(),
            path.display().to_string(),
            "--alt".into(),
            format!("g{i}"),
        ]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = home.run(&args).ok().json();
    let record = xrpc::record(out["uri"].as_str().unwrap());
    assert_eq!(record["embed"]["$type"], "app.bsky.embed.gallery");
    let items = record["embed"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    assert_eq!(items[4]["aspectRatio"], json!({"width": 24, "height": 10}));
}

#[test]
fn bad_images_are_refused_with_the_reason() {
    let home = Home::logged_in("alice");
    let png = write(&home, "ok.png", &encode(noisy(8, 8), ImageFormat::Png));
    let gif = write(&home, "anim.png", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    let text = write(&home, "notes.jpg", b"definitely not a picture");
    let dir = home.path().join("a-directory");
    std::fs::create_dir(&dir).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("outside.png");
    std::fs::copy(&png, &outside).unwrap();
    let long_alt = "a".repeat(2001);
    let png = png.to_str().unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--image", gif.to_str().unwrap()],
            "image/gif is not supported",
        ),
        (vec!["--image", text.to_str().unwrap()], "is not an image"),
        (vec!["--image", dir.to_str().unwrap()], "is a directory"),
        (
            vec!["--image", "/no/such/file.png"],
            "cannot open /no/such/file.png",
        ),
        (
            vec!["--image", outside.to_str().unwrap()],
            "outside the directories",
        ),
        (
            vec!["--image", png, "--alt", &long_alt],
            "--alt is 2001 graphemes; alt text may have at most 2000",
        ),
        (
            vec!["--image", png, "--alt", "a", "--alt", "b"],
            "--alt is given 2 times for 1 image;",
        ),
    ];
    for (extra, expected) in cases {
        let mut args = vec!["post", "bad image"];
        args.extend(extra);
        let out = home.run(&args);
        assert_eq!(out.code, 2, "{args:?}: {out:?}");
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
    }
    let mut eleven = vec!["post", "too many"];
    for _ in 0..11 {
        eleven.extend(["--image", png]);
    }
    let out = home.run(&eleven);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("11 images given; a post may have at most 10"),
        "{}",
        out.stderr
    );
}

#[test]
fn missing_alt_text_is_a_warning() {
    let home = Home::logged_in("alice");
    let path = write(&home, "x.png", &encode(noisy(8, 8), ImageFormat::Png));
    let out = home
        .run(&[
            "post",
            "--dry-run",
            "--image",
            path.to_str().unwrap(),
            "no alt",
        ])
        .ok();
    assert!(
        out.stderr.contains("warning: image 1 has no alt text"),
        "{}",
        out.stderr
    );
}

#[test]
fn image_dry_run_writes_nothing_and_names_the_blob_the_upload_gets() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    let path = write(
        &home,
        "dry.jpg",
        &encode(noisy(300, 200), ImageFormat::Jpeg),
    );
    let out = home
        .run(&[
            "--json",
            "post",
            "--dry-run",
            "--image",
            path.to_str().unwrap(),
            "--alt",
            "dry",
            "nothing yet",
        ])
        .ok()
        .json();
    assert_eq!(out["dry_run"], true);
    let image = &out["record"]["embed"]["images"][0];
    assert_eq!(image["aspectRatio"], json!({"width": 300, "height": 200}));
    assert_eq!(image["image"]["size"], out["images"][0]["bytes"]);
    let posts = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.feed.post")],
    );
    assert!(posts["records"].as_array().unwrap().is_empty());
    // The dry run shows the blob's CID as the PDS computes it on upload.
    let posted = home
        .run(&[
            "--json",
            "post",
            "--image",
            path.to_str().unwrap(),
            "--alt",
            "dry",
            "now for real",
        ])
        .ok()
        .json();
    let record = xrpc::record(posted["uri"].as_str().unwrap());
    let uploaded = &record["embed"]["images"][0]["image"];
    assert_eq!(uploaded["ref"], image["image"]["ref"], "{uploaded}");
    assert_eq!(uploaded["size"], image["image"]["size"]);
}

#[test]
fn a_failed_upload_means_no_post() {
    let me = fresh_account();
    // Every uploadBlob response is lost: the upload fails.
    let proxy = LossyProxy::start("com.atproto.repo.uploadBlob", usize::MAX);
    let home = Home::new();
    home.login_through(&proxy.url, &me).ok();
    let path = write(&home, "lost.png", &encode(noisy(16, 16), ImageFormat::Png));
    let out = home.run(&[
        "post",
        "--image",
        path.to_str().unwrap(),
        "--alt",
        "lost",
        "never posted",
    ]);
    assert_ne!(out.code, 0, "{out:?}");
    assert!(out.stderr.contains("uploadBlob"), "{}", out.stderr);
    let posts = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.feed.post")],
    );
    assert!(
        posts["records"].as_array().unwrap().is_empty(),
        "no post without its image"
    );
}

/// The CRC-32 of PNG chunks (ISO 3309), for building a malicious header.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A tiny PNG whose header claims `side` × `side` pixels: a decompression bomb.
fn png_claiming(side: u32) -> Vec<u8> {
    let mut png = encode(noisy(4, 4), ImageFormat::Png);
    // IHDR's data starts at 16: width, height, then bit depth etc.; its CRC follows at 29.
    png[16..20].copy_from_slice(&side.to_be_bytes());
    png[20..24].copy_from_slice(&side.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

#[test]
fn every_media_escape_attempt_is_refused_with_a_clear_error() {
    let home = Home::logged_in("alice");
    let media = home.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let secret = elsewhere.path().join("secret.png");
    std::fs::write(&secret, encode(noisy(8, 8), ImageFormat::Png)).unwrap();
    std::os::unix::fs::symlink(&secret, media.join("link.png")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), media.join("linked-dir")).unwrap();
    let fifo = media.join("pipe.png");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::fs::write(media.join("bomb.png"), png_claiming(60_000)).unwrap();
    std::fs::write(media.join("big.png"), png_claiming(12_000)).unwrap();
    std::fs::write(media.join("script.png"), b"#!/bin/sh\necho not an image\n").unwrap();
    let huge = std::fs::File::create(media.join("huge.jpg")).unwrap();
    huge.set_len(60 * 1024 * 1024).unwrap();
    // media/../../…/ up to the root, then down to the secret.
    let ups = "../".repeat(media.components().count() - 1);
    let dotdot = format!(
        "{}/{ups}{}",
        media.display(),
        secret.strip_prefix("/").unwrap().display()
    );
    assert!(std::path::Path::new(&dotdot).exists());

    let attempts: Vec<(String, &str)> = vec![
        (secret.display().to_string(), "outside the directories"),
        (dotdot, "outside the directories"),
        (
            media.join("link.png").display().to_string(),
            "outside the directories",
        ),
        (
            media.join("linked-dir/secret.png").display().to_string(),
            "outside the directories",
        ),
        ("/etc/passwd".into(), "outside the directories"),
        ("/proc/self/environ".into(), "outside the directories"),
        ("/dev/zero".into(), "outside the directories"),
        (fifo.display().to_string(), "not a regular file"),
        (media.display().to_string(), "is a directory"),
        (media.join("huge.jpg").display().to_string(), "files over"),
        (
            media.join("script.png").display().to_string(),
            "text/x-shellscript is not supported",
        ),
        (
            media.join("bomb.png").display().to_string(),
            "cannot decode the image",
        ),
        (
            media.join("big.png").display().to_string(),
            "cannot decode the image",
        ),
    ];
    let calls: Vec<Value> = attempts
        .iter()
        .map(|(path, _)| {
            json!({"name": "bluesky_post_image", "arguments":
                {"image_path": path, "alt_text": "an attempt", "text": "should never post"}})
        })
        .collect();
    let mut client = home.mcp_client(&json!({"calls": calls}));
    client.env("MCP_BLUESKY__MEDIA_DIRS", format!("[{}]", media.display()));
    let (session, _) = client_session(client);
    let results = session["results"].as_array().unwrap();
    let mut refused = 0;
    for ((path, expected), result) in attempts.iter().zip(results) {
        let text = result["content"][0]["text"].as_str().unwrap_or_default();
        assert_eq!(result["isError"], true, "{path}: {result}");
        assert!(
            text.contains(expected),
            "{path}: expected {expected:?}, got {text}"
        );
        assert!(
            text.contains("image_path"),
            "{path}: the error names the field: {text}"
        );
        refused += 1;
    }
    println!(
        "media escape attempts: {}, refused with a clear error: {refused}",
        attempts.len()
    );
    assert_eq!(refused, attempts.len());
    assert!(
        !xrpc::post_texts(&account("alice").did)
            .iter()
            .any(|t| t == "should never post"),
        "nothing was posted"
    );
}
