//! Video through Bluesky's video service (`app.bsky.video.*`): check the
//! account's upload limits, upload with a service-auth token that lets the
//! service store the blob on the account's PDS, then poll the processing job
//! until it completes, fails or times out.

use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::Value;

use super::accounts::PdsConnection;
use super::xrpc::XrpcError;
use crate::error::{Error, Result};

/// Where the video service is and who it is.
#[derive(Debug, Clone)]
pub struct VideoService {
    pub url: String,
    /// Its DID, the audience of its service-auth tokens (did:web:video.bsky.app).
    pub did: String,
    /// How long processing may take before giving up.
    pub timeout: Duration,
}

/// `app.bsky.video.defs#jobStatus`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JobStatus {
    pub job_id: String,
    pub state: String,
    pub progress: Option<u32>,
    pub blob: Option<Value>,
    pub error: Option<String>,
    pub message: Option<String>,
}

/// Progress of an upload, for bars and MCP notifications.
pub trait VideoProgress: Sync {
    fn update(&self, percent: f64, message: &str);
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UploadLimits {
    can_upload: bool,
    message: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct JobStatusOutput {
    job_status: JobStatus,
}

#[derive(Deserialize)]
struct ServiceToken {
    token: secrecy::SecretString,
}

impl PdsConnection {
    /// A token that lets `aud` call `lxm` on this account's behalf.
    async fn service_auth(&self, aud: &str, lxm: &str) -> Result<secrecy::SecretString> {
        let exp = (chrono::Utc::now() + chrono::Duration::minutes(30)).timestamp();
        let params = [
            ("aud", aud.to_string()),
            ("lxm", lxm.to_string()),
            ("exp", exp.to_string()),
        ];
        let token: ServiceToken = self
            .query("com.atproto.server.getServiceAuth", &params)
            .await?;
        Ok(token.token)
    }

    /// Uploads a video and waits until it is processed; returns the blob to embed.
    pub async fn upload_video(
        &self,
        service: &VideoService,
        bytes: Vec<u8>,
        mime: &str,
        name: &str,
        progress: &dyn VideoProgress,
    ) -> Result<Value> {
        let video = super::xrpc::Xrpc::new(self.xrpc().client(), &service.url)?;
        let limits_token = self
            .service_auth(&service.did, "app.bsky.video.getUploadLimits")
            .await?;
        let limits: UploadLimits = video
            .query("app.bsky.video.getUploadLimits", &[], Some(&limits_token))
            .await
            .map_err(|e| e.into_error("app.bsky.video.getUploadLimits"))?;
        if !limits.can_upload {
            return Err(Error::remote(format!(
                "the video service will not take a video from this account now: {}",
                limits
                    .message
                    .or(limits.error)
                    .unwrap_or_else(|| "no reason given".into())
            )));
        }
        progress.update(0.0, "uploading");
        // The service stores the blob on this account's PDS: the token is for it.
        #[derive(Deserialize)]
        struct Server {
            did: String,
        }
        let pds: Server = self
            .xrpc()
            .query("com.atproto.server.describeServer", &[], None)
            .await
            .map_err(|e| e.into_error("com.atproto.server.describeServer"))?;
        let pds_did = pds.did;
        let upload_token = self
            .service_auth(&pds_did, "com.atproto.repo.uploadBlob")
            .await?;
        let params = [("did", self.did()), ("name", name.to_string())];
        let uploaded: std::result::Result<JobStatusOutput, XrpcError> = video
            .upload(
                "app.bsky.video.uploadVideo",
                &params,
                bytes,
                mime,
                Some(&upload_token),
            )
            .await;
        let job_id = match uploaded {
            Ok(out) => out.job_status.job_id,
            // The service has this video already; its job tells where the blob is.
            Err(e) if e.is("already_exists") => e
                .body
                .as_ref()
                .and_then(|b| b["jobId"].as_str().or(b["jobStatus"]["jobId"].as_str()))
                .map(str::to_string)
                .ok_or_else(|| {
                    Error::remote("the video service says the video exists but names no job")
                })?,
            Err(e) => return Err(e.into_error("app.bsky.video.uploadVideo")),
        };
        progress.update(50.0, "processing");
        let start = Instant::now();
        let mut delay = Duration::from_millis(250);
        loop {
            let status: JobStatusOutput = video
                .query(
                    "app.bsky.video.getJobStatus",
                    &[("jobId", job_id.clone())],
                    None,
                )
                .await
                .map_err(|e| e.into_error("app.bsky.video.getJobStatus"))?;
            let job = status.job_status;
            match job.state.as_str() {
                "JOB_STATE_COMPLETED" => {
                    progress.update(100.0, "processed");
                    return job.blob.ok_or_else(|| {
                        Error::remote(format!("video job {job_id} completed without a blob"))
                    });
                }
                "JOB_STATE_FAILED" => {
                    return Err(Error::remote(format!(
                        "the video service could not process the video: {}",
                        job.message
                            .or(job.error)
                            .unwrap_or_else(|| "no reason given".into())
                    )));
                }
                state => {
                    let percent = 50.0 + f64::from(job.progress.unwrap_or(0).min(100)) / 2.0;
                    progress.update(percent, &format!("processing ({state})"));
                }
            }
            if start.elapsed() + delay > service.timeout {
                return Err(Error::remote(format!(
                    "the video was not processed within {} s (job {job_id})",
                    service.timeout.as_secs()
                ))
                .with_help("try again later; nothing was posted"));
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 3 / 2).min(Duration::from_secs(5));
        }
    }
}
