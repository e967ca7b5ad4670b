//! The core's tools as MCP tools: their definitions and calls.

use std::sync::Arc;

use rmcp::model::{CallToolResult, ContentBlock, JsonObject, Tool as McpTool, ToolAnnotations};
use serde_json::Value;

use crate::core::{AnyTool, Ctx};

/// How MCP lists `tool`.
pub fn definition(tool: &dyn AnyTool) -> McpTool {
    let spec = tool.spec();
    let hints = spec.hints;
    let annotations = ToolAnnotations::with_title(spec.title)
        .read_only(hints.read_only)
        .destructive(hints.destructive)
        .idempotent(hints.idempotent)
        .open_world(hints.open_world);
    let mut input = portable(tool.input_schema());
    // Shared fields are flattened in, which serde cannot combine with
    // `deny_unknown_fields`: `call` refuses other arguments itself.
    Arc::make_mut(&mut input).insert("additionalProperties".into(), Value::Bool(false));
    McpTool::new(spec.name, spec.description, input)
        .with_title(spec.title)
        .with_raw_output_schema(portable(tool.output_schema()))
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
            if map.get("default") == Some(&Value::Null) {
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

/// Tool failures are results with `isError: true` that say what to fix, never
/// protocol errors.
pub async fn call(ctx: &Ctx, tool: &dyn AnyTool, arguments: JsonObject) -> CallToolResult {
    let name = tool.spec().name;
    if let Some(error) = unknown_argument(tool, &arguments) {
        return CallToolResult::error(vec![ContentBlock::text(error)]);
    }
    match tool.call(ctx, Value::Object(arguments)).await {
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

/// An argument the tool's schema does not name, as an error that lists the
/// ones it does (serde cannot refuse them itself through flattened fields).
fn unknown_argument(tool: &dyn AnyTool, arguments: &JsonObject) -> Option<String> {
    let schema = tool.input_schema();
    let known = schema.get("properties").and_then(Value::as_object);
    let unknown = arguments
        .keys()
        .find(|key| known.is_none_or(|known| !known.contains_key(*key)))?;
    let expected: Vec<String> = known
        .into_iter()
        .flat_map(|known| known.keys())
        .map(|key| format!("`{key}`"))
        .collect();
    Some(format!(
        "invalid arguments for {}: unknown field `{unknown}`, expected one of {}",
        tool.spec().name,
        expected.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn definitions() -> Vec<McpTool> {
        crate::core::TOOLS.iter().map(|t| definition(*t)).collect()
    }

    #[test]
    fn schemas_are_strict_objects_without_numeric_formats() {
        for tool in definitions() {
            let input = serde_json::to_string(&tool.input_schema).unwrap();
            assert_eq!(tool.input_schema["type"], "object", "{}", tool.name);
            assert_eq!(
                tool.input_schema["additionalProperties"], false,
                "{}",
                tool.name
            );
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
