//! Browser tests: the release build (`dist/`) in headless Debian Chromium, driven through
//! chromedriver. `./dev test` builds `dist/` first. Each test fails on any browser console error
//! and saves a screenshot to `target/browser-screenshots/` when it fails.

mod support;

mod accessibility;
mod embed;
mod explorer;
mod fidelity;
mod first_screen;
mod languages;
mod links;
mod load_failure;
mod map;
mod pictures;
mod search;
mod robustness;
mod screens;
