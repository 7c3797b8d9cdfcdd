//! Messages of documents that do not decode and of the limits beyond which nothing is read
//! (`input.*`): every part of the library that takes a document can give them.

use crate::findings::Code;

/// `code`'s template in bokmål, nynorsk and English, when it is one of these.
pub(super) fn templates(code: Code) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match code {
        Code::InputInvalid => (
                "Ugyldig innhold: {detail}",
                "Ugyldig innhald: {detail}",
                "Invalid input: {detail}",
            ),
        Code::InputUnsupportedSchemaVersion => (
                "schema_version {found} støttes ikke (støttet: {supported})",
                "schema_version {found} er ikkje støtta (støtta: {supported})",
                "schema_version {found} is not supported (supported: {supported})",
            ),
        Code::InputTooLarge => (
                "Dokumentet er på {bytes} byte, mer enn de {max} som leses",
                "Dokumentet er på {bytes} byte, meir enn dei {max} som blir lesne",
                "The document is {bytes} bytes, more than the {max} read",
            ),
        Code::InputTooDeep => (
                "Dokumentet er nøstet dypere enn {max} nivåer",
                "Dokumentet er nøsta djupare enn {max} nivå",
                "The document is nested deeper than {max} levels",
            ),
        Code::InputTooMany => (
                "{count} i {what}, mer enn de {max} som leses",
                "{count} i {what}, meir enn dei {max} som blir lesne",
                "{count} in {what}, more than the {max} read",
            ),
        Code::InputTextTooLong => (
                "Teksten er lengre enn {max} tegn",
                "Teksten er lengre enn {max} teikn",
                "The text is longer than {max} characters",
            ),
        Code::InputLineBreakInLine => (
                "{field} skrives på én linje, men har et linjeskift (eller en tabulator i en celle)",
                "{field} skal skrivast på éi linje, men har eit linjeskift (eller ein tabulator i ei celle)",
                "{field} is written on one line but holds a line break (or a tab in a cell)",
            ),
        Code::InputNotWrittenBack => (
                "{field} kan ikke skrives som referat slik at det leses tilbake likt",
                "{field} kan ikkje skrivast som referat slik at det blir lese tilbake likt",
                "{field} cannot be written as minutes that read back the same",
            ),
        _ => return None,
    })
}
