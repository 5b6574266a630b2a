//! Embeds `migrations/sqlite` and `migrations/postgres` into the binary, and refuses to
//! build when the two folders do not hold the same versions (one logical change, two dialects).
use std::{env, fs, path::Path};

fn versions(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, p.canonicalize().unwrap().display().to_string())
        })
        .collect();
    files.sort();
    files
}

fn main() {
    // Read at run time: a build script binary may be reused for another checkout of the crate.
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("../../migrations");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::new();
    let mut names = Vec::new();
    for backend in ["sqlite", "postgres"] {
        let dir = root.join(backend);
        println!("cargo:rerun-if-changed={}", dir.display());
        let files = versions(&dir);
        names.push(files.iter().map(|(stem, _)| stem.clone()).collect::<Vec<_>>());
        out.push_str(&format!("pub(crate) const {}: &[(&str, &str)] = &[\n", backend.to_uppercase()));
        for (stem, path) in &files {
            out.push_str(&format!("    ({stem:?}, include_str!({path:?})),\n"));
        }
        out.push_str("];\n");
    }
    assert_eq!(names[0], names[1], "migrations/sqlite and migrations/postgres must hold the same versions");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("migrations.rs"), out).unwrap();
}
