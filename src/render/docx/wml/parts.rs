//! The package parts around the document: content types, relationships and
//! the core and app properties.

use super::{DOC_REL, REL_NS};
use crate::render::docx::DocxOptions;
use crate::render::docx::doc::Doc;
use crate::render::docx::xml::Xml;

pub(super) fn content_types(d: &Doc) -> Vec<u8> {
    let mut x = Xml::new();
    x.open(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    );
    x.empty(
        "Default",
        &[
            ("Extension", "rels"),
            (
                "ContentType",
                "application/vnd.openxmlformats-package.relationships+xml",
            ),
        ],
    );
    x.empty(
        "Default",
        &[("Extension", "xml"), ("ContentType", "application/xml")],
    );
    let mut formats: Vec<_> = d.images.iter().map(|i| i.format).collect();
    formats.sort_by_key(|f| f.extension());
    formats.dedup();
    for f in formats {
        x.empty(
            "Default",
            &[
                ("Extension", f.extension()),
                ("ContentType", f.media_type()),
            ],
        );
    }
    let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let mut overrides = vec![
        ("/word/document.xml", format!("{wml}.document.main+xml")),
        ("/word/styles.xml", format!("{wml}.styles+xml")),
        ("/word/settings.xml", format!("{wml}.settings+xml")),
        ("/word/numbering.xml", format!("{wml}.numbering+xml")),
        ("/word/footer1.xml", format!("{wml}.footer+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".to_string(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_string(),
        ),
    ];
    if !d.comments.is_empty() {
        overrides.push(("/word/comments.xml", format!("{wml}.comments+xml")));
    }
    if !d.custom.is_empty() {
        overrides.push((
            "/docProps/custom.xml",
            "application/vnd.openxmlformats-officedocument.custom-properties+xml".to_string(),
        ));
    }
    for (part, ty) in &overrides {
        x.empty("Override", &[("PartName", part), ("ContentType", ty)]);
    }
    x.close("Types");
    x.finish()
}

pub(super) fn package_rels(d: &Doc) -> Vec<u8> {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", REL_NS)]);
    for (id, ty, target) in [
        (
            "rId1",
            format!("{DOC_REL}/officeDocument"),
            "word/document.xml",
        ),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                .to_string(),
            "docProps/core.xml",
        ),
        (
            "rId3",
            format!("{DOC_REL}/extended-properties"),
            "docProps/app.xml",
        ),
    ] {
        x.empty(
            "Relationship",
            &[("Id", id), ("Type", &ty), ("Target", target)],
        );
    }
    if !d.custom.is_empty() {
        x.empty(
            "Relationship",
            &[
                ("Id", "rId4"),
                ("Type", &format!("{DOC_REL}/custom-properties")),
                ("Target", "docProps/custom.xml"),
            ],
        );
    }
    x.close("Relationships");
    x.finish()
}

pub(super) fn document_rels(d: &Doc) -> Vec<u8> {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", REL_NS)]);
    let mut rels = vec![
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "numbering", "numbering.xml"),
        ("rId4", "footer", "footer1.xml"),
    ];
    if !d.comments.is_empty() {
        rels.push(("rId5", "comments", "comments.xml"));
    }
    let images: Vec<(String, String)> = d
        .images
        .iter()
        .enumerate()
        .map(|(i, img)| {
            (
                super::decor::image_rel(i),
                super::decor::image_target(i, img.format.extension()),
            )
        })
        .collect();
    let rels = rels.into_iter().chain(
        images
            .iter()
            .map(|(id, target)| (id.as_str(), "image", target.as_str())),
    );
    for (id, ty, target) in rels {
        x.empty(
            "Relationship",
            &[
                ("Id", id),
                ("Type", &format!("{DOC_REL}/{ty}")),
                ("Target", target),
            ],
        );
    }
    x.close("Relationships");
    x.finish()
}

pub(super) fn core(d: &Doc, opts: &DocxOptions<'_>) -> Vec<u8> {
    let mut x = Xml::new();
    x.open(
        "cp:coreProperties",
        &[
            (
                "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    );
    x.leaf("dc:title", &[], &d.title);
    x.leaf("dc:subject", &[], &d.subject);
    x.leaf("dc:creator", &[], opts.generator);
    x.leaf("dc:language", &[], &d.lang);
    for name in ["dcterms:created", "dcterms:modified"] {
        x.leaf(name, &[("xsi:type", "dcterms:W3CDTF")], opts.date);
    }
    x.close("cp:coreProperties");
    x.finish()
}

pub(super) fn app() -> Vec<u8> {
    let mut x = Xml::new();
    x.open(
        "Properties",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        )],
    );
    x.leaf("Application", &[], env!("CARGO_PKG_NAME"));
    x.close("Properties");
    x.finish()
}

/// Custom document properties: each a string (`vt:lpwstr`), numbered from 2 as
/// the format asks.
pub(super) fn custom(d: &Doc) -> Vec<u8> {
    let mut x = Xml::new();
    x.open(
        "Properties",
        &[
            (
                "xmlns",
                "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
            ),
            (
                "xmlns:vt",
                "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
            ),
        ],
    );
    for (i, (name, value)) in d.custom.iter().enumerate() {
        let pid = (i + 2).to_string();
        x.open(
            "property",
            &[
                ("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"),
                ("pid", &pid),
                ("name", name),
            ],
        );
        x.leaf("vt:lpwstr", &[], value);
        x.close("property");
    }
    x.close("Properties");
    x.finish()
}
