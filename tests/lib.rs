//! The end-to-end test crate; everything lives in the `e2e` test binary.
