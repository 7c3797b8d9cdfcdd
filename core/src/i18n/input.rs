//! Messages of documents that do not decode and of the limits beyond which nothing is read
//! (`input.*`): every part of the library that takes a document can give them.

use crate::findings::Code;

/// `code`'s template in bokmål and English, when it is one of these.
pub(super) fn templates(code: Code) -> Option<(&'static str, &'static str)> {
    Some(match code {
        Code::InputInvalid => ("Ugyldig innhold: {detail}", "Invalid input: {detail}"),
        Code::InputUnsupportedSchemaVersion => (
            "schema_version {found} støttes ikke (støttet: {supported})",
            "schema_version {found} is not supported (supported: {supported})",
        ),
        Code::InputTooLarge => (
            "Dokumentet er på {bytes} byte, mer enn de {max} som leses",
            "The document is {bytes} bytes, more than the {max} read",
        ),
        Code::InputTooDeep => (
            "Dokumentet er nøstet dypere enn {max} nivåer",
            "The document is nested deeper than {max} levels",
        ),
        Code::InputTooMany => (
            "{count} i {what}, mer enn de {max} som leses",
            "{count} in {what}, more than the {max} read",
        ),
        Code::InputTextTooLong => (
            "Teksten er lengre enn {max} tegn",
            "The text is longer than {max} characters",
        ),
        Code::InputLineBreakInLine => (
            "{field} skrives på én linje, men har et linjeskift (eller en tabulator i en celle)",
            "{field} is written on one line but holds a line break (or a tab in a cell)",
        ),
        Code::InputNotWrittenBack => (
            "{field} kan ikke skrives som referat slik at det leses tilbake likt",
            "{field} cannot be written as minutes that read back the same",
        ),
        _ => return None,
    })
}
