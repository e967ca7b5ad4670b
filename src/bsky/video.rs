//! Video through Bluesky's video service (`app.bsky.video.*`): check the
//! account's upload limits, upload with a service-auth token that lets the
//! service store the blob on the account's PDS (in one request, or for a
//! larger file in parts: `startUpload`, `uploadPart`, `finishUpload`), then
//! poll the processing job until it completes, fails or times out. An upload
//! in parts that fails or is cancelled is given up with `abortUpload`.

use std::time::{Duration, Instant};

use atrium_api::app::bsky::video::{
    abort_upload, finish_upload, get_job_status, get_upload_status, start_upload, upload_part,
    upload_video,
};
use atrium_api::com::atproto::server::{describe_server, get_service_auth};
use atrium_api::types::BlobRef;
use atrium_api::types::string::Nsid;
use secrecy::SecretString;

use super::accounts::{PdsConnection, send_raw};
use super::video_file::VideoFile;
use super::xrpc::{Auth, Client, Transport, XrpcError};
use crate::error::{Error, Result};

/// Largest part this client holds in memory, whatever part size the service asks for.
const MAX_PART_BYTES: i64 = 64 * 1024 * 1024;
/// How long a service-auth token lives, and how much of that a call needs left.
const TOKEN_LIFETIME: Duration = Duration::from_secs(30 * 60);
const TOKEN_MARGIN: Duration = Duration::from_secs(5 * 60);
/// Times a finish is tried again after resending the parts the service lacks.
const FINISH_ATTEMPTS: u32 = 3;

/// Where the video service is and who it is.
#[derive(Debug, Clone)]
pub struct VideoService {
    pub url: String,
    /// Its DID, the audience of its service-auth tokens (did:web:video.bsky.app).
    pub did: String,
    /// How long processing may take before giving up.
    pub timeout: Duration,
    /// Largest video sent in one request; larger ones go in parts.
    pub single_upload_max: u64,
}

/// Progress of an upload, for bars and MCP notifications.
pub trait VideoProgress: Sync {
    fn update(&self, percent: f64, message: &str);
}

impl PdsConnection {
    /// A token that lets `aud` call `lxm` on this account's behalf.
    async fn service_auth(&self, aud: &str, lxm: &str) -> Result<SecretString> {
        let exp = (chrono::Utc::now()
            + chrono::Duration::from_std(TOKEN_LIFETIME).unwrap_or_default())
        .timestamp();
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
        video: &VideoFile,
        progress: &dyn VideoProgress,
    ) -> Result<BlobRef> {
        let mut upload = Upload::new(self, service).await?;
        upload.check_limits(video.size).await?;
        progress.update(0.0, "uploading");
        let job_id = if video.size <= service.single_upload_max {
            upload.whole(video).await?
        } else {
            upload.in_parts(video, progress).await?
        };
        progress.update(50.0, "processing");
        upload.processed(&job_id, progress).await
    }
}

/// One upload to the video service on behalf of one account.
struct Upload<'a> {
    pds: &'a PdsConnection,
    service: &'a VideoService,
    /// Without the PDS's rate limit: the video service has its own.
    transport: Transport,
    /// The PDS's DID: the service stores the blob there with this account's token.
    pds_did: String,
    token: Option<(SecretString, Instant)>,
}

impl<'a> Upload<'a> {
    async fn new(pds: &'a PdsConnection, service: &'a VideoService) -> Result<Upload<'a>> {
        let described = pds
            .call(describe_server::NSID, |api| {
                api.com.atproto.server.describe_server()
            })
            .await?;
        Ok(Upload {
            pds,
            service,
            transport: Transport::new(pds.client().transport().reqwest()),
            pds_did: described.data.did.to_string(),
            token: None,
        })
    }

    fn client(&self, auth: Auth) -> Result<Client> {
        Client::new(self.transport.clone(), &self.service.url, auth)
    }

    /// A client with an upload token that has a while left (fetched again when not).
    async fn uploader(&mut self) -> Result<Client> {
        let fresh = self
            .token
            .as_ref()
            .is_some_and(|(_, got)| got.elapsed() + TOKEN_MARGIN < TOKEN_LIFETIME);
        if !fresh {
            let token = self
                .pds
                .service_auth(&self.pds_did, "com.atproto.repo.uploadBlob")
                .await?;
            self.token = Some((token, Instant::now()));
        }
        let token = self
            .token
            .as_ref()
            .map(|(t, _)| t.clone())
            .unwrap_or_default();
        self.client(Auth::Bearer(token))
    }

    /// Refuses before uploading when the account may not upload `size` bytes now.
    async fn check_limits(&self, size: u64) -> Result<()> {
        let token = self
            .pds
            .service_auth(&self.service.did, "app.bsky.video.getUploadLimits")
            .await?;
        let limits = self
            .client(Auth::Bearer(token))?
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
        if let Some(left) = limits.remaining_daily_bytes
            && u64::try_from(left).is_ok_and(|left| left < size)
        {
            return Err(Error::input(format!(
                "the video is {size} bytes; the video service takes {left} more bytes from this account today"
            ))
            .with_help("try again tomorrow, or post a smaller video"));
        }
        Ok(())
    }

    /// Sends the whole file in one request; returns the processing job.
    async fn whole(&mut self, video: &VideoFile) -> Result<String> {
        let bytes = video.read_all()?;
        // Raw: atrium's generated uploadVideo sends neither `did` nor `name`
        // and calls every video `video/mp4`; and the service's
        // `already_exists` answer carries the job in its body.
        let request = atrium_xrpc::XrpcRequest {
            method: atrium_xrpc::http::Method::POST,
            nsid: upload_video::NSID.into(),
            parameters: Some([("did", self.pds.did()), ("name", video.name.clone())]),
            input: Some(atrium_xrpc::InputDataOrBytes::<()>::Bytes(bytes)),
            encoding: Some(video.mime.to_string()),
        };
        let uploaded: std::result::Result<upload_video::Output, XrpcError> =
            send_raw(&self.uploader().await?, &request).await;
        match uploaded {
            Ok(out) => Ok(out.data.job_status.data.job_id),
            // The service has this video already; its job tells where the blob is.
            Err(e) if e.is("already_exists") => e
                .body
                .as_ref()
                .and_then(|b| b["jobId"].as_str().or(b["jobStatus"]["jobId"].as_str()))
                .map(str::to_string)
                .ok_or_else(|| {
                    Error::remote("the video service says the video exists but names no job")
                }),
            Err(e) => Err(e.into_error(upload_video::NSID)),
        }
    }

    /// Sends the file part by part, one part in memory at a time; returns the
    /// processing job. Until the service has the whole file, leaving (an
    /// error, or the call cancelled) aborts the upload.
    async fn in_parts(
        &mut self,
        video: &VideoFile,
        progress: &dyn VideoProgress,
    ) -> Result<String> {
        let size = std::num::NonZeroU64::new(video.size)
            .ok_or_else(|| Error::input("the video file is empty"))?;
        let input: start_upload::Input = start_upload::InputData {
            duration_ms: None,
            width: video.aspect_ratio.map(|(w, _)| w.into()),
            height: video.aspect_ratio.map(|(_, h)| h.into()),
            mime_type: video.mime.to_string(),
            name: Some(video.name.clone()),
            size_bytes: size,
        }
        .into();
        let started = self
            .uploader()
            .await?
            .api()
            .service
            .app
            .bsky
            .video
            .start_upload(input)
            .await
            .map_err(|e| XrpcError::from(e).into_error(start_upload::NSID))?
            .data;
        let mut guard = AbortOnDrop {
            client: Some(self.uploader().await?),
            job_id: started.job_id.clone(),
        };
        let parts = plan_parts(video.size, started.part_size_bytes, started.part_count)?;
        tracing::info!(job = %started.job_id, parts = parts.len(), "uploading a video in parts");
        let mut sent = 0;
        for (number, &(offset, len)) in (1..).zip(&parts) {
            self.send_part(video, &started.job_id, number, offset, len)
                .await?;
            sent += len as u64;
            let percent = 50.0 * sent as f64 / video.size as f64;
            progress.update(
                percent,
                &format!("uploading part {number} of {}", parts.len()),
            );
        }
        let job_id = self.finish(video, &started.job_id, &parts).await?;
        guard.client = None;
        Ok(job_id)
    }

    async fn send_part(
        &mut self,
        video: &VideoFile,
        job_id: &str,
        number: u64,
        offset: u64,
        len: usize,
    ) -> Result<()> {
        let bytes = video.read(offset, len)?;
        let request = atrium_xrpc::XrpcRequest {
            method: atrium_xrpc::http::Method::POST,
            nsid: upload_part::NSID.into(),
            parameters: Some([
                ("jobId", job_id.to_string()),
                ("partNumber", number.to_string()),
            ]),
            input: Some(atrium_xrpc::InputDataOrBytes::<()>::Bytes(bytes)),
            encoding: Some("application/octet-stream".into()),
        };
        let _: upload_part::Output =
            send_raw(&self.uploader().await?, &request)
                .await
                .map_err(|e| {
                    e.into_error(upload_part::NSID)
                        .context(format!("part {number}"))
                })?;
        Ok(())
    }

    /// Asks the service to put the parts together; resends any it lacks.
    async fn finish(
        &mut self,
        video: &VideoFile,
        job_id: &str,
        parts: &[(u64, usize)],
    ) -> Result<String> {
        let start = Instant::now();
        let mut attempts = 0;
        loop {
            let input: finish_upload::Input = finish_upload::InputData {
                job_id: job_id.to_string(),
            }
            .into();
            let uploader = self.uploader().await?.api();
            let finished = uploader.service.app.bsky.video.finish_upload(input).await;
            let error = match finished {
                Ok(done) => return Ok(done.data.completed_job_id),
                Err(e) => XrpcError::from(e).into_error(finish_upload::NSID),
            };
            let params: get_upload_status::Parameters = get_upload_status::ParametersData {
                job_id: job_id.to_string(),
            }
            .into();
            let status = uploader
                .service
                .app
                .bsky
                .video
                .get_upload_status(params)
                .await
                .map_err(|e| XrpcError::from(e).into_error(get_upload_status::NSID))?
                .data;
            match status.state.as_str() {
                "completed" => {
                    return status
                        .completed_job_id
                        .or(status.job_status.map(|j| j.data.job_id))
                        .ok_or_else(|| {
                            Error::remote("the video service finished the upload but names no job")
                        });
                }
                "created" if attempts < FINISH_ATTEMPTS => {
                    attempts += 1;
                    for (number, &(offset, len)) in (1..).zip(parts) {
                        let received = status.received_parts.iter().any(|p| p.get() == number);
                        if !received {
                            tracing::warn!(
                                part = number,
                                "the video service lacks a part: resending it"
                            );
                            self.send_part(video, job_id, number, offset, len).await?;
                        }
                    }
                }
                "finishing" if start.elapsed() < self.service.timeout => {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                "created" | "finishing" => return Err(error),
                state => {
                    return Err(Error::remote(format!(
                        "the video service gave up the upload ({state}): {}",
                        status
                            .failure_reason
                            .unwrap_or_else(|| error.message.clone())
                    )));
                }
            }
        }
    }

    /// Waits until the job has processed the video; returns its blob.
    async fn processed(&self, job_id: &str, progress: &dyn VideoProgress) -> Result<BlobRef> {
        let status_api = self.client(Auth::None)?.api();
        let params: get_job_status::Parameters = get_job_status::ParametersData {
            job_id: job_id.to_string(),
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
            if start.elapsed() + delay > self.service.timeout {
                return Err(Error::remote(format!(
                    "the video was not processed within {} s (job {job_id})",
                    self.service.timeout.as_secs()
                ))
                .with_help("try again later; nothing was posted"));
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 3 / 2).min(Duration::from_secs(5));
        }
    }
}

/// The `(offset, length)` of each part the service planned, checked to cover
/// the file exactly and to fit in memory.
fn plan_parts(size: u64, part_size: i64, part_count: i64) -> Result<Vec<(u64, usize)>> {
    let planned = u64::try_from(part_size)
        .ok()
        .filter(|&p| p > 0 && part_size <= MAX_PART_BYTES)
        .filter(|&p| u64::try_from(part_count).is_ok_and(|n| n == size.div_ceil(p)));
    let Some(part_size) = planned else {
        return Err(Error::remote(format!(
            "the video service planned {part_count} parts of {part_size} bytes for a file of {size} bytes; this client takes parts of at most {MAX_PART_BYTES} bytes that add up to the file"
        )));
    };
    Ok((0..size.div_ceil(part_size))
        .map(|i| {
            let offset = i * part_size;
            (offset, (size - offset).min(part_size) as usize)
        })
        .collect())
}

/// Gives up an upload in parts when dropped armed (the upload failed, or the
/// call was cancelled): the service frees the account's slot at once.
struct AbortOnDrop {
    /// `None` once the service has the whole file.
    client: Option<Client>,
    job_id: String,
}

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        let (Some(client), Ok(runtime)) =
            (self.client.take(), tokio::runtime::Handle::try_current())
        else {
            return;
        };
        let job_id = std::mem::take(&mut self.job_id);
        super::cleanups().spawn_on(
            async move {
                let input: abort_upload::Input = abort_upload::InputData {
                    job_id: job_id.clone(),
                }
                .into();
                match client.api().service.app.bsky.video.abort_upload(input).await {
                    Ok(out) => tracing::info!(job = %job_id, state = %out.data.state, "video upload aborted"),
                    Err(e) => tracing::warn!(
                        job = %job_id,
                        "could not abort the video upload: {}",
                        XrpcError::from(e).message
                    ),
                }
            },
            &runtime,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_cover_the_file_exactly() {
        assert_eq!(plan_parts(12, 5, 3).unwrap(), vec![(0, 5), (5, 5), (10, 2)]);
        assert_eq!(plan_parts(10, 5, 2).unwrap(), vec![(0, 5), (5, 5)]);
        assert!(plan_parts(12, 5, 2).is_err(), "too few parts");
        assert!(plan_parts(12, 0, 0).is_err());
        assert!(plan_parts(12, -5, 3).is_err());
        let err = plan_parts(1 << 30, 1 << 29, 2).unwrap_err();
        assert!(err.message.contains("at most 67108864 bytes"), "{err}");
    }
}
