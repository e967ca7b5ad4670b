//! Video through Bluesky's video service (`app.bsky.video.*`): check the
//! account's upload limits, upload with a service-auth token that lets the
//! service store the blob on the account's PDS, then poll the processing job
//! until it completes, fails or times out.

use std::time::{Duration, Instant};

use atrium_api::app::bsky::video::{get_job_status, upload_video};
use atrium_api::com::atproto::server::{describe_server, get_service_auth};
use atrium_api::types::BlobRef;
use atrium_api::types::string::Nsid;
use secrecy::SecretString;

use super::accounts::{PdsConnection, send_raw};
use super::xrpc::{Auth, Client, Transport, XrpcError};
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

/// Progress of an upload, for bars and MCP notifications.
pub trait VideoProgress: Sync {
    fn update(&self, percent: f64, message: &str);
}

impl PdsConnection {
    /// A token that lets `aud` call `lxm` on this account's behalf.
    async fn service_auth(&self, aud: &str, lxm: &str) -> Result<SecretString> {
        let exp = (chrono::Utc::now() + chrono::Duration::minutes(30)).timestamp();
        let params: get_service_auth::Parameters = get_service_auth::ParametersData {
            aud: aud.to_string(),
            exp: Some(exp),
            lxm: Some(
                Nsid::new(lxm.to_string())
                    .map_err(|why| Error::input(format!("{lxm:?} is not an NSID ({why})")))?,
            ),
        }
        .into();
        let token = self
            .call(get_service_auth::NSID, |api| {
                api.com.atproto.server.get_service_auth(params.clone())
            })
            .await?;
        Ok(token.data.token.into())
    }

    /// Uploads a video and waits until it is processed; returns the blob to embed.
    pub async fn upload_video(
        &self,
        service: &VideoService,
        bytes: Vec<u8>,
        mime: &str,
        name: &str,
        progress: &dyn VideoProgress,
    ) -> Result<BlobRef> {
        // The video service has its own limits: the account's budget is the PDS's.
        let transport = Transport::new(self.client().transport().reqwest());
        let client =
            |token: SecretString| Client::new(transport.clone(), &service.url, Auth::Bearer(token));
        let limits_token = self
            .service_auth(&service.did, "app.bsky.video.getUploadLimits")
            .await?;
        let limits = client(limits_token)?
            .api()
            .service
            .app
            .bsky
            .video
            .get_upload_limits()
            .await
            .map_err(|e| XrpcError::from(e).into_error("app.bsky.video.getUploadLimits"))?
            .data;
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
        let pds = self
            .call(describe_server::NSID, |api| {
                api.com.atproto.server.describe_server()
            })
            .await?;
        let upload_token = self
            .service_auth(pds.data.did.as_str(), "com.atproto.repo.uploadBlob")
            .await?;
        // Raw: atrium's generated uploadVideo sends neither `did` nor `name`
        // and calls every video `video/mp4`; and the service's
        // `already_exists` answer carries the job in its body.
        let request = atrium_xrpc::XrpcRequest {
            method: atrium_xrpc::http::Method::POST,
            nsid: upload_video::NSID.into(),
            parameters: Some([("did", self.did()), ("name", name.to_string())]),
            input: Some(atrium_xrpc::InputDataOrBytes::<()>::Bytes(bytes)),
            encoding: Some(mime.to_string()),
        };
        let uploader = client(upload_token)?;
        let uploaded: std::result::Result<upload_video::Output, XrpcError> =
            send_raw(&uploader, &request).await;
        let job_id = match uploaded {
            Ok(out) => out.data.job_status.data.job_id,
            // The service has this video already; its job tells where the blob is.
            Err(e) if e.is("already_exists") => e
                .body
                .as_ref()
                .and_then(|b| b["jobId"].as_str().or(b["jobStatus"]["jobId"].as_str()))
                .map(str::to_string)
                .ok_or_else(|| {
                    Error::remote("the video service says the video exists but names no job")
                })?,
            Err(e) => return Err(e.into_error(upload_video::NSID)),
        };
        progress.update(50.0, "processing");
        let status_api = Client::new(transport.clone(), &service.url, Auth::None)?.api();
        let params: get_job_status::Parameters = get_job_status::ParametersData {
            job_id: job_id.clone(),
        }
        .into();
        let start = Instant::now();
        let mut delay = Duration::from_millis(250);
        loop {
            let job = status_api
                .service
                .app
                .bsky
                .video
                .get_job_status(params.clone())
                .await
                .map_err(|e| XrpcError::from(e).into_error(get_job_status::NSID))?
                .data
                .job_status
                .data;
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
                    let percent = 50.0 + f64::from(job.progress.map_or(0, u8::from)) / 2.0;
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
