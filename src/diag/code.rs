//! Every kind of problem carecert reports has a stable code, so that scripts can
//! match on it and `docs/errors.md` can explain it. One list, so the documentation
//! test can check that none is left out.

use serde::{Serialize, Serializer};
use std::fmt;

macro_rules! codes {
    ($($variant:ident = $text:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order of this list.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }
        }
    };
}

codes! {
    AmbiguousCode = "ambiguous-code",
    AmbiguousPosition = "ambiguous-position",
    AnchorNotSibling = "anchor-not-sibling",
    BadCode = "bad-code",
    BadCountry = "bad-country",
    BadDate = "bad-date",
    BadFingerprint = "bad-fingerprint",
    BadFtlFile = "bad-ftl-file",
    BadId = "bad-id",
    BadJurisdiction = "bad-jurisdiction",
    BadLocale = "bad-locale",
    BadLocaleFolder = "bad-locale-folder",
    BadLogo = "bad-logo",
    BadNumberPattern = "bad-number-pattern",
    BadPathComponent = "bad-path-component",
    BadTermId = "bad-term-id",
    BadTermValue = "bad-term-value",
    BadSpreadsheet = "bad-spreadsheet",
    BadReviewFile = "bad-review-file",
    BadReviewsRecord = "bad-reviews-record",
    ReviewOtherEdition = "review-other-edition",
    ReviewOpen = "review-open",
    BadSuccessor = "bad-successor",
    BadText = "bad-text",
    ReservedId = "reserved-id",
    UntranslatedTerm = "untranslated-term",
    BadUsage = "bad-usage",
    BadWorkspace = "bad-workspace",
    BadXliff = "bad-xliff",
    BaseCycle = "base-cycle",
    BaseNotFound = "base-not-found",
    BaseOverrideOnFramework = "base-override-on-framework",
    BaseTooDeep = "base-too-deep",
    ByteOrderMark = "byte-order-mark",
    CodeOutsideParent = "code-outside-parent",
    CodeSequence = "code-sequence",
    ConflictingOperations = "conflicting-operations",
    ControlCharacter = "control-character",
    CountryAndRegion = "country-and-region",
    DocxNeedsOut = "docx-needs-out",
    Drift = "drift",
    DuplicateCode = "duplicate-code",
    DuplicateDecision = "duplicate-decision",
    DuplicateFile = "duplicate-file",
    DuplicateId = "duplicate-id",
    DuplicateKey = "duplicate-key",
    DuplicateLocale = "duplicate-locale",
    DuplicateReference = "duplicate-reference",
    DuplicateTerm = "duplicate-term",
    DuplicateText = "duplicate-text",
    DuplicateVariant = "duplicate-variant",
    EmptyList = "empty-list",
    EmptyText = "empty-text",
    Exists = "exists",
    FileNotFound = "file-not-found",
    FileTooLarge = "file-too-large",
    FileUnreadable = "file-unreadable",
    ForeignTerm = "foreign-term",
    FrameworkNotFound = "framework-not-found",
    FtlSyntax = "ftl-syntax",
    InvalidJson = "invalid-json",
    InvalidValue = "invalid-value",
    LiteralTerm = "literal-term",
    MissingField = "missing-field",
    MissingNotices = "missing-notices",
    MissingRationale = "missing-rationale",
    MissingTarget = "missing-target",
    MostlyUntranslated = "mostly-untranslated",
    NewTermWithoutKind = "new-term-without-kind",
    NoChange = "no-change",
    NoEditions = "no-editions",
    NoFreeCode = "no-free-code",
    NoLocalesDir = "no-locales-dir",
    NotAFile = "not-a-file",
    NotAFramework = "not-a-framework",
    NotAnEdition = "not-an-edition",
    NotUtf8 = "not-utf8",
    OutNotEmpty = "out-not-empty",
    OutputFailed = "output-failed",
    PathOutsideRoot = "path-outside-root",
    PdfFailed = "pdf-failed",
    PdfNeedsLibreoffice = "pdf-needs-libreoffice",
    RebaseWouldBreak = "rebase-would-break",
    StaleTranslation = "stale-translation",
    SuspiciousCharacter = "suspicious-character",
    TargetRemoved = "target-removed",
    TermMismatch = "term-mismatch",
    UnfilledTerm = "unfilled-term",
    UnknownCommand = "unknown-command",
    UnknownField = "unknown-field",
    UnknownNode = "unknown-node",
    UnknownProposal = "unknown-proposal",
    UnknownTerm = "unknown-term",
    UnknownValue = "unknown-value",
    UnpublishedLocale = "unpublished-locale",
    UnsupportedPlaceable = "unsupported-placeable",
    UnusedTerm = "unused-term",
    UnverifiedEdit = "unverified-edit",
    VariableMismatch = "variable-mismatch",
    WriteFailed = "write-failed",
    WrongEdition = "wrong-edition",
    WrongLength = "wrong-length",
    WrongLocale = "wrong-locale",
    WrongParentLevel = "wrong-parent-level",
    WrongTargetLevel = "wrong-target-level",
    WrongType = "wrong-type",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Code::ALL {
            let s = c.as_str();
            assert!(seen.insert(s), "{s} twice");
            assert!(
                s.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{s}"
            );
        }
    }
}
