//! Input fields that many tools share, declared once and flattened into each
//! tool's input (`#[serde(flatten)]`).

use schemars::JsonSchema;
use serde::Deserialize;

/// The account a call runs as.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct AccountField {
    // Described once, in the server's instructions: every tool has it.
    #[serde(default)]
    pub account: Option<String>,
}

impl AccountField {
    pub fn get(&self) -> Option<&str> {
        self.account.as_deref()
    }
}

/// Whether a write only shows what it would do.
#[derive(Debug, Clone, Copy, Default, Deserialize, JsonSchema)]
pub struct DryRunField {
    // Described once, in the server's instructions.
    #[serde(default)]
    pub dry_run: bool,
}

/// The languages of a new post's text.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct LangsField {
    // Described once, in the server's instructions.
    #[serde(default)]
    #[schemars(length(max = 3))]
    pub langs: Vec<String>,
}

fn default_limit<const DEFAULT: u32>() -> u32 {
    DEFAULT
}

/// One page of a list: `DEFAULT` items unless `limit` says otherwise.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
pub struct PageField<const DEFAULT: u32> {
    // Items per page: the schema gives the range and default.
    #[serde(default = "default_limit::<DEFAULT>")]
    #[schemars(range(min = 1, max = 100))]
    pub limit: u32,
    // Described once, in the server's instructions.
    #[serde(default)]
    pub cursor: Option<String>,
}

impl<const DEFAULT: u32> Default for PageField<DEFAULT> {
    fn default() -> Self {
        PageField {
            limit: DEFAULT,
            cursor: None,
        }
    }
}

impl DryRunField {
    pub fn get(&self) -> bool {
        self.dry_run
    }
}
