//! Translations available to the localiser, keyed by locale and message key.
//!
//! Message keys are stable ids (`role-main-duties`), with suffixes for parts of a
//! node (`role-main-duties.example-1`, `…health`). Values are Fluent patterns in
//! source-text form: term references are substituted with the locale's values.

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    messages: HashMap<String, HashMap<String, String>>,
    terms: HashMap<String, HashMap<String, String>>,
}

impl Catalog {
    pub fn new() -> Catalog {
        Catalog::default()
    }

    pub fn insert(&mut self, locale: &str, key: &str, pattern: &str) {
        self.messages
            .entry(locale.to_string())
            .or_default()
            .insert(key.to_string(), pattern.to_string());
    }

    pub fn insert_term(&mut self, locale: &str, id: &str, value: &str) {
        self.terms
            .entry(locale.to_string())
            .or_default()
            .insert(id.to_string(), value.to_string());
    }

    pub fn get(&self, locale: &str, key: &str) -> Option<&str> {
        self.messages.get(locale)?.get(key).map(String::as_str)
    }

    /// A term value along `chain`, with the locale it was found in.
    pub fn term(&self, chain: &[String], id: &str) -> Option<(String, String)> {
        chain
            .iter()
            .find_map(|l| self.terms.get(l)?.get(id).map(|v| (v.clone(), l.clone())))
    }
}
