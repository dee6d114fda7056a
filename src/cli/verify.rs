//! `carecert verify`: re-hash a pack against its manifest.

use super::output::Ui;
use super::{Failure, Format, Status, io_failure, print, print_json};
use carecert::pack;
use clap::Args;
use std::path::PathBuf;

/// Check that every file of a pack is as its manifest.json records
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carecert verify out/care-certificate-2015/en-GB\n  carecert verify out/india/hi-IN --format json"
)]
pub struct VerifyArgs {
    /// A pack directory (holding manifest.json)
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: VerifyArgs, ui: &Ui) -> Result<Status, Failure> {
    let format = args.format;
    let manifest = pack::read_manifest(&args.dir).map_err(|d| Failure::new(d, format))?;
    let v = pack::verify(&args.dir, &manifest);
    match format {
        Format::Json => print_json(&v),
        Format::Text => {
            let mut out = String::new();
            for f in &v.changed {
                out.push_str(&format!("changed: {f}\n"));
            }
            for f in &v.missing {
                out.push_str(&format!("missing: {f}\n"));
            }
            for f in &v.unlisted {
                out.push_str(&format!("not in the manifest: {f}\n"));
            }
            if !ui.quiet {
                out.push_str(&format!(
                    "{} files ok, {} changed, {} missing, {} not in the manifest\n",
                    v.ok.len(),
                    v.changed.len(),
                    v.missing.len(),
                    v.unlisted.len()
                ));
            }
            print(&out)
        }
    }
    .map_err(|e| io_failure(e, format))?;
    Ok(if v.is_clean() {
        Status::Clean
    } else {
        Status::Findings
    })
}
