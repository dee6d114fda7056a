//! What an edition tells the certificate: who issues it, the logo printed at its
//! head, and how its numbers are written.
//!
//! The logo is read when the edition is loaded (renderers never read files), and
//! checked to be a PNG or JPEG of a sane size: a typo or a photo of several
//! megabytes is refused with the edition's line and column, not found out when a
//! printed certificate comes back blank.

use crate::diag::{Code, Diagnostic};
use crate::load::JsonPath;
use crate::load::json::Document;
use crate::load::source::{ReadError, Source};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// A logo is a small picture: over this many bytes it is a photograph or a
/// print master, and would make every certificate that large.
pub const MAX_LOGO_BYTES: usize = 1024 * 1024;
/// Over this many pixels on a side the image is not a logo either.
pub const MAX_LOGO_PIXELS: u32 = 4000;
/// A pattern longer than this does not fit the certificate's number line.
pub const MAX_PATTERN_CHARS: usize = 48;

/// The awarding body or employer that issues the certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// Its name in the edition's source language.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Its name in other locales (an official Arabic name), keyed by locale.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageFormat {
    Png,
    Jpeg,
}

impl ImageFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpeg",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
        }
    }
}

/// A checked logo: its bytes, format and size in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub bytes: Arc<Vec<u8>>,
    pub format: ImageFormat,
    pub width: u32,
    pub height: u32,
}

/// Reads and checks the logo `rel` names, relative to the edition's directory.
pub fn read_logo(dir: &Path, rel: &str, doc: &Document) -> Result<Logo, Diagnostic> {
    let at = JsonPath::root().key("logo");
    let shown = Source::dir(dir).display(rel);
    let bytes = match Source::dir(dir).read(rel) {
        Ok(b) => b,
        Err(ReadError::OutsideRoot) => {
            return Err(doc
                .error_at(
                    Code::PathOutsideRoot,
                    &at,
                    format!("the logo \"{rel}\" is outside the edition's directory"),
                )
                .help("put the image in the edition's directory and name it relative to edition.json, like \"logo.png\""));
        }
        Err(ReadError::NotAFile(kind)) => {
            return Err(doc
                .error_at(
                    Code::NotAFile,
                    &at,
                    format!("the logo {shown} {}", kind.phrase()),
                )
                .help(kind.help()));
        }
        Err(ReadError::TooLarge(len)) => return Err(too_large(doc, &at, &shown, len as usize)),
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(doc
                .error_at(
                    Code::FileNotFound,
                    &at,
                    format!("the logo {shown} does not exist"),
                )
                .help("name a PNG or JPEG file relative to edition.json, or leave `logo` out"));
        }
        Err(ReadError::Io(e)) => {
            return Err(doc
                .error_at(
                    Code::FileUnreadable,
                    &at,
                    format!("the logo {shown} could not be read: {e}"),
                )
                .help("check the file's permissions"));
        }
    };
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(too_large(doc, &at, &shown, bytes.len()));
    }
    let Some((format, width, height)) = image_size(&bytes) else {
        return Err(doc
            .error_at(
                Code::BadLogo,
                &at,
                format!("the logo {shown} is not a PNG or JPEG image"),
            )
            .help("save the logo as PNG (best for a drawn logo) or JPEG"));
    };
    if width == 0 || height == 0 || width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS {
        return Err(doc
            .error_at(
                Code::BadLogo,
                &at,
                format!(
                    "the logo {shown} is {width} × {height} pixels; a logo is 1 to {MAX_LOGO_PIXELS} pixels on each side"
                ),
            )
            .help("scale the image down, like 600 pixels wide: it prints about 3 cm high"));
    }
    Ok(Logo {
        bytes: Arc::new(bytes),
        format,
        width,
        height,
    })
}

fn too_large(doc: &Document, at: &JsonPath, shown: &str, len: usize) -> Diagnostic {
    doc.error_at(
        Code::BadLogo,
        at,
        format!("the logo {shown} is {len} bytes, over the limit of {MAX_LOGO_BYTES} bytes"),
    )
    .help("a logo prints about 3 cm high: save it smaller, like 600 pixels wide")
}

/// The format and pixel size of a PNG (from its IHDR chunk) or a JPEG (from its
/// first start-of-frame marker); None for anything else.
pub fn image_size(b: &[u8]) -> Option<(ImageFormat, u32, u32)> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if let Some(rest) = b.strip_prefix(PNG) {
        let ihdr = rest.get(4..8)?;
        if ihdr != b"IHDR" {
            return None;
        }
        let be = |s: &[u8]| u32::from_be_bytes([s[0], s[1], s[2], s[3]]);
        return Some((
            ImageFormat::Png,
            be(rest.get(8..12)?),
            be(rest.get(12..16)?),
        ));
    }
    if !b.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut i = 2;
    loop {
        // Markers may be padded with 0xFF bytes.
        while *b.get(i)? == 0xFF && *b.get(i + 1)? == 0xFF {
            i += 1;
        }
        if *b.get(i)? != 0xFF {
            return None;
        }
        let marker = *b.get(i + 1)?;
        let len = u16::from_be_bytes([*b.get(i + 2)?, *b.get(i + 3)?]) as usize;
        // Start of frame: baseline, progressive and the rarer kinds, not DHT (C4),
        // JPG (C8) or DAC (CC).
        if (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let h = u16::from_be_bytes([*b.get(i + 5)?, *b.get(i + 6)?]);
            let w = u16::from_be_bytes([*b.get(i + 7)?, *b.get(i + 8)?]);
            return Some((ImageFormat::Jpeg, u32::from(w), u32::from(h)));
        }
        if len < 2 {
            return None;
        }
        i += 2 + len;
    }
}

/// A piece of a certificate number pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberPiece {
    Text(String),
    /// `{year}`: the year of issue.
    Year,
    /// `{country}`: the edition's country code (`SA`).
    Country,
    /// `{serial}`: the learner's own number, written in by the issuer.
    Serial,
}

/// Placeholders a pattern may use, for messages.
pub const PLACEHOLDERS: &str = "{year}, {country} and {serial}";

/// Parses a certificate number pattern such as `SA-{year}-{serial}`. It holds
/// `{serial}` exactly once (without it every certificate would carry the same
/// number), other placeholders at most once, and printable text otherwise.
pub fn parse_pattern(pattern: &str) -> Result<Vec<NumberPiece>, (String, &'static str)> {
    let help = "write letters, digits and - / . between placeholders, like \"SA-{year}-{serial}\"";
    if pattern.chars().count() > MAX_PATTERN_CHARS {
        return Err((
            format!(
                "the pattern is {} characters long, over the limit of {MAX_PATTERN_CHARS}",
                pattern.chars().count()
            ),
            "shorten it: the number is printed on one line of the certificate",
        ));
    }
    let mut pieces = Vec::new();
    let mut rest = pattern;
    while !rest.is_empty() {
        let next = rest.find(['{', '}']).unwrap_or(rest.len());
        let text = &rest[..next];
        if let Some(c) = text
            .chars()
            .find(|c| !(c.is_alphanumeric() || " -/._#:".contains(*c)))
        {
            return Err((
                format!("the pattern has {c:?}, which a certificate number cannot hold"),
                help,
            ));
        }
        if !text.is_empty() {
            pieces.push(NumberPiece::Text(text.to_string()));
        }
        rest = &rest[next..];
        if rest.is_empty() {
            break;
        }
        if rest.starts_with('}') {
            return Err((
                "the pattern has a \"}\" with no \"{\" before it".into(),
                help,
            ));
        }
        let Some(end) = rest.find('}') else {
            return Err(("the pattern has a \"{\" that is never closed".into(), help));
        };
        let piece = match &rest[1..end] {
            "year" => NumberPiece::Year,
            "country" => NumberPiece::Country,
            "serial" => NumberPiece::Serial,
            other => {
                return Err((
                    format!(
                        "the pattern has an unknown placeholder {{{other}}}; it knows {PLACEHOLDERS}"
                    ),
                    help,
                ));
            }
        };
        if pieces.contains(&piece) {
            return Err((
                format!("the pattern has {} twice", &rest[..=end]),
                "write each placeholder once",
            ));
        }
        pieces.push(piece);
        rest = &rest[end + 1..];
    }
    if !pieces.contains(&NumberPiece::Serial) {
        return Err((
            "the pattern has no {serial}, so every certificate would carry the same number".into(),
            "add {serial} where the learner's own number goes, like \"SA-{year}-{serial}\"",
        ));
    }
    Ok(pieces)
}

/// The problems of an edition's certificate fields: the number pattern, and
/// empty issuer names.
pub fn validate(f: &super::file::EditionFile, doc: &Document, errors: &mut Vec<Diagnostic>) {
    let root = JsonPath::root();
    if let Some(pattern) = &f.certificate_number
        && let Err((message, help)) = parse_pattern(pattern)
    {
        errors.push(
            doc.error_at(
                Code::BadNumberPattern,
                &root.key("certificate_number"),
                message,
            )
            .help(help),
        );
    }
    if let Some(issuer) = &f.issuer {
        let at = root.key("issuer");
        let names = std::iter::once((at.key("name"), &issuer.name)).chain(
            issuer
                .names
                .iter()
                .map(|(l, n)| (at.key("names").key(l.clone()), n)),
        );
        for (at, name) in names {
            if name.trim().is_empty() {
                errors.push(
                    doc.error_at(Code::EmptyText, &at, "the issuer's name is empty")
                        .help("name the awarding body or employer that signs the certificate"),
                );
            } else if let Some(u) = crate::text::unwanted(name) {
                errors.push(
                    doc.error_at(
                        Code::BadText,
                        &at,
                        format!("the issuer's name contains {}", u.described()),
                    )
                    .help(u.help),
                );
            }
        }
        for l in issuer.names.keys() {
            if !f.locales.iter().any(|x| &x.0 == l) {
                errors.push(
                    doc.error_at(
                        Code::UnpublishedLocale,
                        &at.key("names").key(l.clone()),
                        format!("the issuer has a name in {l}, which the edition does not publish"),
                    )
                    .help("use one of the edition's `locales`, or add the locale to them"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert_eq!(
            parse_pattern("SA-{year}-{serial}").unwrap(),
            vec![
                NumberPiece::Text("SA-".into()),
                NumberPiece::Year,
                NumberPiece::Text("-".into()),
                NumberPiece::Serial
            ]
        );
        for bad in [
            "SA-{year}",
            "{serial}{serial}",
            "{seriel}",
            "A{serial",
            "A}{serial}",
            "A\n{serial}",
        ] {
            assert!(parse_pattern(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn image_sizes() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend([0, 0, 1, 44, 0, 0, 0, 100]);
        assert_eq!(image_size(&png), Some((ImageFormat::Png, 300, 100)));
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0, 50, 0, 80, 3,
        ];
        assert_eq!(image_size(&jpeg), Some((ImageFormat::Jpeg, 80, 50)));
        assert_eq!(image_size(b"GIF89a"), None);
        assert_eq!(image_size(&[0xFF, 0xD8, 0xFF]), None);
    }
}
