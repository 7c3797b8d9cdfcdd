//! Writing to standard output. `println!` panics when the reader has gone (`regionrad read …
//! | head`); a closed pipe here ends the program quietly, as other command-line tools do.

use std::io::{ErrorKind, Write};

/// Writes `text` to standard output.
pub fn text(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        if error.kind() == ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("regionrad: could not write the output: {error}");
        std::process::exit(1);
    }
}

/// Writes `text` and a line break to standard output.
pub fn line(text: &str) {
    self::text(&format!("{text}\n"));
}
