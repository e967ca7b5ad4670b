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
            "alt_text is 2001 graphemes; alt text may have at most 2000",
        ),
        (
            vec!["--image", png, "--alt", "a", "--alt", "b"],
            "--alt is given 2 times for 1 images",
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
fn image_dry_run_uploads_and_writes_nothing() {
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
