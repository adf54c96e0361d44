//! Embeds every `lib/**/*.js` file in the binary: generates a table from
//! builtin id (`events`, `internal/timers`, ...) to source text. Adding a
//! builtin is adding a file.

use std::fmt::Write;
use std::path::Path;

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(root).expect("under root");
            let id = rel.with_extension("").to_string_lossy().replace('\\', "/");
            out.push((id, path.to_string_lossy().into_owned()));
        }
    }
}

fn main() {
    // Read when the script runs, not baked in when it was compiled: a
    // target directory moved to another checkout keeps its compiled build
    // script, which must embed that checkout's files (it embedded none).
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    // Sorted by id: the table is binary-searched.
    files.sort();
    let mut code = String::from("/// (builtin id, source) for every file under lib/, sorted by id.\npub static SOURCES: &[(&str, &str)] = &[\n");
    for (id, path) in &files {
        println!("cargo:rerun-if-changed={path}");
        writeln!(code, "    ({id:?}, include_str!({path:?})),").expect("write");
    }
    assert!(!files.is_empty(), "no builtin sources under {}", root.display());
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("builtin_sources.rs");
    std::fs::write(out, code).expect("write generated table");
}
