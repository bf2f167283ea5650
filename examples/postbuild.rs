//! Trunk's post-build hook (see Trunk.toml), run on the staged `dist/`:
//! 1. moves Trunk's inline start-up script into its own file, so the page runs under a strict
//!    Content-Security-Policy with no `'unsafe-inline'` (see README, "Deploying");
//! 2. writes the page's first paint into `index.html`: the site header in both languages and a
//!    small blocking script (`boot-*.js`) that picks the language and embed mode from the
//!    address before anything is drawn — so the header is on screen before the app's code has
//!    downloaded (it is the largest text of most first screens), and the app only adds the
//!    language switch into it — and the first screen shown until the data has loaded: the
//!    loading message, with the heading and lead of the map and the timeline (their largest
//!    text);
//! 3. writes `.gz` and `.br` copies of every text and wasm file, for hosts that serve
//!    precompressed files.

use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let dir = PathBuf::from(std::env::var("TRUNK_STAGING_DIR").unwrap_or_else(|_| "dist".into()));
    externalize_start_script(&dir.join("index.html"));
    write_first_paint(&dir.join("index.html"));
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

/// What `boot-*.js` does, before the body is parsed: `lang=zh`, `view=` and `embed=` (read as
/// the app reads them: present and `1`, `true`, `yes` or empty) become attributes of the root
/// element, which the stylesheet uses to show one language, the first screen of the view asked
/// for, and to hide the site header in an embed.
const BOOT_SCRIPT: &str = "(function () {
  var query = new URLSearchParams(location.search), root = document.documentElement;
  if (query.get('lang') === 'zh') root.lang = 'zh-Hans';
  var view = query.get('view');
  if (view) root.setAttribute('data-view', view);
  var embed = query.get('embed');
  if (embed !== null && ['1', 'true', 'yes', ''].indexOf(embed) >= 0) root.setAttribute('data-embed', '');
})();
";

/// Both languages' text, each shown by the stylesheet only in its own language.
fn both(en: &str, zh: &str) -> String {
    format!("<span class=\"l-en\">{en}</span><span class=\"l-zh\" lang=\"zh-Hans\">{zh}</span>")
}

fn write_first_paint(index: &Path) {
    use explorer_core::i18n::{CHINESE, ENGLISH, Strings};
    use explorer_core::labels::Named;
    use explorer_core::url_state::View;
    let html = std::fs::read_to_string(index).expect("read index.html");
    let name = format!("boot-{:016x}.js", fnv1a(BOOT_SCRIPT.as_bytes()));
    std::fs::write(index.with_file_name(&name), BOOT_SCRIPT).expect("write the boot script");
    let header = format!(
        "<a class=\"skip-link\" href=\"#main\">{}</a>\
         <header class=\"site-header\"><div class=\"site-header__inner\">\
         <p class=\"site-header__brand\"><span class=\"site-header__mark\" aria-hidden=\"true\"></span>{}</p>\
         <p class=\"site-header__tagline\">{}</p>\
         <div id=\"language-switch\" class=\"site-header__switch\"></div>\
         </div></header>",
        both(ENGLISH.skip_to_content, CHINESE.skip_to_content),
        both(ENGLISH.site_name, CHINESE.site_name),
        both(ENGLISH.site_tagline, CHINESE.site_tagline),
    );
    // The first screen until the data has loaded: the loading message where the explorer's
    // toolbar will be, then the heading and lead of the views whose largest text they are (the
    // map, the timeline), where the app will draw them. The app removes it when the data has
    // arrived or failed; the stylesheet hides the app's part until then.
    let view_start = |view: View, heading: fn(&Strings) -> &str, lead: fn(&Strings) -> &str| {
        format!(
            "<section class=\"first-screen__view\" data-view=\"{}\"><h1 class=\"view-title\">{}</h1><p class=\"view-lead\">{}</p></section>",
            view.id(),
            both(heading(&ENGLISH), heading(&CHINESE)),
            both(lead(&ENGLISH), lead(&CHINESE)),
        )
    };
    let first_screen = format!(
        "<main id=\"first-screen\" class=\"first-screen\"><div class=\"first-screen__toolbar\">\
         <p class=\"loading\" role=\"status\"><span class=\"spinner\" aria-hidden=\"true\"></span>{}</p></div>{}{}</main>",
        both(ENGLISH.loading, CHINESE.loading),
        view_start(View::Map, |t| t.places_heading, |t| t.places_lead),
        view_start(View::Timeline, |t| t.timeline_heading, |t| t.timeline_lead),
    );
    let html = html
        .replacen("<meta charset=\"utf-8\">", &format!("<meta charset=\"utf-8\">\n  <script src=\"./{name}\"></script>"), 1)
        .replacen("<body>", &format!("<body>\n  {header}{first_screen}"), 1);
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
