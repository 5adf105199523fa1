//! Export: node-link JSON (the public format) and DOT.
