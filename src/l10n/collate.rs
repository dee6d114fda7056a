//! Sorting words the way a reader of a language expects: Arabic in Arabic
//! alphabetical order, Chinese by pinyin, English and Portuguese with "a" beside
//! "A" and "É" beside "E", not by Unicode code point (where every lowercase
//! letter comes after "Z" and Chinese falls in radical-stroke order).
//!
//! The rules are the Unicode Collation Algorithm with each language's CLDR
//! tailoring, compiled into the binary by `icu_collator`, so a sort needs no
//! data files and gives the same order on every machine.

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;
use std::cmp::Ordering;

/// A locale's sort order.
pub struct Collation {
    /// `None` only when the compiled data has no collator at all, which a
    /// baked provider never does; code point order is then the fallback.
    collator: Option<CollatorBorrowed<'static>>,
}

impl Collation {
    /// The order of `locale` (a BCP 47 tag such as `ar-SA` or `zh-CN`). A tag
    /// the data does not know falls back along its parents to the root order,
    /// which already sorts most scripts sensibly.
    pub fn for_locale(locale: &str) -> Collation {
        let prefs = Locale::try_from_str(locale)
            .map(|l| CollatorPreferences::from(&l))
            .unwrap_or_default();
        Collation {
            collator: Collator::try_new(prefs, CollatorOptions::default()).ok(),
        }
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        match &self.collator {
            Some(c) => c.compare(a, b),
            None => a.cmp(b),
        }
    }

    /// Sorts `items` by the text `key` gives, in this locale's order; equal
    /// texts keep their order.
    pub fn sort_by_key<T>(&self, items: &mut [T], key: impl Fn(&T) -> &str) {
        items.sort_by(|a, b| self.compare(key(a), key(b)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(locale: &str, words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        Collation::for_locale(locale).sort_by_key(&mut v, |s| s.as_str());
        v
    }

    #[test]
    fn english_puts_lowercase_beside_uppercase() {
        // Code point order would give "Zebra" before "apple".
        assert_eq!(
            sorted("en-GB", &["Zebra", "apple", "Apple", "banana"]),
            ["apple", "Apple", "banana", "Zebra"]
        );
    }

    #[test]
    fn portuguese_puts_accented_letters_beside_plain_ones() {
        assert_eq!(
            sorted("pt-BR", &["Fogo", "Érica", "Doce", "Ética", "Escola"]),
            ["Doce", "Érica", "Escola", "Ética", "Fogo"]
        );
    }

    #[test]
    fn arabic_follows_the_arabic_alphabet() {
        // alif, ba, ta, jim, kha, sin, ya: the alphabet's order. Alif with
        // hamza (أ U+0623) is an alif: "أمن" sorts by its second letter, after
        // "اسم", where code point order puts every أ word before every ا one.
        // Latin text comes after Arabic.
        assert_eq!(
            sorted(
                "ar-SA",
                &[
                    "يد",
                    "Zakat",
                    "باب",
                    "أمن",
                    "تعليم",
                    "اسم",
                    "خدمة",
                    "جهة",
                    "سلامة"
                ]
            ),
            [
                "اسم",
                "أمن",
                "باب",
                "تعليم",
                "جهة",
                "خدمة",
                "سلامة",
                "يد",
                "Zakat"
            ]
        );
    }

    #[test]
    fn chinese_sorts_by_pinyin() {
        // ān (安), bǎo (保), guó (国), ... zhōng (中): pinyin order, where code
        // point order would give 中 (U+4E2D) first.
        assert_eq!(
            sorted(
                "zh-CN",
                &["中国", "安全", "国家", "保护", "法律", "用人单位"]
            ),
            ["安全", "保护", "法律", "国家", "用人单位", "中国"]
        );
    }

    #[test]
    fn hindi_follows_the_devanagari_order() {
        // अ, आ, क, ख, ग: vowels first, then consonants from the velars.
        assert_eq!(
            sorted("hi-IN", &["ग्राम", "खाद्य", "आपका", "कानून", "अधिकार"]),
            ["अधिकार", "आपका", "कानून", "खाद्य", "ग्राम"]
        );
    }

    #[test]
    fn an_unknown_tag_still_sorts_by_the_root_order() {
        assert_eq!(sorted("xx-not-a-tag!", &["b", "A", "a"]), ["a", "A", "b"]);
    }
}
