//! Rendering a view in any format, and getting the bytes out: whole files or
//! nothing, Graphviz for pictures, and stdout that may close early.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::graph::ActorGraph;
use crate::view::{self, Aggregation, ViewOptions};

/// Output formats the CLI offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
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
    #[error("cannot run Graphviz `dot` ({source}); install Graphviz: apt-get install graphviz")]
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

/// Writes named files into `dir` (created if missing), each whole or not at all.
pub fn write_directory(dir: &Path, files: &[(&'static str, Vec<u8>)]) -> Result<(), crate::Error> {
    fs::create_dir_all(dir).map_err(|source| crate::Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for (name, bytes) in files {
        write_file_atomically(&dir.join(name), bytes)?;
    }
    Ok(())
}

/// Writes `bytes` to `path` whole or not at all.
///
/// The bytes go to a temporary file in the same directory (a rename is only
/// atomic within one file system), which then replaces `path`; a crash or a
/// full disk leaves any previous file untouched. An existing file keeps its
/// permissions; a new one gets the usual `0666 & !umask` rather than the
/// temporary file's private `0600`.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), crate::Error> {
    let io_error = |source: io::Error| crate::Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let existing_permissions = fs::metadata(path).ok().map(|meta| meta.permissions());

    let mut builder = tempfile::Builder::new();
    builder.prefix(".geokg-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir).map_err(io_error)?;
    temp.write_all(bytes).map_err(io_error)?;
    temp.flush().map_err(io_error)?;
    if let Some(permissions) = existing_permissions {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(io_error)?;
    }
    temp.as_file().sync_all().map_err(io_error)?;
    // On failure the temporary file is dropped, which deletes it.
    temp.persist(path).map_err(|err| io_error(err.error))?;
    Ok(())
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
