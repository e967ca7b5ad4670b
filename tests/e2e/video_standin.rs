//! A STAND-IN for Bluesky's video service, which cannot run here. It is small
//! and follows the published `app.bsky.video.*` lexicons: `getUploadLimits`,
//! `uploadVideo` (answering `409 already_exists` for a video it has seen),
//! the upload in parts (`startUpload`, `uploadPart`, `finishUpload`,
//! `abortUpload`, `getUploadStatus`, with the part plan, exact part lengths
//! and session states they describe) and `getJobStatus` with the
//! `JOB_STATE_*` states. Like the real service it stores the video on the
//! uploader's PDS with the service-auth token it was given. Processing is
//! simulated: a job advances one state per status poll. Test markers in the
//! video bytes: `STANDIN-FAIL` makes the job fail, `STANDIN-STUCK` keeps it
//! processing forever. [`Options`] set its single-upload limit and part size,
//! slow parts down, or fail one part's first attempt.

use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::net;
use crate::standin_http::{self, Reply, Request};

#[derive(Clone)]
struct Job {
    did: String,
    polls: u32,
    fail: bool,
    stuck: bool,
    blob: Option<Value>,
}

/// An upload in parts, as `startUpload` created it.
struct Multipart {
    did: String,
    size: u64,
    part_size: u64,
    part_count: u64,
    parts: BTreeMap<u64, Vec<u8>>,
    /// created, completed or aborted.
    state: &'static str,
    completed_job: Option<String>,
}

#[derive(Default)]
struct State {
    jobs: HashMap<String, Job>,
    /// (did, hash of the video) → job id, for `already_exists`.
    seen: HashMap<(String, u64), String>,
    uploads: HashMap<String, Multipart>,
}

/// How the stand-in behaves beyond the lexicons' defaults.
#[derive(Clone)]
pub struct Options {
    /// Largest `uploadVideo` body taken; larger ones must come in parts.
    pub single_upload_max: usize,
    pub part_size: u64,
    /// Each `uploadPart` answers only after this long.
    pub part_delay: Duration,
    /// The first attempt of this part number fails with a 503.
    pub fail_part_once: Option<u64>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            single_upload_max: 100_000_000,
            part_size: 5 * 1024 * 1024,
            part_delay: Duration::ZERO,
            fail_part_once: None,
        }
    }
}

/// What the stand-in was asked, counted.
#[derive(Default)]
pub struct Counters {
    pub uploads: AtomicUsize,
    pub already_exists: AtomicUsize,
    /// `getJobStatus` requests answered.
    pub polls: AtomicUsize,
    pub starts: AtomicUsize,
    /// `uploadPart` requests by part number, failed ones included.
    pub part_attempts: Mutex<BTreeMap<u64, usize>>,
    pub finishes: AtomicUsize,
    pub aborts: AtomicUsize,
    /// A hash of each video put together from parts.
    pub assembled: Mutex<Vec<u64>>,
}

pub struct VideoStandIn {
    pub url: String,
    pub counters: Arc<Counters>,
    state: Arc<Mutex<State>>,
}

impl VideoStandIn {
    pub fn start() -> VideoStandIn {
        VideoStandIn::with(Options::default())
    }

    pub fn with(options: Options) -> VideoStandIn {
        let state = Arc::new(Mutex::new(State::default()));
        let counters = Arc::new(Counters::default());
        let (s, c) = (state.clone(), counters.clone());
        let port = standin_http::serve(Arc::new(move |request: &Request| {
            let (status, reply) = answer(request, &s, &c, &options);
            Reply::Json(status, reply)
        }));
        let url = format!("http://127.0.0.1:{port}");
        VideoStandIn {
            url,
            counters,
            state,
        }
    }

    /// The state of each upload in parts: created, completed or aborted.
    pub fn upload_states(&self) -> Vec<&'static str> {
        let state = self.state.lock().unwrap();
        state.uploads.values().map(|u| u.state).collect()
    }
}

/// The same hash the stand-in takes of an assembled video.
pub fn hash_of(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

/// The answer to one request.
fn answer(
    request: &Request,
    state: &Mutex<State>,
    counters: &Counters,
    options: &Options,
) -> (u16, Value) {
    {
        let (path, body) = (request.path.as_str(), &request.body);
        let query = request.query_map();
        let token = request.bearer().map(str::to_string);
        let claims = request.claims();
        // Every call of an upload carries the account's token for its PDS's uploadBlob.
        let uploader = claims
            .as_ref()
            .filter(|c| c["lxm"] == "com.atproto.repo.uploadBlob")
            .and_then(|c| c["iss"].as_str().map(str::to_string));
        let unauthorized = (
            401,
            json!({"error": "AuthMissing", "message": "service auth for uploadBlob required"}),
        );
        let input = request.json();
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
                let did = query.get("did").cloned().unwrap_or_default();
                match (uploader, token) {
                    (Some(iss), Some(token)) if iss == did => {
                        counters.uploads.fetch_add(1, Ordering::SeqCst);
                        if body.len() > options.single_upload_max {
                            (
                                413,
                                json!({"error": "PayloadTooLarge", "message": format!("over {} bytes: upload it in parts (stand-in)", options.single_upload_max)}),
                            )
                        } else {
                            let mut state = state.lock().unwrap();
                            let hash = hash_of(body);
                            match state.seen.get(&(did.clone(), hash)).cloned() {
                                Some(job_id) => {
                                    counters.already_exists.fetch_add(1, Ordering::SeqCst);
                                    (
                                        409,
                                        json!({"error": "already_exists", "message": "Video already processed", "jobId": job_id, "did": did, "state": "JOB_STATE_COMPLETED"}),
                                    )
                                }
                                None => {
                                    let job_id = new_job(&mut state, &did, &token, body, hash);
                                    (
                                        200,
                                        json!({"jobStatus": {"jobId": job_id, "did": did, "state": "JOB_STATE_CREATED"}}),
                                    )
                                }
                            }
                        }
                    }
                    _ => unauthorized,
                }
            }
            "/xrpc/app.bsky.video.startUpload" => match uploader {
                Some(did) => {
                    counters.starts.fetch_add(1, Ordering::SeqCst);
                    let size = input["sizeBytes"].as_u64().unwrap_or(0);
                    if size == 0 || input["mimeType"].as_str().is_none() {
                        (
                            400,
                            json!({"error": "InvalidRequest", "message": "sizeBytes and mimeType are required"}),
                        )
                    } else {
                        let mut state = state.lock().unwrap();
                        let job_id = format!("standin-upload-{}", state.uploads.len() + 1);
                        let part_count = size.div_ceil(options.part_size);
                        state.uploads.insert(
                            job_id.clone(),
                            Multipart {
                                did,
                                size,
                                part_size: options.part_size,
                                part_count,
                                parts: BTreeMap::new(),
                                state: "created",
                                completed_job: None,
                            },
                        );
                        let expires = chrono::Utc::now() + chrono::Duration::hours(1);
                        (
                            200,
                            json!({"jobId": job_id, "partSizeBytes": options.part_size, "partCount": part_count, "expiresAt": expires.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)}),
                        )
                    }
                }
                None => unauthorized,
            },
            "/xrpc/app.bsky.video.uploadPart" => match uploader {
                Some(did) => {
                    let number: u64 = query
                        .get("partNumber")
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(0);
                    // Counted as it arrives, before the delay.
                    let attempt = {
                        let mut attempts = counters.part_attempts.lock().unwrap();
                        let n = attempts.entry(number).or_default();
                        *n += 1;
                        *n
                    };
                    std::thread::sleep(options.part_delay);
                    let mut state = state.lock().unwrap();
                    match query.get("jobId").and_then(|id| state.uploads.get_mut(id)) {
                        Some(upload) if upload.did != did => unauthorized,
                        None => (
                            400,
                            json!({"error": "UploadNotFound", "message": "no such upload"}),
                        ),
                        Some(upload) if upload.state == "aborted" => (
                            400,
                            json!({"error": "UploadAborted", "message": "the upload was aborted"}),
                        ),
                        Some(upload) if upload.state == "completed" => (
                            400,
                            json!({"error": "UploadAlreadyCompleted", "message": "the upload is complete"}),
                        ),
                        Some(upload) if number == 0 || number > upload.part_count => (
                            400,
                            json!({"error": "InvalidPartNumber", "message": format!("parts are 1 to {}", upload.part_count)}),
                        ),
                        Some(upload) => {
                            let offset = (number - 1) * upload.part_size;
                            let expected = (upload.size - offset).min(upload.part_size) as usize;
                            if body.len() != expected {
                                (
                                    400,
                                    json!({"error": "PartSizeMismatch", "message": format!("part {number} must be {expected} bytes")}),
                                )
                            } else if options.fail_part_once == Some(number) && attempt == 1 {
                                (
                                    503,
                                    json!({"error": "ServiceOverloaded", "message": "injected failure (stand-in)"}),
                                )
                            } else {
                                upload.parts.insert(number, body.clone());
                                (200, json!({"partNumber": number, "sizeBytes": expected}))
                            }
                        }
                    }
                }
                None => unauthorized,
            },
            "/xrpc/app.bsky.video.finishUpload" => match (uploader, token) {
                (Some(did), Some(token)) => {
                    counters.finishes.fetch_add(1, Ordering::SeqCst);
                    let job_id = input["jobId"].as_str().unwrap_or_default().to_string();
                    let mut state = state.lock().unwrap();
                    let assembled = match state.uploads.get_mut(&job_id) {
                        Some(upload) if upload.did != did => Err(unauthorized),
                        None => Err((
                            400,
                            json!({"error": "UploadNotFound", "message": "no such upload"}),
                        )),
                        Some(upload) if upload.state == "aborted" => Err((
                            400,
                            json!({"error": "UploadAborted", "message": "the upload was aborted"}),
                        )),
                        Some(upload) if (upload.parts.len() as u64) < upload.part_count => {
                            let missing: Vec<String> = (1..=upload.part_count)
                                .filter(|n| !upload.parts.contains_key(n))
                                .map(|n| n.to_string())
                                .collect();
                            Err((
                                400,
                                json!({"error": "MissingParts", "message": format!("missing parts: {}", missing.join(","))}),
                            ))
                        }
                        Some(upload) => {
                            let mut video = Vec::with_capacity(upload.size as usize);
                            for part in std::mem::take(&mut upload.parts).into_values() {
                                video.extend(part);
                            }
                            upload.state = "completed";
                            Ok(video)
                        }
                    };
                    match assembled {
                        Err(answer) => answer,
                        Ok(video) => {
                            let hash = hash_of(&video);
                            counters.assembled.lock().unwrap().push(hash);
                            let job = new_job(&mut state, &did, &token, &video, hash);
                            if let Some(upload) = state.uploads.get_mut(&job_id) {
                                upload.completed_job = Some(job.clone());
                            }
                            (
                                200,
                                json!({"completedJobId": job, "jobStatus": {"jobId": job, "did": did, "state": "JOB_STATE_CREATED"}}),
                            )
                        }
                    }
                }
                _ => unauthorized,
            },
            "/xrpc/app.bsky.video.abortUpload" => match uploader {
                Some(did) => {
                    counters.aborts.fetch_add(1, Ordering::SeqCst);
                    let mut state = state.lock().unwrap();
                    match input["jobId"]
                        .as_str()
                        .and_then(|id| state.uploads.get_mut(id))
                    {
                        Some(upload) if upload.did == did => {
                            if upload.state == "created" {
                                upload.state = "aborted";
                                upload.parts.clear();
                            }
                            let mut out = json!({"state": upload.state});
                            if let Some(job) = &upload.completed_job {
                                out["completedJobId"] = job.clone().into();
                            }
                            (200, out)
                        }
                        Some(_) => unauthorized,
                        None => (
                            400,
                            json!({"error": "UploadNotFound", "message": "no such upload"}),
                        ),
                    }
                }
                None => unauthorized,
            },
            "/xrpc/app.bsky.video.getUploadStatus" => match uploader {
                Some(did) => {
                    let state = state.lock().unwrap();
                    match query
                        .get("jobId")
                        .and_then(|id| state.uploads.get(id).map(|u| (id, u)))
                    {
                        Some((id, upload)) if upload.did == did => {
                            let mut out = json!({
                                "jobId": id, "state": upload.state,
                                "partSizeBytes": upload.part_size, "partCount": upload.part_count,
                                "receivedParts": upload.parts.keys().collect::<Vec<_>>(),
                                "expiresAt": (chrono::Utc::now() + chrono::Duration::hours(1)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                            });
                            if let Some(job) = &upload.completed_job {
                                out["completedJobId"] = job.clone().into();
                            }
                            (200, out)
                        }
                        Some(_) => unauthorized,
                        None => (
                            400,
                            json!({"error": "UploadNotFound", "message": "no such upload"}),
                        ),
                    }
                }
                None => unauthorized,
            },
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
        (status, reply)
    }
}

/// A processing job for `video`, stored on the uploader's PDS as the real
/// service does (unless a marker in its first 64 KiB says the job fails or
/// never ends).
fn new_job(state: &mut State, did: &str, token: &str, video: &[u8], hash: u64) -> String {
    let head = &video[..video.len().min(64 * 1024)];
    let has = |m: &[u8]| head.windows(m.len()).any(|w| w == m);
    let (fail, stuck) = (has(b"STANDIN-FAIL"), has(b"STANDIN-STUCK"));
    let job_id = format!("standin-job-{}", state.jobs.len() + 1);
    let blob = (!fail && !stuck).then(|| store_on_pds(token, video));
    state.jobs.insert(
        job_id.clone(),
        Job {
            did: did.to_string(),
            polls: 0,
            fail,
            stuck,
            blob,
        },
    );
    state.seen.insert((did.to_string(), hash), job_id.clone());
    job_id
}

fn store_on_pds(token: &str, bytes: &[u8]) -> Value {
    let response = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap()
        .post(format!("{}/xrpc/com.atproto.repo.uploadBlob", net().pds))
        .bearer_auth(token)
        .header("content-type", "video/mp4")
        .body(bytes.to_vec())
        .send()
        .unwrap();
    assert!(
        response.status().is_success(),
        "the PDS took the service-auth upload: {}",
        response.status()
    );
    response.json::<Value>().unwrap()["blob"].clone()
}
