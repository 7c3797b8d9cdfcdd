//! Colours for terminal output: only when stdout is a terminal and NO_COLOR is unset.

use std::io::IsTerminal;

use regionrad::{format_path, Finding, Lang, Report, Severity};

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

/// `lang`'s text of three: bokmål, nynorsk, English (English for a language the command
/// has no words of its own in).
pub fn in_lang<'a>(lang: Lang, nb: &'a str, nn: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Nb => nb,
        Lang::Nn => nn,
        _ => en,
    }
}

/// The severity word in the report's language.
pub fn severity_label(severity: Severity, lang: Lang) -> &'static str {
    match (lang, severity) {
        (Lang::Nb | Lang::Nn, Severity::Error) => "feil",
        (Lang::Nb, Severity::Warning) => "advarsel",
        (Lang::Nn, Severity::Warning) => "åtvaring",
        (_, Severity::Error) => "error",
        (_, Severity::Warning) => "warning",
        (_, Severity::Info) => "info",
    }
}

/// One line per finding, with severity and code in columns as wide as the report needs.
pub struct FindingColumns {
    lang: Lang,
    code_width: usize,
    severity_width: usize,
}

impl FindingColumns {
    pub fn for_report(report: &Report, lang: Lang) -> Self {
        let code_width = report
            .findings
            .iter()
            .map(|f| f.code.as_str().len())
            .max()
            .unwrap_or(0);
        let severity_width = [Severity::Error, Severity::Warning, Severity::Info]
            .iter()
            .map(|s| severity_label(*s, lang).len())
            .max()
            .unwrap_or(0);
        FindingColumns {
            lang,
            code_width,
            severity_width,
        }
    }

    /// `    feil      code   message  (legal basis)  [path]`
    pub fn line(&self, f: &Finding, style: &Style) -> String {
        let code_width = self.code_width;
        let mut text = format!(
            "    {}  {:<code_width$}  {}",
            style.severity(
                f.severity,
                severity_label(f.severity, self.lang),
                self.severity_width
            ),
            f.code.as_str(),
            f.message
        );
        if let Some(basis) = &f.legal_basis {
            text.push_str(&style.dim(&format!("  ({basis})")));
        }
        let path = format_path(&f.path);
        if !path.is_empty() {
            text.push_str(&style.dim(&format!("  [{path}]")));
        }
        text.push('\n');
        text
    }
}
