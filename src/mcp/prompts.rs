//! MCP prompts: ready-made requests a person can pick in their client, filled
//! with what the read tools return.

use rmcp::model::{
    ContentBlock, ErrorData, GetPromptResult, JsonObject, Prompt, PromptArgument, PromptMessage,
    ResourceContents, Role,
};
use serde_json::{Map, Value};

use super::resources::{json_text, notifications};
use crate::core::fields::AccountField;
use crate::core::notifications::GetNotifications;
use crate::core::post::reply::Reply;
use crate::core::post::thread::PostThread;
use crate::core::thread::{GetReplies, RepliesInput};
use crate::core::{Ctx, Tool};

struct Spec {
    name: &'static str,
    title: &'static str,
    description: &'static str,
    /// `(name, description, required)`.
    arguments: &'static [(&'static str, &'static str, bool)],
    /// The tools it reads from or tells the agent to call: it is offered
    /// only with all of them.
    needs: &'static [&'static str],
}

const ACCOUNT: (&str, &str, bool) = (
    "account",
    "Which configured account (alias or handle); default: the default account",
    false,
);

const PROMPTS: [Spec; 3] = [
    Spec {
        name: "summarize_notifications",
        title: "Summarize my notifications",
        description: "Summarize the account's recent notifications and point out what needs an answer.",
        arguments: &[ACCOUNT],
        needs: &[GetNotifications::SPEC.name],
    },
    Spec {
        name: "draft_thread",
        title: "Draft a thread",
        description: "Write a Bluesky thread about a topic, checked with a dry run before anything is posted.",
        arguments: &[("topic", "What the thread is about", true), ACCOUNT],
        needs: &[PostThread::SPEC.name],
    },
    Spec {
        name: "reply_to_post",
        title: "Reply to a post",
        description: "Read a post in its thread and draft a reply to it, checked with a dry run.",
        arguments: &[
            ("uri", "The post: its at:// URI or bsky.app URL", true),
            ACCOUNT,
        ],
        needs: &[GetReplies::SPEC.name, Reply::SPEC.name],
    },
];

/// The prompts whose tools `offered` accepts.
pub fn list(offered: impl Fn(&str) -> bool) -> Vec<Prompt> {
    PROMPTS
        .iter()
        .filter(|p| p.needs.iter().all(|t| offered(t)))
        .map(|p| {
            let arguments = p
                .arguments
                .iter()
                .map(|(name, description, required)| {
                    PromptArgument::new(*name)
                        .with_description(*description)
                        .with_required(*required)
                })
                .collect();
            Prompt::new(p.name, Some(p.description), Some(arguments)).with_title(p.title)
        })
        .collect()
}

pub async fn get(
    ctx: &Ctx,
    name: &str,
    arguments: Option<JsonObject>,
    offered: impl Fn(&str) -> bool,
) -> Result<GetPromptResult, ErrorData> {
    let Some(spec) = PROMPTS
        .iter()
        .find(|p| p.name == name && p.needs.iter().all(|t| offered(t)))
    else {
        let known: Vec<String> = list(offered).into_iter().map(|p| p.name).collect();
        return Err(ErrorData::invalid_params(
            format!("no prompt `{name}`; the prompts are {}", known.join(", ")),
            None,
        ));
    };
    let args = arguments_of(spec, arguments.unwrap_or_default())?;
    let arg = |key: &str| {
        args.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let account = args
        .get("account")
        .and_then(Value::as_str)
        .map(str::to_string);
    let messages = match spec.name {
        "summarize_notifications" => {
            let notifications = json_text(notifications(ctx, account, 50).await)?;
            vec![
                user(
                    "Summarize my recent Bluesky notifications below: who replied to, mentioned or \
                      quoted me and what they said, then new followers, then likes and reposts in \
                      aggregate. List first what deserves an answer. Offer to draft replies; \
                      check each with bluesky_reply and dry_run=true before posting.",
                ),
                embedded("bluesky://notifications", notifications),
            ]
        }
        "draft_thread" => vec![user(&format!(
            "Draft a Bluesky thread about: {topic}\n\nEach post must fit in 300 graphemes and \
             read well on its own; the first one must make people want to read on. Show me the \
             draft, then call bluesky_post_thread with dry_run=true{account_hint} to see exactly \
             how it splits, and publish (dry_run=false) only after I say yes.",
            topic = arg("topic"),
            account_hint = account_hint(&args),
        ))],
        "reply_to_post" => {
            let uri = arg("uri");
            let input = RepliesInput {
                uri: uri.clone(),
                depth: 2,
                parent_height: 5,
                account: AccountField { account },
            };
            let thread = json_text(GetReplies::run(ctx, input).await)?;
            vec![
                user(&format!(
                    "Here is the post {uri} in its thread. Draft a reply to it that fits in 300 \
                     graphemes, adds something and matches the conversation's tone. Check it with \
                     bluesky_reply and dry_run=true{hint}, show me the result, and post it only \
                     after I say yes.",
                    hint = account_hint(&args),
                )),
                embedded(&uri, thread),
            ]
        }
        other => {
            return Err(ErrorData::internal_error(
                format!("prompt `{other}` has no messages"),
                None,
            ));
        }
    };
    Ok(GetPromptResult::new(messages).with_description(spec.description))
}

/// The prompt's arguments as strings; unknown names and missing required ones
/// are errors that say what the prompt takes.
fn arguments_of(spec: &Spec, given: JsonObject) -> Result<Map<String, Value>, ErrorData> {
    let takes = || {
        let names: Vec<&str> = spec.arguments.iter().map(|(n, ..)| *n).collect();
        format!("`{}` takes {}", spec.name, names.join(", "))
    };
    let mut args = Map::new();
    for (key, value) in given {
        if !spec.arguments.iter().any(|(n, ..)| *n == key) {
            return Err(ErrorData::invalid_params(
                format!("prompt argument `{key}` is unknown: {}", takes()),
                None,
            ));
        }
        let text = match value {
            Value::String(s) => s,
            other => other.to_string(),
        };
        if !text.trim().is_empty() {
            args.insert(key, Value::String(text));
        }
    }
    for (name, description, required) in spec.arguments {
        if *required && !args.contains_key(*name) {
            return Err(ErrorData::invalid_params(
                format!("prompt `{}` needs `{name}`: {description}", spec.name),
                None,
            ));
        }
    }
    Ok(args)
}

fn account_hint(args: &Map<String, Value>) -> String {
    match args.get("account").and_then(Value::as_str) {
        Some(account) => format!(" and account=\"{account}\""),
        None => String::new(),
    }
}

fn user(text: &str) -> PromptMessage {
    PromptMessage::new_text(Role::User, text)
}

fn embedded(uri: &str, text: String) -> PromptMessage {
    PromptMessage::new(
        Role::User,
        ContentBlock::resource(
            ResourceContents::text(text, uri).with_mime_type("application/json"),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Map<String, Value> {
        let mut map = value.as_object().cloned().unwrap_or_default();
        map.retain(|_, v| !v.is_null());
        map
    }

    fn spec(name: &str) -> &'static Spec {
        PROMPTS.iter().find(|p| p.name == name).unwrap()
    }

    #[test]
    fn arguments_are_checked_by_name() {
        let err = arguments_of(spec("draft_thread"), JsonObject::new()).unwrap_err();
        assert!(err.message.contains("needs `topic`"), "{}", err.message);
        let given = object(json!({"topic": "x", "tone": "dry"}));
        let err = arguments_of(spec("draft_thread"), given).unwrap_err();
        assert!(
            err.message.contains("`tone` is unknown") && err.message.contains("topic, account"),
            "{}",
            err.message
        );
        let args = arguments_of(
            spec("reply_to_post"),
            object(json!({"uri": "at://x", "account": ""})),
        )
        .unwrap();
        assert_eq!(args.len(), 1, "an empty account means the default one");
    }

    #[test]
    fn prompts_without_their_tool_are_not_offered() {
        let names: Vec<String> = list(|tool| tool != "bluesky_get_replies")
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["summarize_notifications", "draft_thread"]);
        let read_only: Vec<String> = list(|tool| tool.starts_with("bluesky_get_"))
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(read_only, ["summarize_notifications"]);
    }
}
