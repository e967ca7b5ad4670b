//! The layers hold: front ends (`cli`, `mcp`) use the core, the core uses the
//! AT Protocol layer (`bsky`), and nothing points the other way. Read from the
//! source, so that no build configuration can hide a crossing.

use std::collections::BTreeSet;
use std::path::Path;

/// Which top-level modules each layer may not name.
const FORBIDDEN: &[(&str, &[&str])] = &[
    ("core", &["cli", "mcp"]),
    ("bsky", &["core", "cli", "mcp"]),
    ("cli", &["mcp", "bsky"]),
    ("mcp", &["cli", "bsky"]),
    ("db", &["core", "cli", "mcp", "bsky"]),
];

/// The top-level modules that `source`, a file of module `module` (such as
/// `["core", "post", "image"]`), names through `crate::` or `super::` paths.
fn named_modules(module: &[&str], source: &str) -> BTreeSet<String> {
    let path = regex::Regex::new(r"\b((?:crate|super)(?:::super)*)::(\{[^}]*\}|\w+)").unwrap();
    let mut named = BTreeSet::new();
    for found in path.captures_iter(source) {
        let start = &found[1];
        let supers = start.matches("super").count();
        let base: Vec<&str> = if start.starts_with("crate") {
            Vec::new()
        } else {
            // `super` from `a/b/c.rs` (module a::b::c) is a::b.
            module[..module.len().saturating_sub(supers)].to_vec()
        };
        let rest = &found[2];
        let firsts: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group
                .trim_end_matches('}')
                .split(',')
                .map(|item| item.trim().split("::").next().unwrap_or("").trim())
                .filter(|item| !item.is_empty())
                .collect(),
            None => vec![rest],
        };
        for first in firsts {
            let top = base.first().copied().unwrap_or(first);
            named.insert(top.to_string());
        }
    }
    named
}

/// `pub use` or `pub type` lines of the core that hand out `bsky` items,
/// through which a front end would reach the AT Protocol layer.
fn reexports_of_bsky(source: &str) -> Vec<String> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("pub use") || line.starts_with("pub type"))
        .filter(|line| line.contains("bsky"))
        .map(str::to_string)
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/core/post/image.rs` → core::post::image; `mod.rs` is its directory.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

#[test]
fn layers_point_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut crossings = Vec::new();
    for (layer, forbidden) in FORBIDDEN {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer} has no files");
        for file in files {
            let relative = file.strip_prefix(&src).unwrap();
            let module = module_of(relative);
            let module: Vec<&str> = module.iter().map(String::as_str).collect();
            let source = std::fs::read_to_string(&file).unwrap();
            for named in named_modules(&module, &source) {
                if forbidden.contains(&named.as_str()) {
                    crossings.push(format!("src/{} uses {named}", relative.display()));
                }
            }
            if *layer == "core" {
                for line in reexports_of_bsky(&source) {
                    crossings.push(format!(
                        "src/{} re-exports the bsky layer: {line}",
                        relative.display()
                    ));
                }
            }
        }
    }
    assert!(crossings.is_empty(), "{}", crossings.join("\n"));
}

#[test]
fn the_checker_sees_every_way_of_naming_a_module() {
    let core_file = ["core", "post", "image"];
    let named = |source: &str| named_modules(&core_file, source);
    assert!(named("use crate::mcp::tools;").contains("mcp"));
    assert!(named("let x = crate::cli::Output::new();").contains("cli"));
    assert!(named("use crate::{bsky::PdsConnection, mcp};").contains("mcp"));
    assert!(named("use crate::{error::Result, cli::args};").contains("cli"));
    // From core/post/image.rs, super is core::post and super::super::super the crate.
    assert!(named("use super::super::super::mcp::Server;").contains("mcp"));
    assert_eq!(
        named("use super::super::fields::AccountField;"),
        BTreeSet::from(["core".to_string()])
    );
    assert_eq!(
        named("use super::Draft; use crate::core::Ctx;"),
        BTreeSet::from(["core".to_string()])
    );
    assert_eq!(
        reexports_of_bsky("pub use crate::bsky::limits::Budget;\nuse crate::bsky::PdsConnection;"),
        ["pub use crate::bsky::limits::Budget;"]
    );
}
