//! One integration-test binary (links once), one module per concern.

mod actors_suite;
mod attribution_suite;
mod cli;
mod export_formats;
mod formats;
mod gazetteer_data;
mod html;
mod imported_data;
mod input_errors;
mod lexicon_data;
mod query;
mod relations_suite;
mod robustness;
mod scale;
mod seed;
mod suite;
mod user_data;
mod views;
