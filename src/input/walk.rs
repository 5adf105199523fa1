//! Finding the input files under a directory.

use std::fs;
use std::path::{Path, PathBuf};

use super::InputWarning;
use crate::Error;

/// File extensions taken from a directory; anything else there is ignored silently.
const INPUT_EXTENSIONS: [&str; 2] = ["txt", "jsonl"];

/// Every `*.txt` and `*.jsonl` file under `root`, sorted by path so that runs are
/// reproducible whatever order the file system lists entries in.
///
/// Hidden entries (`.git`, `.DS_Store`, editor backups) are skipped. Symbolic links to
/// files are taken; symbolic links to directories are not followed, which rules out loops.
///
/// With `skip_bad`, a subfolder that cannot be listed is skipped with a warning.
pub(crate) fn input_files(
    root: &Path,
    skip_bad: bool,
    on_warning: &mut dyn FnMut(InputWarning),
) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if skip_bad && dir != root => {
                on_warning(InputWarning::SkippedFile {
                    path: dir,
                    reason: format!("cannot list it ({e})"),
                });
                continue;
            }
            Err(e) => return Err(io_error(&dir, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| io_error(&dir, e))?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let metadata = fs::symlink_metadata(&path).map_err(|e| io_error(&path, e))?;
            if metadata.is_dir() {
                pending.push(path);
            } else if !INPUT_EXTENSIONS.iter().any(|ext| has_extension(&path, ext)) {
                continue;
            } else if metadata.is_file() {
                files.push(path);
            } else if metadata.file_type().is_symlink() {
                match fs::metadata(&path) {
                    Ok(target) if target.is_file() => files.push(path),
                    Ok(_) => {}
                    Err(e) => on_warning(InputWarning::SkippedFile {
                        path,
                        reason: format!("broken symbolic link ({e})"),
                    }),
                }
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Case-insensitive, so `NOTES.TXT` from a Windows share counts too.
pub(crate) fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case(extension))
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}
