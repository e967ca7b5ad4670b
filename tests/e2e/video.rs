//! Video posts through the stand-in video service (see `video_standin.rs`).

use std::sync::atomic::Ordering;

use serde_json::Value;

use crate::harness::*;
use crate::video_standin::{Options, VideoStandIn};

/// Enough of an MP4 for type sniffing and its size: an `ftyp` box, a `moov`
/// with one 640×360 track, then an `mdat` of `marker` and filler.
pub fn mp4(marker: &str) -> Vec<u8> {
    let mut media = marker.as_bytes().to_vec();
    media.extend(std::iter::repeat_n(7u8, 4096));
    let mut bytes = mp4_head(640, 360, false);
    bytes.extend(mp4_box(b"mdat", &media));
    bytes
}

/// An ISO BMFF box.
fn mp4_box(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut b = u32::try_from(body.len() + 8)
        .unwrap()
        .to_be_bytes()
        .to_vec();
    b.extend_from_slice(kind);
    b.extend_from_slice(body);
    b
}

/// A WebM whose one video track is `width`×`height` (EBML header, then a
/// segment with its info, tracks and a little filler).
fn webm(width: u16, height: u16) -> Vec<u8> {
    fn element(id: &[u8], body: &[u8]) -> Vec<u8> {
        let mut e = id.to_vec();
        e.push(0x80 | u8::try_from(body.len()).unwrap()); // one-byte size
        e.extend_from_slice(body);
        e
    }
    let header = element(&[0x1A, 0x45, 0xDF, 0xA3], &element(&[0x42, 0x82], b"webm"));
    let video = [
        element(&[0xB0], &width.to_be_bytes()),
        element(&[0xBA], &height.to_be_bytes()),
    ]
    .concat();
    let entry = [
        element(&[0xD7], &[1]), // track number
        element(&[0x83], &[1]), // track type: video
        element(&[0xE0], &video),
    ]
    .concat();
    let info = element(
        &[0x15, 0x49, 0xA9, 0x66],
        &element(&[0x2A, 0xD7, 0xB1], &[0x0F, 0x42, 0x40]),
    );
    let tracks = element(&[0x16, 0x54, 0xAE, 0x6B], &element(&[0xAE], &entry));
    let mut bytes = header;
    bytes.extend(element(&[0x18, 0x53, 0x80, 0x67], &[info, tracks].concat()));
    bytes.extend(std::iter::repeat_n(0u8, 1024));
    bytes
}

/// `ftyp`, then a `moov` whose one track is `width`×`height`, turned a
/// quarter (as phones record upright video) when `quarter_turn`.
fn mp4_head(width: u32, height: u32, quarter_turn: bool) -> Vec<u8> {
    let mut tkhd = vec![0, 0, 0, 3]; // version 0; enabled, in the movie
    tkhd.extend([0; 8]); // created, modified
    tkhd.extend(1u32.to_be_bytes()); // track id
    tkhd.extend([0; 4 + 4 + 8 + 2 + 2 + 2 + 2]); // reserved, duration, reserved, layer, group, volume, reserved
    let matrix: [i32; 9] = if quarter_turn {
        [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x4000_0000]
    } else {
        [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x4000_0000]
    };
    matrix.iter().for_each(|v| tkhd.extend(v.to_be_bytes()));
    tkhd.extend((width << 16).to_be_bytes());
    tkhd.extend((height << 16).to_be_bytes());
    let mut head = mp4_box(b"ftyp", b"mp42\0\0\0\0mp42isom");
    head.extend(mp4_box(
        b"moov",
        &mp4_box(b"trak", &mp4_box(b"tkhd", &tkhd)),
    ));
    head
}

fn video_home(service: &VideoStandIn, timeout: &str) -> (Home, Account) {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    use_video_service(&home, service, timeout);
    (home, me)
}

/// A home whose config sends videos over `single_upload_max` bytes in parts.
fn parts_home(service: &VideoStandIn, single_upload_max: usize) -> (Home, Account) {
    let (home, me) = video_home(service, "120");
    let config = std::fs::read_to_string(home.config_file()).unwrap();
    std::fs::write(
        home.config_file(),
        format!("{config}video_single_upload_max: {single_upload_max}\n"),
    )
    .unwrap();
    (home, me)
}

/// Writes an MP4 of exactly `size` bytes (a 1920×1080 track turned upright,
/// then an `mdat` of varied filler) a MiB at a time; returns the stand-in's
/// hash of it.
fn write_big_mp4(path: &std::path::Path, size: usize) -> u64 {
    use std::hash::Hasher;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut hash = std::hash::DefaultHasher::new();
    let mut head = mp4_head(1920, 1080, true);
    head.extend(u32::try_from(size - head.len()).unwrap().to_be_bytes());
    head.extend(b"mdat");
    let mut written = 0;
    let mut put = |bytes: &[u8]| {
        std::io::Write::write_all(&mut file, bytes).unwrap();
        hash.write(bytes);
    };
    put(&head);
    written += head.len();
    let chunk: Vec<u8> = (0..1 << 20)
        .map(|i: u32| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    while written < size {
        let n = chunk.len().min(size - written);
        put(&chunk[..n]);
        written += n;
    }
    std::io::Write::flush(&mut file).unwrap();
    hash.finish()
}

/// Points `home`'s config at the stand-in, waiting `timeout` seconds for a job.
pub fn use_video_service(home: &Home, service: &VideoStandIn, timeout: &str) {
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(
        home.config_file(),
        format!(
            "video_service_url: {}\nvideo_timeout: {timeout}\n",
            service.url
        ),
    )
    .unwrap();
}

fn posts_of(did: &str) -> Vec<Value> {
    xrpc::records(did, "app.bsky.feed.post")
}

#[test]
fn video_is_posted_once_processed_with_alt_and_captions() {
    let service = VideoStandIn::start();
    let (home, me) = video_home(&service, "30");
    let video = home.path().join("clip.mp4");
    std::fs::write(&video, mp4("clip one")).unwrap();
    let subs = home.path().join("subs.vtt");
    std::fs::write(&subs, "WEBVTT\n\n00:00.000 --> 00:01.000\nhello\n").unwrap();
    let out = home
        .run(&[
            "--json",
            "post",
            "--video",
            video.to_str().unwrap(),
            "--alt",
            "a short clip",
            "--captions",
            &format!("{}:en", subs.display()),
            "watch this",
        ])
        .ok()
        .json();
    let record = xrpc::record(out["uri"].as_str().unwrap());
    let embed = &record["embed"];
    assert_eq!(embed["$type"], "app.bsky.embed.video");
    assert_eq!(embed["alt"], "a short clip");
    assert_eq!(embed["video"]["mimeType"], "video/mp4");
    assert_eq!(embed["captions"][0]["lang"], "en");
    assert_eq!(embed["captions"][0]["file"]["mimeType"], "text/vtt");
    assert_eq!(
        embed["aspectRatio"],
        serde_json::json!({"width": 640, "height": 360}),
        "read from the track header"
    );
    // The blob the service stored on the PDS is the video itself.
    let cid = embed["video"]["ref"]["$link"].as_str().unwrap();
    let blob = reqwest::blocking::Client::new()
        .get(format!("{}/xrpc/com.atproto.sync.getBlob", net().pds))
        .query(&[("did", me.did.as_str()), ("cid", cid)])
        .send()
        .unwrap()
        .bytes()
        .unwrap();
    assert_eq!(blob.to_vec(), mp4("clip one"));
    assert_eq!(service.counters.uploads.load(Ordering::SeqCst), 1);
}

#[test]
fn a_video_the_service_already_has_is_reused() {
    let service = VideoStandIn::start();
    let (home, me) = video_home(&service, "30");
    let video = home.path().join("again.mp4");
    std::fs::write(&video, mp4("same bytes")).unwrap();
    for text in ["first time", "second time"] {
        home.run(&[
            "post",
            "--video",
            video.to_str().unwrap(),
            "--alt",
            "again",
            text,
        ])
        .ok();
    }
    assert_eq!(
        service.counters.already_exists.load(Ordering::SeqCst),
        1,
        "the second upload got already_exists"
    );
    let posts = posts_of(&me.did);
    assert_eq!(posts.len(), 2);
    assert_eq!(
        posts[0]["value"]["embed"]["video"],
        posts[1]["value"]["embed"]["video"]
    );
}

#[test]
fn a_failed_job_posts_nothing_and_says_why() {
    let service = VideoStandIn::start();
    let (home, me) = video_home(&service, "30");
    let video = home.path().join("bad.mp4");
    std::fs::write(&video, mp4("STANDIN-FAIL")).unwrap();
    let out = home.run(&[
        "post",
        "--video",
        video.to_str().unwrap(),
        "--alt",
        "x",
        "doomed",
    ]);
    assert_eq!(out.code, 5, "{out:?}");
    assert!(
        out.stderr
            .contains("could not process the video: Video is corrupt (stand-in)"),
        "{}",
        out.stderr
    );
    assert!(posts_of(&me.did).is_empty());
}

#[test]
fn a_job_that_never_finishes_times_out_and_posts_nothing() {
    let service = VideoStandIn::start();
    let (home, me) = video_home(&service, "2");
    let video = home.path().join("slow.mp4");
    std::fs::write(&video, mp4("STANDIN-STUCK")).unwrap();
    let out = home.run(&[
        "post",
        "--video",
        video.to_str().unwrap(),
        "--alt",
        "x",
        "waiting",
    ]);
    assert_eq!(out.code, 5, "{out:?}");
    assert!(
        out.stderr.contains("not processed within 2 s"),
        "{}",
        out.stderr
    );
    assert!(posts_of(&me.did).is_empty());
}

#[test]
fn files_that_are_not_videos_are_refused() {
    let service = VideoStandIn::start();
    let (home, _) = video_home(&service, "30");
    let png = home.path().join("still.mp4");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out = home.run(&["post", "--video", png.to_str().unwrap(), "not a video"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("image/png is not a video"),
        "{}",
        out.stderr
    );
    let video = home.path().join("ok.mp4");
    std::fs::write(&video, mp4("fine")).unwrap();
    let bad_subs = home.path().join("subs.srt");
    std::fs::write(&bad_subs, "1\n00:00:00,000 --> 00:00:01,000\nhi\n").unwrap();
    let out = home.run(&[
        "post",
        "--video",
        video.to_str().unwrap(),
        "--captions",
        &format!("{}:en", bad_subs.display()),
        "x",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("is not a WebVTT file"),
        "{}",
        out.stderr
    );
    assert_eq!(
        service.counters.uploads.load(Ordering::SeqCst),
        0,
        "nothing was uploaded"
    );
}

#[test]
fn mcp_clients_get_progress_while_a_video_processes() {
    let service = VideoStandIn::start();
    let (home, me) = video_home(&service, "30");
    let media = home.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let video = media.join("agent.mp4");
    std::fs::write(&video, mp4("from an agent")).unwrap();
    let plan = serde_json::json!({"calls": [{
        "name": "bluesky_post_video",
        "arguments": {"video_path": video, "alt_text": "an agent's clip", "text": "posted by an agent"},
        "progress": true,
    }]});
    let mut client = home.mcp_client(&plan);
    client.env("MCP_BLUESKY__MEDIA_DIRS", format!("[{}]", media.display()));
    let (session, _) = client_session(client);
    let result = &session["results"][0];
    assert_eq!(result["isError"], false, "{result}");
    let progress = session["progress"][0].as_array().unwrap();
    assert!(progress.len() >= 3, "progress notifications: {progress:?}");
    let values: Vec<f64> = progress
        .iter()
        .map(|p| p["progress"].as_f64().unwrap())
        .collect();
    assert!(
        values.windows(2).all(|w| w[0] <= w[1]),
        "progress only grows: {values:?}"
    );
    assert_eq!(values.last(), Some(&100.0));
    assert_eq!(progress[0]["total"], 100.0);
    assert_eq!(posts_of(&me.did).len(), 1);
}

#[test]
fn a_cancelled_call_stops_polling_and_posts_nothing() {
    let service = VideoStandIn::start();
    let (home, me) = video_home(&service, "60");
    let media = home.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let video = media.join("endless.mp4");
    std::fs::write(&video, mp4("STANDIN-STUCK")).unwrap();
    // The client cancels after 2 s and keeps the session open for 12 s more.
    let plan = serde_json::json!({"calls": [{
        "name": "bluesky_post_video",
        "arguments": {"video_path": video, "alt_text": "never", "text": "never posted"},
        "cancelAfterMs": 2000,
    }], "lingerMs": 12000});
    let client = home
        .mcp_client(&plan)
        .env("MCP_BLUESKY__MEDIA_DIRS", format!("[{}]", media.display()))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Polling backs off to one request every 5 s at most: a 6 s window
    // without a poll means it stopped.
    std::thread::sleep(std::time::Duration::from_secs(5));
    let at_cancel = service.counters.polls.load(Ordering::SeqCst);
    std::thread::sleep(std::time::Duration::from_secs(6));
    let later = service.counters.polls.load(Ordering::SeqCst);
    let out = client.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!("job status polls: {at_cancel} before the window, {later} after");
    assert!(at_cancel > 0, "the call was polling when it was cancelled");
    assert_eq!(later, at_cancel, "polling went on after the cancellation");
    let session: Value = serde_json::from_str(&stdout).unwrap();
    let error = &session["results"][0]["protocolError"];
    assert!(
        error["message"]
            .as_str()
            .unwrap_or_default()
            .contains("abort")
            || error["message"]
                .as_str()
                .unwrap_or_default()
                .contains("timed out"),
        "the client saw its call cancelled: {error}"
    );
    assert!(posts_of(&me.did).is_empty());
}

#[test]
fn a_150_mb_video_goes_in_parts_with_memory_bounded_by_a_part_and_a_failed_part_retried_alone() {
    const SIZE: usize = 150_000_000;
    let service = VideoStandIn::with(Options {
        single_upload_max: 4 * 1024 * 1024,
        fail_part_once: Some(3),
        ..Options::default()
    });
    let (home, me) = parts_home(&service, 4 * 1024 * 1024);
    let video = home.path().join("big.mp4");
    let hash = write_big_mp4(&video, SIZE);
    let (out, peak) = home.run_watched(
        &[
            "--json",
            "post",
            "--video",
            video.to_str().unwrap(),
            "--alt",
            "a long take",
            "150 MB in parts",
        ],
        |_| {},
    );
    println!(
        "peak RSS of `post --video` with a {} MB file: {:.1} MiB",
        SIZE / 1_000_000,
        peak as f64 / (1024.0 * 1024.0)
    );
    let out = out.ok();
    assert!(
        peak < 64 * 1024 * 1024,
        "peak RSS {peak} bytes: memory must stay bounded by the part size"
    );
    let c = &service.counters;
    assert_eq!(c.uploads.load(Ordering::SeqCst), 0, "not one request");
    assert_eq!(c.starts.load(Ordering::SeqCst), 1);
    let attempts = c.part_attempts.lock().unwrap().clone();
    let parts = SIZE.div_ceil(5 * 1024 * 1024) as u64;
    assert_eq!(attempts.len() as u64, parts, "{attempts:?}");
    for (part, tries) in &attempts {
        let expected = if *part == 3 { 2 } else { 1 };
        assert_eq!(*tries, expected, "part {part}: {attempts:?}");
    }
    assert_eq!(c.finishes.load(Ordering::SeqCst), 1);
    assert_eq!(c.aborts.load(Ordering::SeqCst), 0);
    assert_eq!(
        *c.assembled.lock().unwrap(),
        vec![hash],
        "the service put together the file as it is"
    );
    let posts = posts_of(&me.did);
    assert_eq!(posts.len(), 1, "posted once");
    let embed = &posts[0]["value"]["embed"];
    assert_eq!(
        embed["video"]["ref"]["$link"],
        xrpc::record(out.json()["uri"].as_str().unwrap())["embed"]["video"]["ref"]["$link"]
    );
    assert_eq!(embed["video"]["size"], SIZE as u64);
    assert_eq!(
        embed["aspectRatio"],
        serde_json::json!({"width": 1080, "height": 1920}),
        "a track turned a quarter is upright"
    );
}

#[test]
fn a_cancelled_upload_in_parts_is_aborted_and_posts_nothing() {
    let service = VideoStandIn::with(Options {
        single_upload_max: 1024 * 1024,
        part_size: 1024 * 1024,
        part_delay: std::time::Duration::from_millis(300),
        ..Options::default()
    });
    let (home, me) = parts_home(&service, 1024 * 1024);
    let media = home.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let video = media.join("long.mp4");
    write_big_mp4(&video, 16 * 1024 * 1024);
    let aborted = |n: usize| {
        // The abort goes out as the call ends; wait for it to arrive.
        let until = std::time::Instant::now() + std::time::Duration::from_secs(15);
        while service.counters.aborts.load(Ordering::SeqCst) < n
            && std::time::Instant::now() < until
        {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        service.counters.aborts.load(Ordering::SeqCst)
    };
    let sent = || {
        service
            .counters
            .part_attempts
            .lock()
            .unwrap()
            .values()
            .sum::<usize>()
    };

    // An agent's call, cancelled by its MCP client.
    let plan = serde_json::json!({"calls": [{
        "name": "bluesky_post_video",
        "arguments": {"video_path": video, "alt_text": "never", "text": "never posted"},
        "cancelAfterMs": 1500,
        "progress": true,
    }], "lingerMs": 1000});
    let mut client = home.mcp_client(&plan);
    client.env("MCP_BLUESKY__MEDIA_DIRS", format!("[{}]", media.display()));
    let (session, _) = client_session(client);
    assert!(
        session["results"][0].get("protocolError").is_some(),
        "the call was cancelled: {}",
        session["results"][0]
    );
    let progress = session["progress"][0].as_array().unwrap();
    assert!(
        progress
            .iter()
            .any(|p| p["message"] == "uploading part 1 of 16"),
        "progress per part: {progress:?}"
    );
    assert_eq!(aborted(1), 1, "abortUpload was called");
    let after_abort = sent();
    assert!(
        (1..16).contains(&after_abort),
        "cancelled mid-upload: {after_abort} parts"
    );

    // A person's Ctrl-C on the command line.
    let (out, _) = home.run_watched(
        &[
            "post",
            "--video",
            video.to_str().unwrap(),
            "--alt",
            "never",
            "never posted",
        ],
        |pid| {
            std::thread::sleep(std::time::Duration::from_millis(1500));
            // SAFETY: signalling our own child process.
            unsafe { libc::kill(pid, libc::SIGINT) };
        },
    );
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("interrupted"), "{}", out.stderr);
    assert_eq!(
        service.counters.aborts.load(Ordering::SeqCst),
        2,
        "abortUpload was called before the exit"
    );
    assert_eq!(service.upload_states(), vec!["aborted", "aborted"]);
    let total = sent();
    std::thread::sleep(std::time::Duration::from_secs(1));
    assert_eq!(sent(), total, "no part is sent after the abort");
    assert_eq!(service.counters.finishes.load(Ordering::SeqCst), 0);
    assert!(posts_of(&me.did).is_empty());
}

#[test]
fn a_webm_video_gets_the_aspect_ratio_of_its_track() {
    let service = VideoStandIn::start();
    let (home, me) = video_home(&service, "30");
    let video = home.path().join("square.webm");
    std::fs::write(&video, webm(480, 480)).unwrap();
    let dry = home
        .run(&[
            "--json",
            "post",
            "--video",
            video.to_str().unwrap(),
            "--alt",
            "a square",
            "--dry-run",
            "square",
        ])
        .ok()
        .json();
    assert_eq!(
        dry["record"]["embed"]["aspectRatio"],
        serde_json::json!({"width": 480, "height": 480})
    );
    assert_eq!(dry["record"]["embed"]["video"]["mimeType"], "video/webm");
    assert_eq!(
        dry["record"]["embed"]["video"]["size"],
        webm(480, 480).len()
    );
    assert!(posts_of(&me.did).is_empty(), "a dry run posts nothing");
    assert_eq!(service.counters.uploads.load(Ordering::SeqCst), 0);
}
