//! Errors of the pure-Rust core. The C boundary (`src/ffi`) maps each kind to a status code.

use std::fmt;

/// What went wrong, coarsely; each kind has its own C status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A value NumPy would reject (or that we reject where NumPy has a footgun).
    InvalidArgument,
    /// The operation does not exist for this generator (e.g. `advance` on SFC64).
    Unsupported,
    /// The operating system gave no entropy.
    EntropyUnavailable,
    /// A working buffer could not be allocated (NumPy's MemoryError).
    OutOfMemory,
}

/// An error with a message meant for the person who called the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::InvalidArgument,
            message: message.into(),
        }
    }

    pub(crate) fn unsupported(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Unsupported,
            message: message.into(),
        }
    }

    pub(crate) fn entropy(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::EntropyUnavailable,
            message: message.into(),
        }
    }

    pub(crate) fn out_of_memory(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::OutOfMemory,
            message: message.into(),
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The human-readable message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Result type of the core.
pub type Result<T> = std::result::Result<T, Error>;
