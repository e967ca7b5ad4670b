//! The MCP tool list and dispatch, generated from the core's registry.

use std::sync::Arc;

use rmcp::model::{CallToolResult, ContentBlock, JsonObject, Tool as McpTool, ToolAnnotations};
use serde_json::Value;

use crate::core::schemars::{JsonSchema, generate::SchemaSettings};
use crate::core::{self, Ctx, Render, Style, Tool};

macro_rules! mcp_tools {
    (
        tools { $($_tv:ident => $tt:ty,)* }
        tools_in_commands { $($xt:ty,)* }
        commands { $($_cv:ident => $_ct:ty,)* }
    ) => {
        /// Every tool's definition, in registry order.
        pub fn definitions() -> Vec<McpTool> {
            vec![$( definition::<$xt>(), )* $( definition::<$tt>(), )*]
        }

        /// Runs the named tool; `None` when no tool has that name.
        pub async fn call(ctx: &Ctx, name: &str, arguments: JsonObject) -> Option<CallToolResult> {
            $( if name == <$xt as Tool>::NAME {
                return Some(call_tool::<$xt>(ctx, arguments).await);
            } )*
            $( if name == <$tt as Tool>::NAME {
                return Some(call_tool::<$tt>(ctx, arguments).await);
            } )*
            None
        }
    };
}
core::registry!(mcp_tools);

fn definition<T: Tool>() -> McpTool {
    let hints = T::HINTS;
    let annotations = ToolAnnotations::with_title(T::TITLE)
        .read_only(hints.read_only)
        .destructive(hints.destructive)
        .idempotent(hints.idempotent)
        .open_world(hints.open_world);
    McpTool::new(
        T::NAME,
        T::DESCRIPTION,
        schema::<T::Input>(SchemaSettings::draft2020_12()),
    )
    .with_title(T::TITLE)
    .with_raw_output_schema(schema::<T::Output>(
        SchemaSettings::draft2020_12().for_serialize(),
    ))
    .with_annotations(annotations)
}

/// A tool's JSON schema in the portable subset that strict clients accept:
/// root `type: object` without a wrapper title or description, one `type` per
/// property, and no non-standard `format` values (`uint32`, …). Optional
/// values are simply absent, never `null` (outputs skip them), so `null`
/// leaves the schema.
fn schema<T: JsonSchema>(settings: SchemaSettings) -> Arc<JsonObject> {
    let schema = settings.into_generator().into_root_schema_for::<T>();
    let mut value = serde_json::to_value(schema).expect("schemas serialize");
    make_portable(&mut value);
    let Value::Object(mut object) = value else {
        unreachable!("a root schema is an object")
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
async fn call_tool<T: Tool>(ctx: &Ctx, arguments: JsonObject) -> CallToolResult {
    let input: T::Input = match serde_json::from_value(Value::Object(arguments)) {
        Ok(input) => input,
        Err(e) => {
            return CallToolResult::error(vec![ContentBlock::text(format!(
                "invalid arguments for {}: {e}",
                T::NAME
            ))]);
        }
    };
    match T::run(ctx, input).await {
        Ok(output) => {
            let mut text = output.render(&Style::for_agents());
            for warning in output.warnings() {
                text.push_str(&format!("warning: {warning}\n"));
            }
            let mut result = CallToolResult::success(vec![ContentBlock::text(text)]);
            result.structured_content =
                Some(serde_json::to_value(&output).expect("results serialize"));
            // A result that reports a failure part-way (a thread cut short) is an error too.
            result.is_error = Some(!output.success());
            result
        }
        Err(e) => {
            tracing::warn!(tool = T::NAME, "tool failed: {}", e.message);
            CallToolResult::error(vec![ContentBlock::text(e.to_string())])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
