//! `mcp-bluesky test`: a self-test that runs what a first session would (config
//! check, status, reading the profile, a dry-run post) and says what to fix.

use serde::Serialize;

use super::config::check;
use super::fields::{AccountField, DryRunField, LangsField};
use super::post::gate::GateField;
use super::post::text::{PostText, PostTextInput};
use super::profile::{GetProfile, ProfileInput};
use super::status::{Status, StatusInput};
use super::{Ctx, Render, Style, Tool};
use crate::error::Result;

/// Which account the self-test tests.
#[derive(Debug)]
pub struct SelfTestInput {
    /// Test this account (alias or handle). Default: the default account.
    pub account: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SelfTestOutput {
    pub ok: bool,
    pub checks: Vec<Check>,
}

#[derive(Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    /// What was found.
    pub detail: String,
    /// What to do about a failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Check {
    fn passed(name: &'static str, detail: String) -> Check {
        Check {
            name,
            ok: true,
            detail,
            fix: None,
        }
    }

    fn failed(name: &'static str, detail: String, fix: Option<String>) -> Check {
        Check {
            name,
            ok: false,
            detail,
            fix,
        }
    }
}

pub struct SelfTest;

impl SelfTest {
    pub async fn run(ctx: &Ctx, input: SelfTestInput) -> Result<SelfTestOutput> {
        let account = input.account;
        let mut checks = Vec::new();

        let config = check(ctx.config());
        checks.push(if config.ok {
            Check::passed(
                "config",
                config
                    .file
                    .unwrap_or_else(|| "no file: defaults and environment".into()),
            )
        } else {
            Check::failed("config", config.problems.join("; "), None)
        });

        let status = Status::run(
            ctx,
            StatusInput {
                account: account.clone(),
            },
        )
        .await?;
        checks.push(if status.ok {
            let described: Vec<String> = status
                .accounts
                .iter()
                .map(|a| format!("@{} session {} on {}", a.handle, a.session, a.pds_url))
                .collect();
            Check::passed("account", described.join("; "))
        } else {
            Check::failed("account", status.problems.join("; "), None)
        });

        let profile = GetProfile::run(
            ctx,
            ProfileInput {
                handle: None,
                account: AccountField {
                    account: account.clone(),
                },
            },
        )
        .await;
        checks.push(match profile {
            Ok(p) => Check::passed("read", format!("read the profile of @{}", p.handle)),
            Err(e) => Check::failed("read", e.message, e.help),
        });

        let post = PostText::run(
            ctx,
            PostTextInput {
                text: "Testing mcp-bluesky #selftest".into(),
                link: None,
                langs: LangsField::default(),
                account: AccountField { account },
                dry_run: DryRunField { dry_run: true },
                gate: GateField::default(),
            },
        )
        .await;
        checks.push(match post {
            Ok(p) => Check::passed(
                "dry-run post",
                format!(
                    "built a {}-grapheme post with its facets; nothing was posted",
                    p.graphemes
                ),
            ),
            Err(e) => Check::failed("dry-run post", e.message, e.help),
        });

        Ok(SelfTestOutput {
            ok: checks.iter().all(|c| c.ok),
            checks,
        })
    }
}

impl Render for SelfTestOutput {
    fn render(&self, style: &Style) -> String {
        let mut out = String::new();
        for check in &self.checks {
            let mark = if check.ok {
                style.good("ok  ")
            } else {
                style.bad("FAIL")
            };
            out.push_str(&format!("{mark} {:<13} {}\n", check.name, check.detail));
            if let Some(fix) = &check.fix {
                out.push_str(&format!(
                    "     {:<13} {}\n",
                    "",
                    style.dim(&format!("fix: {fix}"))
                ));
            }
        }
        out.push_str(&if self.ok {
            style.good("everything works\n")
        } else {
            style.bad("some checks failed; fix them and run `mcp-bluesky test` again\n")
        });
        out
    }

    fn success(&self) -> bool {
        self.ok
    }
}
