//! The diff as JSON for other tools: the model as it is (each change's reasons as
//! data in `why`), plus, for tools that show it to people, each change's words
//! in the reviewer's language (`says`): its kind, what it is about and why.

use super::Say;
use crate::diff::Diff;
use serde_json::{Value, json};

pub fn render(diff: &Diff, say: &Say<'_>) -> String {
    let mut value = serde_json::to_value(diff).unwrap_or(Value::Null);
    if let Some(changes) = value.get_mut("changes").and_then(Value::as_array_mut) {
        for (v, c) in changes.iter_mut().zip(&diff.changes) {
            if let Some(obj) = v.as_object_mut() {
                obj.insert(
                    "says".into(),
                    json!({
                        "kind": say.kind(c.kind),
                        "subject": say.subject(c),
                        "why": say.why(c),
                    }),
                );
            }
        }
    }
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
