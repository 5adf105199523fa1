//! The command-line front end: one module per subcommand, all thin over the library.

pub mod extract;
pub mod graph_source;
pub mod merge;
pub mod query;
pub mod values;

/// Deletes the temporary file of an output being written when the run is
/// interrupted (SIGINT, SIGTERM, SIGHUP), then dies of the signal as usual.
pub fn remove_temp_files_on_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                geokg::export::remove_temp_files();
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
    }
}
