//! A STAND-IN for Bluesky's video service, which cannot run here. It is small
//! and follows the published `app.bsky.video.*` lexicons: `getUploadLimits`,
//! `uploadVideo` (answering `409 already_exists` for a video it has seen) and
//! `getJobStatus` with the `JOB_STATE_*` states. Like the real service it
//! stores the video on the uploader's PDS with the service-auth token it was
//! given. Processing is simulated: a job advances one state per status poll.
//! Test markers in the video bytes: `STANDIN-FAIL` makes the job fail,
//! `STANDIN-STUCK` keeps it processing forever.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine;
use serde_json::{Value, json};

use crate::harness::net;

#[derive(Clone)]
struct Job {
    did: String,
    polls: u32,
    fail: bool,
    stuck: bool,
    blob: Option<Value>,
}

#[derive(Default)]
struct State {
    jobs: HashMap<String, Job>,
    /// (did, video bytes) → job id, for `already_exists`.
    seen: HashMap<(String, Vec<u8>), String>,
}

/// What the stand-in was asked, counted.
#[derive(Default)]
pub struct Counters {
    pub uploads: AtomicUsize,
    pub already_exists: AtomicUsize,
    /// `getJobStatus` requests answered.
    pub polls: AtomicUsize,
}

pub struct VideoStandIn {
    pub url: String,
    pub counters: Arc<Counters>,
}

impl VideoStandIn {
    pub fn start() -> VideoStandIn {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State::default()));
        let counters = Arc::new(Counters::default());
        let c = counters.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (state, c) = (state.clone(), c.clone());
                std::thread::spawn(move || serve(stream, &state, &c));
            }
        });
        VideoStandIn { url, counters }
    }
}

fn serve(mut stream: std::net::TcpStream, state: &Mutex<State>, counters: &Counters) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        let mut headers = HashMap::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
        }
        let length: usize = headers
            .get("content-length")
            .map_or(0, |v| v.parse().unwrap());
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        let target = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or("/")
            .to_string();
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        let query: HashMap<String, String> = url_params(query);
        let claims = headers
            .get("authorization")
            .and_then(|a| a.strip_prefix("Bearer "))
            .and_then(jwt_claims);
        let (status, reply) = match path {
            "/xrpc/app.bsky.video.getUploadLimits" => match claims {
                Some(c) if c["lxm"] == "app.bsky.video.getUploadLimits" => (
                    200,
                    json!({"canUpload": true, "remainingDailyVideos": 25, "remainingDailyBytes": 10_000_000_000u64}),
                ),
                _ => (
                    401,
                    json!({"error": "AuthMissing", "message": "service auth for getUploadLimits required"}),
                ),
            },
            "/xrpc/app.bsky.video.uploadVideo" => {
                let token = headers
                    .get("authorization")
                    .and_then(|a| a.strip_prefix("Bearer "))
                    .map(str::to_string);
                let did = query.get("did").cloned().unwrap_or_default();
                match (claims, token) {
                    (Some(c), Some(token))
                        if c["lxm"] == "com.atproto.repo.uploadBlob"
                            && c["iss"] == did.as_str() =>
                    {
                        counters.uploads.fetch_add(1, Ordering::SeqCst);
                        let mut state = state.lock().unwrap();
                        if let Some(job_id) = state.seen.get(&(did.clone(), body.clone())).cloned()
                        {
                            counters.already_exists.fetch_add(1, Ordering::SeqCst);
                            (
                                409,
                                json!({"error": "already_exists", "message": "Video already processed", "jobId": job_id, "did": did, "state": "JOB_STATE_COMPLETED"}),
                            )
                        } else {
                            let has = |m: &[u8]| body.windows(m.len()).any(|w| w == m);
                            let (fail, stuck) = (has(b"STANDIN-FAIL"), has(b"STANDIN-STUCK"));
                            // Stored on the uploader's PDS, as the real service does.
                            let blob =
                                (!fail && !stuck).then(|| store_on_pds(&token, body.clone()));
                            let job_id = format!("standin-job-{}", state.jobs.len() + 1);
                            state.jobs.insert(
                                job_id.clone(),
                                Job {
                                    did: did.clone(),
                                    polls: 0,
                                    fail,
                                    stuck,
                                    blob,
                                },
                            );
                            state
                                .seen
                                .insert((did.clone(), body.clone()), job_id.clone());
                            (
                                200,
                                json!({"jobStatus": {"jobId": job_id, "did": did, "state": "JOB_STATE_CREATED"}}),
                            )
                        }
                    }
                    _ => (
                        401,
                        json!({"error": "AuthMissing", "message": "service auth for uploadBlob by `did` required"}),
                    ),
                }
            }
            "/xrpc/app.bsky.video.getJobStatus" => {
                counters.polls.fetch_add(1, Ordering::SeqCst);
                let mut state = state.lock().unwrap();
                match query
                    .get("jobId")
                    .and_then(|id| state.jobs.get_mut(id).map(|j| (id.clone(), j)))
                {
                    Some((id, job)) => {
                        job.polls += 1;
                        let status = if job.fail && job.polls >= 2 {
                            json!({"jobId": id, "did": job.did, "state": "JOB_STATE_FAILED", "error": "transcode_failed", "message": "Video is corrupt (stand-in)"})
                        } else if job.stuck || job.polls < 2 {
                            json!({"jobId": id, "did": job.did, "state": "JOB_STATE_ENCODING", "progress": 40})
                        } else {
                            json!({"jobId": id, "did": job.did, "state": "JOB_STATE_COMPLETED", "progress": 100, "blob": job.blob})
                        };
                        (200, json!({"jobStatus": status}))
                    }
                    None => (400, json!({"error": "NotFound", "message": "no such job"})),
                }
            }
            _ => (404, json!({"error": "MethodNotImplemented"})),
        };
        let text = reply.to_string();
        let response = format!(
            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{text}",
            text.len()
        );
        if stream.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

fn store_on_pds(token: &str, bytes: Vec<u8>) -> Value {
    let response = reqwest::blocking::Client::new()
        .post(format!("{}/xrpc/com.atproto.repo.uploadBlob", net().pds))
        .bearer_auth(token)
        .header("content-type", "video/mp4")
        .body(bytes)
        .send()
        .unwrap();
    assert!(
        response.status().is_success(),
        "the PDS took the service-auth upload"
    );
    response.json::<Value>().unwrap()["blob"].clone()
}

fn jwt_claims(jwt: &str) -> Option<Value> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn url_params(query: &str) -> HashMap<String, String> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.replace("%3A", ":").replace("%3a", ":")))
        .collect()
}
