//! The one error type every layer returns: what failed (with the value), and what to do.
//!
//! Rendered like cargo's errors: `error: <message>` and, when there is one,
//! `help: <hint>`. The kind decides the process exit code.

use std::fmt;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, as far as a caller needs to react to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The caller's input is wrong (a field, a value, a limit).
    Input,
    /// The configuration file or environment is wrong.
    Config,
    /// No usable session or credentials; logging in fixes it.
    Auth,
    /// The PDS or network failed or refused.
    Remote,
    /// A local file or I/O failure.
    Io,
}

impl Kind {
    /// Process exit code: 2 input, 3 config, 4 auth, 5 remote, 6 I/O.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Input => 2,
            Kind::Config => 3,
            Kind::Auth => 4,
            Kind::Remote => 5,
            Kind::Io => 6,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub help: Option<String>,
}

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            help: None,
        }
    }
    pub fn input(message: impl Into<String>) -> Self {
        Self::new(Kind::Input, message)
    }
    pub fn config(message: impl Into<String>) -> Self {
        Self::new(Kind::Config, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(Kind::Auth, message)
    }
    pub fn remote(message: impl Into<String>) -> Self {
        Self::new(Kind::Remote, message)
    }
    pub fn io(message: impl Into<String>) -> Self {
        Self::new(Kind::Io, message)
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    /// Prefixes the message with where it happened, e.g. the account.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\nhelp: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Describes an I/O error together with the path it happened on.
pub fn io_error(action: &str, path: &std::path::Path, err: std::io::Error) -> Error {
    Error::io(format!("cannot {action} {}: {err}", path.display()))
}
