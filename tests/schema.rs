//! The shipped JSON Schemas in `schema/` must be exactly what the model types
//! generate. Regenerate with `CARECERT_BLESS=1 cargo test --test schema`.

use std::path::Path;

#[test]
fn shipped_schemas_match_the_types() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    let bless = std::env::var_os("CARECERT_BLESS").is_some();
    for (name, generated) in carecert::schema::all() {
        let path = dir.join(name);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let shipped = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run CARECERT_BLESS=1 cargo test --test schema",
                path.display()
            )
        });
        assert!(
            shipped == generated,
            "{name} differs from the schema the types generate; run CARECERT_BLESS=1 cargo test --test schema and review the diff"
        );
    }
}
