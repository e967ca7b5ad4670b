//! Video posts through the stand-in video service (see `video_standin.rs`).

use std::sync::atomic::Ordering;

use serde_json::Value;

use crate::harness::*;
use crate::video_standin::VideoStandIn;

/// Enough of an MP4 for type sniffing: an `ftyp` box, then filler.
pub fn mp4(marker: &str) -> Vec<u8> {
    let mut bytes = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom".to_vec();
    bytes.extend_from_slice(marker.as_bytes());
    bytes.extend(std::iter::repeat_n(7u8, 4096));
    bytes
}

fn video_home(service: &VideoStandIn, timeout: &str) -> (Home, Account) {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    use_video_service(&home, service, timeout);
    (home, me)
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
