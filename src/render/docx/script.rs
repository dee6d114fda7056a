//! Which writing system a locale uses, and so which direction, fonts and
//! `w:lang` slots its text needs in Word.

use crate::model::Fonts;

/// Word keeps three font and language slots per run: Latin (`ascii`/`hAnsi`),
/// East Asian and complex script. Which one a locale's text falls into decides
/// where its font and language tag must go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    /// Arabic, Hebrew and other right-to-left scripts (complex script slot).
    RightToLeft,
    /// Chinese, Japanese, Korean (East Asian slot).
    EastAsian,
    /// Devanagari and other Indic scripts (complex script slot, left to right).
    Indic,
}

const RTL: [&str; 9] = ["ar", "ur", "fa", "he", "ps", "sd", "yi", "dv", "ckb"];
const EAST_ASIAN: [&str; 3] = ["zh", "ja", "ko"];
const INDIC: [&str; 12] = [
    "hi", "mr", "ne", "bn", "gu", "pa", "ta", "te", "kn", "ml", "or", "si",
];

impl Script {
    pub fn of(locale: &str) -> Script {
        let lang = locale.split(['-', '_']).next().unwrap_or(locale);
        if RTL.contains(&lang) {
            Script::RightToLeft
        } else if EAST_ASIAN.contains(&lang) {
            Script::EastAsian
        } else if INDIC.contains(&lang) {
            Script::Indic
        } else {
            Script::Latin
        }
    }

    pub fn rtl(self) -> bool {
        self == Script::RightToLeft
    }
}

/// The three font slots, filled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontSet {
    pub latin: String,
    pub east_asian: String,
    pub complex: String,
}

impl FontSet {
    /// Defaults for a locale, overridden by whatever the edition names.
    pub fn for_locale(locale: &str, chosen: Option<&Fonts>) -> FontSet {
        let lang = locale.split(['-', '_']).next().unwrap_or(locale);
        let region = locale.split(['-', '_']).nth(1).unwrap_or("");
        let east_asian = match (lang, region) {
            ("zh", "TW" | "HK" | "MO") => "Noto Sans CJK TC",
            ("ja", _) => "Noto Sans CJK JP",
            ("ko", _) => "Noto Sans CJK KR",
            _ => "Noto Sans CJK SC",
        };
        let complex = match lang {
            "ar" | "fa" | "ur" | "ps" | "sd" | "ckb" => "Noto Naskh Arabic",
            "he" | "yi" => "Noto Sans Hebrew",
            "bn" => "Noto Sans Bengali",
            "gu" => "Noto Sans Gujarati",
            "pa" => "Noto Sans Gurmukhi",
            "ta" => "Noto Sans Tamil",
            "te" => "Noto Sans Telugu",
            "kn" => "Noto Sans Kannada",
            "ml" => "Noto Sans Malayalam",
            "or" => "Noto Sans Oriya",
            "si" => "Noto Sans Sinhala",
            "dv" => "Noto Sans Thaana",
            _ => "Noto Sans Devanagari",
        };
        let pick = |f: Option<&String>, d: &str| f.cloned().unwrap_or_else(|| d.to_string());
        FontSet {
            latin: pick(chosen.and_then(|c| c.latin.as_ref()), "Noto Sans"),
            east_asian: pick(chosen.and_then(|c| c.east_asian.as_ref()), east_asian),
            complex: pick(chosen.and_then(|c| c.complex.as_ref()), complex),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_of_locales() {
        assert_eq!(Script::of("ar"), Script::RightToLeft);
        assert_eq!(Script::of("ar-SA"), Script::RightToLeft);
        assert_eq!(Script::of("he"), Script::RightToLeft);
        assert_eq!(Script::of("zh-CN"), Script::EastAsian);
        assert_eq!(Script::of("hi-IN"), Script::Indic);
        assert_eq!(Script::of("pt-BR"), Script::Latin);
    }

    #[test]
    fn edition_fonts_win_over_defaults() {
        let d = FontSet::for_locale("zh-TW", None);
        assert_eq!(d.east_asian, "Noto Sans CJK TC");
        let chosen = Fonts {
            latin: None,
            east_asian: None,
            complex: Some("Amiri".into()),
        };
        let f = FontSet::for_locale("ar", Some(&chosen));
        assert_eq!(
            (f.latin.as_str(), f.complex.as_str()),
            ("Noto Sans", "Amiri")
        );
    }
}
