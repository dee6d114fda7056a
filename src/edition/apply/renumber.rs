//! `"numbering": "renumber"`: codes by position, once every operation is applied.

use super::Applier;
use crate::diag::Code;
use crate::edition::resolved::Resolved;
use crate::load::JsonPath;

impl Applier<'_> {
    /// Numbers everything by position: standards 1…, outcomes s.1…, criteria s.oa….
    pub(super) fn renumber(&mut self, r: &mut Resolved) {
        for (si, s) in r.standards.iter_mut().enumerate() {
            s.code = (si + 1).to_string();
            for (oi, o) in s.outcomes.iter_mut().enumerate() {
                o.code = format!("{}.{}", s.code, oi + 1);
                if o.criteria.len() > 26 {
                    self.error(Code::NoFreeCode, &JsonPath::root().key("numbering"), format!("outcome {} has {} criteria, more than the 26 letters a code can number", o.id, o.criteria.len()), "split the outcome, or keep the base's codes");
                }
                for (ci, c) in o.criteria.iter_mut().enumerate() {
                    c.code = format!("{}{}", o.code, (b'a' + (ci % 26) as u8) as char);
                }
            }
        }
    }
}
