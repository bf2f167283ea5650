//! Trunk's post-build hook (see Trunk.toml), run on the staged `dist/`:
//! 1. moves Trunk's inline start-up script into its own file, so the page runs under a strict
//!    Content-Security-Policy with no `'unsafe-inline'` (see README, "Deploying");
//! 2. writes `.gz` and `.br` copies of every text and wasm file, for hosts that serve
//!    precompressed files.

use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let dir = PathBuf::from(std::env::var("TRUNK_STAGING_DIR").unwrap_or_else(|_| "dist".into()));
    externalize_start_script(&dir.join("index.html"));
    for file in files(&dir) {
        let compressible =
            matches!(file.extension().and_then(|e| e.to_str()), Some("html" | "js" | "css" | "wasm" | "json" | "svg"));
        if compressible {
            precompress(&file);
        }
    }
}

fn externalize_start_script(index: &Path) {
    let html = std::fs::read_to_string(index).expect("read index.html");
    let open = "<script type=\"module\">";
    let Some(start) = html.find(open) else { return };
    let end = start + html[start..].find("</script>").expect("the script ends") + "</script>".len();
    let script = &html[start + open.len()..end - "</script>".len()];
    let name = format!("start-{:016x}.js", fnv1a(script.as_bytes()));
    std::fs::write(index.with_file_name(&name), script.trim()).expect("write the start script");
    let html = format!("{}<script type=\"module\" src=\"./{name}\"></script>{}", &html[..start], &html[end..]);
    std::fs::write(index, html).expect("write index.html");
}

/// A stable content hash for the file name (cache-busting, like Trunk's own hashes).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read the staging folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn precompress(file: &Path) {
    let bytes = std::fs::read(file).expect("read a file to compress");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes).unwrap();
    std::fs::write(suffixed(file, "gz"), gz.finish().unwrap()).expect("write .gz");
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut bytes.as_slice(), &mut br, &params).expect("brotli");
    std::fs::write(suffixed(file, "br"), br).expect("write .br");
}

fn suffixed(file: &Path, extension: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}
