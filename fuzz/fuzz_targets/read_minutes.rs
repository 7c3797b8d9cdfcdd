#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| regionrad_fuzz::read_minutes(data));
