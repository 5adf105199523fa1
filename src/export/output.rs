//! Rendering a view in any format, and getting the bytes out: whole files or
//! nothing, Graphviz for pictures, and stdout that may close early.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::graph::ActorGraph;
use crate::view::{self, Aggregation, ViewOptions};

/// Output formats the CLI offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Node-link JSON, the public format (networkx reads it).
    Json,
    /// Graphviz DOT.
    Dot,
    /// SVG drawn by the installed Graphviz (tooltips show the evidence on hover).
    Svg,
    /// PNG drawn by the installed Graphviz.
    Png,
    /// PDF drawn by the installed Graphviz.
    Pdf,
    /// GraphML with typed keys (Gephi, yEd, networkx.read_graphml).
    Graphml,
    /// nodes.csv and relationships.csv for `neo4j-admin database import` (needs -o DIR).
    Neo4j,
    /// Cytoscape.js JSON: {"elements": {"nodes": [...], "edges": [...]}}.
    Cytoscape,
    /// JSON Lines, one event per line (jq, pandas, Spark).
    Events,
    /// Tab-separated CAMEO event table (date, source, source root, target, ...).
    Cameo,
    /// One self-contained interactive HTML page (pan, zoom, search, filters, evidence).
    Html,
    /// GEXF 1.3 for Gephi: attributes, colours, and dates for its timeline.
    Gexf,
    /// Edge list CSV, one row per drawn edge (Gephi spreadsheet import, Kumu, Flourish).
    Csv,
    /// Phoenix/ICEWS-style event TSV without header: CAMEO actor codes, YYYYMMDD dates.
    Phoenix,
}

impl Format {
    /// The aggregation used when the user asks for none: pictures read best
    /// with one edge per relation; data formats keep one edge per event.
    pub fn default_aggregation(self) -> Aggregation {
        match self {
            Format::Dot | Format::Svg | Format::Png | Format::Pdf => Aggregation::Relation,
            _ => Aggregation::None,
        }
    }

    /// Pictures drawn by Graphviz from DOT (and the DOT itself).
    pub fn is_picture(self) -> bool {
        matches!(self, Format::Dot | Format::Svg | Format::Png | Format::Pdf)
    }

    /// Formats that draw the graph: pictures and the HTML page.
    pub fn is_drawn(self) -> bool {
        self.is_picture() || self == Format::Html
    }

    /// True for formats written as several files into a directory.
    pub fn writes_directory(self) -> bool {
        self == Format::Neo4j
    }

    /// Graphviz's `-T` name for the formats it draws.
    fn graphviz_format(self) -> Option<&'static str> {
        match self {
            Format::Svg => Some("svg"),
            Format::Png => Some("png"),
            Format::Pdf => Some("pdf"),
            _ => None,
        }
    }
}

/// What an export produced: one file, or named files for a directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rendered {
    File(Vec<u8>),
    Directory(Vec<(&'static str, Vec<u8>)>),
}

/// Why an export could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot run Graphviz `dot`; install Graphviz: apt-get install graphviz")]
    GraphvizMissing {
        #[source]
        source: io::Error,
    },
    #[error("Graphviz `dot -T{format}` failed: {stderr}")]
    GraphvizFailed {
        format: &'static str,
        stderr: String,
    },
}

/// Renders the whole graph, one edge per event, in a format that is one file
/// and needs no outside program (json, dot, graphml, cytoscape, events, cameo).
///
/// The formats that need Graphviz or a directory give an empty buffer here:
/// use [`render_view`] for them.
pub fn render(graph: &ActorGraph, format: Format) -> Vec<u8> {
    if format.graphviz_format().is_some() {
        return Vec::new();
    }
    match render_view(graph, &ViewOptions::default(), format) {
        Ok(Rendered::File(bytes)) => bytes,
        Ok(Rendered::Directory(_)) | Err(_) => Vec::new(),
    }
}

/// Renders a view of the graph in the given format.
///
/// JSON of the identity view is the canonical node-link JSON, byte for byte;
/// any view option switches to the view JSON (see [`crate::view::json`]).
pub fn render_view(
    graph: &ActorGraph,
    options: &ViewOptions,
    format: Format,
) -> Result<Rendered, ExportError> {
    if format == Format::Json && options.is_identity() {
        return Ok(Rendered::File(super::json::to_json_bytes(graph)));
    }
    let view = view::apply(graph, options);
    let bytes = match format {
        Format::Json => view::json::to_json_bytes(graph, &view),
        Format::Dot => super::dot::view_to_dot_bytes(&view),
        Format::Svg | Format::Png | Format::Pdf => {
            let dot = super::dot::view_to_dot_bytes(&view);
            let target = format.graphviz_format().unwrap_or("svg");
            run_graphviz(&dot, target)?
        }
        Format::Graphml => super::graphml::to_graphml_bytes(&view),
        Format::Neo4j => return Ok(Rendered::Directory(super::neo4j::to_csv_files(&view))),
        Format::Cytoscape => super::cytoscape::to_cytoscape_bytes(&view),
        Format::Events => super::events::to_json_lines(graph, &view),
        Format::Cameo => super::events::to_cameo_tsv(graph, &view),
        Format::Html => super::html::view_to_html_bytes(graph, &view),
        Format::Gexf => super::gexf::to_gexf_bytes(&view),
        Format::Csv => super::events::to_edge_list_csv(&view),
        Format::Phoenix => super::events::to_phoenix_tsv(graph, &view),
    };
    Ok(Rendered::File(bytes))
}

/// Pipes DOT through the installed `dot` and returns what it drew.
pub fn run_graphviz(dot: &[u8], target: &'static str) -> Result<Vec<u8>, ExportError> {
    let mut child = Command::new("dot")
        .arg(format!("-T{target}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| ExportError::GraphvizMissing { source })?;
    // Feed stdin from a thread: a large drawing fills the stdout pipe before
    // `dot` has read all its input, and writing and reading from one thread would deadlock.
    let stdin = child.stdin.take();
    let input = dot.to_vec();
    let feeder = std::thread::spawn(move || -> io::Result<()> {
        match stdin {
            Some(mut stdin) => stdin.write_all(&input),
            None => Ok(()),
        }
    });
    let output = child
        .wait_with_output()
        .map_err(|source| ExportError::GraphvizMissing { source })?;
    let fed = feeder.join().unwrap_or(Ok(()));
    if !output.status.success() || fed.is_err() {
        return Err(ExportError::GraphvizFailed {
            format: target,
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_string(),
        });
    }
    Ok(output.stdout)
}

/// Writes named files into `dir` (created if missing), all or none.
///
/// Every file is first written whole beside its target; only when all are
/// written are they renamed into place, so a failure on one file (a full
/// disk, a directory in the way) leaves every previous file untouched.
pub fn write_directory(dir: &Path, files: &[(&'static str, Vec<u8>)]) -> Result<(), crate::Error> {
    fs::create_dir_all(dir).map_err(|source| crate::Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut writers: Vec<_> = files
        .iter()
        .map(|(name, bytes)| (name, move |out: &mut dyn Write| out.write_all(bytes)))
        .collect();
    let mut prepared = Vec::with_capacity(files.len());
    for (name, write) in &mut writers {
        prepared.push(Pending::prepare(&dir.join(name), write)?);
    }
    for pending in prepared {
        pending.commit()?;
    }
    Ok(())
}

/// Writes `bytes` to `path` whole or not at all.
///
/// A regular file (or a new path) is replaced by renaming a temporary file
/// written in the same directory (a rename is only atomic within one file
/// system): a crash, a signal or a full disk leaves any previous file
/// untouched. An existing file keeps its permissions; a new one gets the
/// usual `0666 & !umask` rather than the temporary file's private `0600`.
///
/// A symbolic link is followed: its target is written, the link stays. Special
/// files (`/dev/null`, a FIFO, a terminal, `/dev/stdout`) are never replaced:
/// they are opened and written in place.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), crate::Error> {
    write_file_atomically_with(path, &mut |out| out.write_all(bytes))
}

/// [`write_file_atomically`] for output made as it is written: `write` is
/// called once with the file (or the special file) to write to, so the
/// output never has to be held in memory whole.
pub fn write_file_atomically_with(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<(), crate::Error> {
    Pending::prepare(path, write)?.commit()
}

/// A file written but not yet in place.
enum Pending<'w> {
    /// A complete temporary file to rename over `target`.
    Rename {
        temp: tempfile::NamedTempFile,
        target: PathBuf,
        shown: PathBuf,
    },
    /// A special file to open and write in place.
    InPlace {
        target: PathBuf,
        write: &'w mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    },
}

impl<'w> Pending<'w> {
    fn prepare(
        path: &Path,
        write: &'w mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> Result<Self, crate::Error> {
        let io_error = |source: io::Error| crate::Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let target = match resolve_links(path).map_err(io_error)? {
            Resolved::Special => {
                return Ok(Pending::InPlace {
                    target: path.to_path_buf(),
                    write,
                })
            }
            Resolved::Path(target) => target,
        };
        let existing = match fs::metadata(&target) {
            Ok(meta) => Some(meta),
            Err(err) if err.kind() == io::ErrorKind::NotFound => None,
            Err(err) => return Err(io_error(err)),
        };
        if let Some(meta) = &existing {
            if meta.is_dir() {
                return Err(io_error(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    "is a directory",
                )));
            }
            if !meta.is_file() {
                return Ok(Pending::InPlace {
                    target: path.to_path_buf(),
                    write,
                });
            }
        }
        let dir = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".geokg-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        let mut temp = builder.tempfile_in(dir).map_err(io_error)?;
        temp_files::register(temp.path());
        let written = (|| {
            stall_for_tests();
            let mut out = io::BufWriter::new(temp.as_file_mut());
            write(&mut out)?;
            out.flush()?;
            drop(out);
            if let Some(meta) = &existing {
                temp.as_file().set_permissions(meta.permissions())?;
            }
            temp.as_file().sync_all()
        })();
        if let Err(err) = written {
            temp_files::unregister(temp.path());
            // Dropping the temporary file deletes it.
            return Err(io_error(err));
        }
        Ok(Pending::Rename {
            temp,
            target,
            shown: path.to_path_buf(),
        })
    }

    fn commit(self) -> Result<(), crate::Error> {
        match self {
            Pending::Rename {
                temp,
                target,
                shown,
            } => {
                let temp_path = temp.path().to_path_buf();
                // On failure the temporary file is dropped, which deletes it.
                let result = temp.persist(&target).map(|_| ()).map_err(|err| err.error);
                temp_files::unregister(&temp_path);
                result.map_err(|source| crate::Error::Io {
                    path: shown,
                    source,
                })
            }
            Pending::InPlace { target, write } => fs::OpenOptions::new()
                .append(true)
                .open(&target)
                .and_then(|file| {
                    let mut out = io::BufWriter::new(file);
                    write(&mut out).and_then(|()| out.flush())
                })
                .map_err(|source| crate::Error::Io {
                    path: target,
                    source,
                }),
        }
    }
}

/// Where a path's symbolic links lead.
enum Resolved {
    /// The file (existing or not) that a rename should replace.
    Path(PathBuf),
    /// A link through `/proc` (`/dev/stdout`, `/proc/self/fd/1`): the open
    /// file behind it is someone's file descriptor, written in place.
    Special,
}

/// Follows `path`'s symbolic links (also dangling ones) to the file they name.
fn resolve_links(path: &Path) -> io::Result<Resolved> {
    const MAX_LINKS: usize = 40;
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        if current.starts_with("/proc") {
            return Ok(Resolved::Special);
        }
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(Resolved::Path(current)),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Debug builds only: `GEOKG_TEST_STALL_WRITE_MS` holds the temporary file
/// open that long, so the signal tests can interrupt a write.
fn stall_for_tests() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("GEOKG_TEST_STALL_WRITE_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// The temporary files being written, for a signal handler to delete.
///
/// The library installs no handler; the `geokg` binary calls
/// [`remove_temp_files`] when SIGINT, SIGTERM or SIGHUP arrive.
mod temp_files {
    use std::path::{Path, PathBuf};
    use std::sync::Mutex;

    static OPEN: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

    pub(super) fn register(path: &Path) {
        if let Ok(mut open) = OPEN.lock() {
            open.push(path.to_path_buf());
        }
    }

    pub(super) fn unregister(path: &Path) {
        if let Ok(mut open) = OPEN.lock() {
            open.retain(|p| p != path);
        }
    }

    pub(super) fn remove_all() {
        let mut open = match OPEN.lock() {
            Ok(open) => open,
            Err(poisoned) => poisoned.into_inner(),
        };
        for path in open.drain(..) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Deletes the temporary files of writes still going on; for a signal
/// handler (not async-signal-safe: call it from a thread, not the handler).
///
/// A write interrupted this way leaves its target as it was.
pub fn remove_temp_files() {
    temp_files::remove_all();
}

/// Writes `bytes` to stdout; a reader that has gone away is not an error.
///
/// `geokg … | head` closes the pipe early; like ripgrep, treat that as done
/// rather than printing an error or panicking.
pub fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    write_ignoring_broken_pipe(io::stdout().lock(), bytes)
}

fn write_ignoring_broken_pipe(mut out: impl Write, bytes: &[u8]) -> io::Result<()> {
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Accepts `capacity` bytes, then fails like a closed pipe or a full disk.
    struct FailingWriter {
        capacity: usize,
        kind: io::ErrorKind,
        written: Vec<u8>,
    }

    impl Write for FailingWriter {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let room = self.capacity - self.written.len();
            if room == 0 {
                return Err(io::Error::from(self.kind));
            }
            let n = room.min(buf.len());
            self.written.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn failing(kind: io::ErrorKind) -> FailingWriter {
        FailingWriter {
            capacity: 4,
            kind,
            written: Vec::new(),
        }
    }

    #[test]
    fn broken_pipe_counts_as_success() {
        let mut out = failing(io::ErrorKind::BrokenPipe);
        assert!(write_ignoring_broken_pipe(&mut out, b"0123456789").is_ok());
        assert_eq!(out.written, b"0123");
    }

    #[test]
    fn other_write_errors_are_reported() {
        let mut out = failing(io::ErrorKind::PermissionDenied);
        let err = write_ignoring_broken_pipe(&mut out, b"0123456789").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
    }

    #[test]
    fn atomic_write_creates_and_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        write_file_atomically(&path, b"first version, longer").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"first version, longer");
        write_file_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "temporary files left behind");
    }

    #[cfg(unix)]
    #[test]
    fn atomic_write_keeps_existing_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.dot");
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_file_atomically(&path, b"new").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn atomic_write_error_names_the_path_and_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing_dir = dir.path().join("no-such-dir").join("graph.json");
        let err = write_file_atomically(&missing_dir, b"x").unwrap_err();
        assert!(
            err.to_string().contains("no-such-dir/graph.json"),
            "error does not name the path: {err}"
        );

        // A directory where the file should go: the rename fails, nothing changes.
        let occupied = dir.path().join("occupied");
        fs::create_dir(&occupied).unwrap();
        fs::write(occupied.join("keep"), b"kept").unwrap();
        assert!(write_file_atomically(&occupied, b"x").is_err());
        assert_eq!(fs::read(occupied.join("keep")).unwrap(), b"kept");
        let entries: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(entries.len(), 1, "temporary file left behind");
    }
}
