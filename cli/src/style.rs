//! Colours for terminal output: only when stdout is a terminal and NO_COLOR is unset.

use std::io::IsTerminal;

use regionrad::Severity;

pub struct Style {
    enabled: bool,
}

impl Style {
    pub fn for_stdout() -> Self {
        let enabled = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Style { enabled }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.enabled {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    /// The severity word, padded before painting so columns stay aligned.
    pub fn severity(&self, severity: Severity, label: &str, width: usize) -> String {
        let padded = format!("{label:<width$}");
        match severity {
            Severity::Error => self.paint("1;31", &padded),
            Severity::Warning => self.paint("33", &padded),
            Severity::Info => self.paint("36", &padded),
        }
    }
}
