//! The core's tools as MCP tools: their definitions and calls.

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, LazyLock};

use futures_util::FutureExt;
use rmcp::model::{CallToolResult, ContentBlock, JsonObject, Tool as McpTool, ToolAnnotations};
use serde_json::Value;

use crate::config::WriteMode;
use crate::core::{AnyTool, Ctx, draft};

/// A tool a server offers, with its MCP definition (made once: schemas are
/// not free to generate).
pub struct Offered {
    pub tool: &'static dyn AnyTool,
    pub definition: McpTool,
}

impl Offered {
    pub fn new(tool: &'static dyn AnyTool, mode: WriteMode) -> Offered {
        Offered {
            tool,
            definition: definition(tool, mode),
        }
    }

    /// Runs the tool. Failures are results with `isError: true` that say what
    /// to fix, never protocol errors; a bug that panics is one too, and the
    /// server goes on with its other calls.
    pub async fn call(&self, ctx: &Ctx, arguments: JsonObject) -> CallToolResult {
        let name = self.tool.spec().name;
        if let Some(error) = unknown_argument(name, &self.definition, &arguments) {
            return CallToolResult::error(vec![ContentBlock::text(error)]);
        }
        let call = AssertUnwindSafe(self.tool.call(ctx, Value::Object(arguments)));
        let Ok(outcome) = call.catch_unwind().await else {
            tracing::error!(tool = name, "tool panicked");
            return CallToolResult::error(vec![ContentBlock::text(format!(
                "error: {name} stopped on a bug in mcp-bluesky (it panicked; its log says where); \
                 nothing else is affected\nhelp: report it at the project's issue tracker"
            ))]);
        };
        match outcome {
            Ok(answer) => {
                let mut result = CallToolResult::success(vec![ContentBlock::text(answer.text)]);
                result.structured_content = Some(answer.data);
                // A result that reports a failure part-way (a thread cut short) is an error too.
                result.is_error = Some(!answer.success);
                result
            }
            Err(e) => {
                tracing::warn!(tool = name, "tool failed: {}", e.message);
                CallToolResult::error(vec![ContentBlock::text(e.to_string())])
            }
        }
    }
}

/// Every tool's input and output schema, in the order of the tool list, made
/// once: schemars takes a millisecond for them all, which `serve` spends on
/// another thread while it starts ([`prepare`]).
static SCHEMAS: LazyLock<Vec<(Arc<JsonObject>, Arc<JsonObject>)>> = LazyLock::new(|| {
    crate::core::TOOLS
        .iter()
        .map(|t| (portable(t.input_schema()), portable(t.output_schema())))
        .collect()
});

/// Makes the tools' schemas now, so that they are ready by the first `tools/list`.
pub fn prepare() {
    LazyLock::force(&SCHEMAS);
}

/// How MCP lists `tool` on a server in write `mode`.
fn definition(tool: &dyn AnyTool, mode: WriteMode) -> McpTool {
    let spec = tool.spec();
    let hints = spec.hints;
    let annotations = ToolAnnotations::with_title(spec.title)
        .read_only(hints.read_only)
        .destructive(hints.destructive)
        .idempotent(hints.idempotent)
        .open_world(hints.open_world);
    // Other arguments are refused by `call`, naming the known ones (serde
    // cannot combine `deny_unknown_fields` with the flattened shared fields).
    let (input, output) = crate::core::TOOLS
        .iter()
        .position(|t| t.spec().name == spec.name)
        .map(|i| SCHEMAS[i].clone())
        .unwrap_or_else(|| {
            (
                portable(tool.input_schema()),
                portable(tool.output_schema()),
            )
        });
    McpTool::new(spec.name, draft::mode::description(mode, &spec), input)
        .with_title(spec.title)
        .with_raw_output_schema(output)
        .with_annotations(annotations)
}

/// A tool's JSON schema in the portable subset that strict clients accept:
/// root `type: object` without a wrapper title or description, one `type` per
/// property, and no non-standard `format` values (`uint32`, …). Optional
/// values are simply absent, never `null` (outputs skip them), so `null`
/// leaves the schema.
fn portable(schema: schemars::Schema) -> Arc<JsonObject> {
    let mut value = schema.to_value();
    make_portable(&mut value);
    let Value::Object(mut object) = value else {
        return Arc::new(JsonObject::new());
    };
    object.remove("title");
    object.remove("description");
    object.remove("$schema");
    Arc::new(object)
}

fn make_portable(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let numeric = map.get("format").and_then(Value::as_str).is_some_and(|f| {
                f.starts_with("int") || f.starts_with("uint") || f == "float" || f == "double"
            });
            if numeric {
                map.remove("format");
            }
            // A default of nothing (null, false, empty) tells the model nothing.
            let empty = |v: &Value| match v {
                Value::Null | Value::Bool(false) => true,
                Value::Array(a) => a.is_empty(),
                Value::String(s) => s.is_empty(),
                _ => false,
            };
            if map.get("default").is_some_and(empty) {
                map.remove("default");
            }
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    map.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(branches)) = map.get_mut("anyOf") {
                branches.retain(|b| b.get("type").is_none_or(|t| t != "null"));
                if let [Value::Object(only)] = branches.as_slice() {
                    let only = only.clone();
                    map.remove("anyOf");
                    map.extend(only);
                }
            }
            map.values_mut().for_each(make_portable);
        }
        Value::Array(items) => items.iter_mut().for_each(make_portable),
        _ => {}
    }
}

/// An argument the tool's schema does not name, as an error that lists the
/// ones it does (serde cannot refuse them itself through flattened fields).
fn unknown_argument(name: &str, definition: &McpTool, arguments: &JsonObject) -> Option<String> {
    let known = definition
        .input_schema
        .get("properties")
        .and_then(Value::as_object);
    let unknown = arguments
        .keys()
        .find(|key| known.is_none_or(|known| !known.contains_key(*key)))?;
    let expected: Vec<String> = known
        .into_iter()
        .flat_map(|known| known.keys())
        .map(|key| format!("`{key}`"))
        .collect();
    Some(format!(
        "invalid arguments for {name}: unknown field `{unknown}`, expected one of {}",
        expected.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn definitions() -> Vec<McpTool> {
        crate::core::TOOLS
            .iter()
            .map(|t| definition(*t, WriteMode::Publish))
            .collect()
    }

    #[test]
    fn schemas_are_objects_without_numeric_formats() {
        for tool in definitions() {
            let input = serde_json::to_string(&tool.input_schema).unwrap();
            assert_eq!(tool.input_schema["type"], "object", "{}", tool.name);
            assert!(!input.contains("\"format\":\"uint"), "{input}");
            let output = tool.output_schema.expect("every tool has an output schema");
            assert_eq!(output["type"], "object", "{}", tool.name);
            assert!(tool.annotations.is_some());
        }
    }

    #[test]
    fn tools_list_snapshot() {
        let tools = definitions();
        let names: std::collections::HashSet<_> = tools.iter().map(|t| t.name.clone()).collect();
        assert_eq!(names.len(), tools.len(), "tool names are unique");
        insta::assert_json_snapshot!("tools_list", tools);
    }

    /// What clients show the model of a tool: its name, description and
    /// input schema (not the output schema), in bytes.
    fn model_visible(tool: &McpTool) -> usize {
        tool.name.len()
            + tool.description.as_deref().map_or(0, str::len)
            + serde_json::to_string(&tool.input_schema).unwrap().len()
    }

    #[test]
    fn tools_cost_the_model_at_most_600_bytes_each_and_the_default_set_15_kb() {
        let tools = definitions();
        let all: usize = tools.iter().map(model_visible).sum();
        let default_set = crate::core::select(&[], &[], false).unwrap();
        let default: usize = tools
            .iter()
            .filter(|t| default_set.iter().any(|d| d.spec().name == t.name))
            .map(model_visible)
            .sum();
        let average = all / tools.len();
        println!(
            "{} tools: {all} model-visible bytes, {average} per tool; default set ({} tools): {default}",
            tools.len(),
            default_set.len()
        );
        assert!(average <= 600, "{average} bytes per tool");
        assert!(default <= 15_000, "the default set costs {default} bytes");
    }

    #[test]
    fn unknown_arguments_are_named_with_the_known_ones() {
        let like = Offered::new(&crate::core::like::Like, WriteMode::Publish);
        let arguments = |v: serde_json::Value| v.as_object().unwrap().clone();
        let ok = arguments(serde_json::json!({"uri": "at://x", "account": "a", "dry_run": true}));
        assert_eq!(
            unknown_argument("bluesky_like", &like.definition, &ok),
            None
        );
        let typo = arguments(serde_json::json!({"uri": "at://x", "dryrun": true}));
        assert_eq!(
            unknown_argument("bluesky_like", &like.definition, &typo).unwrap(),
            "invalid arguments for bluesky_like: unknown field `dryrun`, expected one of `account`, `dry_run`, `uri`"
        );
    }

    #[tokio::test]
    async fn a_tool_that_panics_gives_an_error_result() {
        struct Buggy;
        impl AnyTool for Buggy {
            fn spec(&self) -> crate::core::Spec {
                crate::core::Spec {
                    name: "bluesky_buggy",
                    title: "Buggy",
                    description: "Panics.",
                    hints: crate::core::Hints::READ,
                    toolset: crate::core::Toolset::Read,
                }
            }
            fn input_schema(&self) -> schemars::Schema {
                schemars::json_schema!({"type": "object"})
            }
            fn output_schema(&self) -> schemars::Schema {
                schemars::json_schema!({"type": "object"})
            }
            fn call<'a>(
                &'a self,
                _: &'a Ctx,
                _: Value,
            ) -> std::pin::Pin<
                Box<dyn Future<Output = crate::error::Result<crate::core::Answer>> + Send + 'a>,
            > {
                Box::pin(async { panic!("a bug") })
            }
        }
        static BUGGY: Buggy = Buggy;
        let config = crate::config::Config::load(
            &crate::config::Flags::default(),
            &crate::config::ProcessEnv,
        )
        .unwrap();
        let ctx = Ctx::new(config, Vec::new());
        let result = Offered::new(&BUGGY, WriteMode::Publish)
            .call(&ctx, JsonObject::new())
            .await;
        assert_eq!(result.is_error, Some(true));
        let text = &result.content[0].as_text().unwrap().text;
        assert!(text.contains("bluesky_buggy stopped on a bug"), "{text}");
    }

    #[test]
    fn feed_limit_bounds_are_in_the_schema() {
        let feed = definitions()
            .into_iter()
            .find(|t| t.name == "bluesky_get_feed")
            .unwrap();
        let limit = &feed.input_schema["properties"]["limit"];
        assert_eq!(limit["minimum"], 1);
        assert_eq!(limit["maximum"], 100);
    }
}
