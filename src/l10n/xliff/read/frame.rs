//! What the reader keeps of each open element: its resolved namespace and kind.

use quick_xml::name::{Namespace, ResolveResult};

/// An element's namespace, as the reader resolved it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Ns {
    Bound(String),
    Unbound,
    /// A prefix no `xmlns:` declares.
    Unknown(String),
}

impl Ns {
    pub(super) fn of(r: &ResolveResult<'_>) -> Ns {
        match r {
            ResolveResult::Bound(Namespace(n)) => Ns::Bound(n.to_string()),
            ResolveResult::Unbound => Ns::Unbound,
            ResolveResult::Unknown(p) => Ns::Unknown(p.to_string()),
        }
    }
}

/// What an open element is, for what it may contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Frame {
    Root,
    File,
    Group,
    Unit,
    Notes,
    Note,
    OriginalData,
    Data,
    Segment,
    Source,
    Target,
    /// An annotation inside a target (`<mrk>`, `<sm>`, `<em>`): its text is kept.
    Marker,
    Placeholder,
    /// Read past: another vocabulary's element, file notes, a skeleton, a
    /// source's content, or an element already reported.
    Skipped,
}

impl Frame {
    pub(super) fn name(self) -> &'static str {
        match self {
            Frame::Root => "xliff",
            Frame::File => "file",
            Frame::Group => "group",
            Frame::Unit => "unit",
            Frame::Notes => "notes",
            Frame::Note => "note",
            Frame::OriginalData => "originalData",
            Frame::Data => "data",
            Frame::Segment => "segment",
            Frame::Source => "source",
            Frame::Target => "target",
            Frame::Marker => "mrk",
            Frame::Placeholder => "ph",
            Frame::Skipped => "",
        }
    }
}
