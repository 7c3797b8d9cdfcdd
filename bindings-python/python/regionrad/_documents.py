"""Documents as the functions take them: JSON text, or the decoded JSON as a dict."""

from __future__ import annotations

import os
from typing import Any, Iterable, List, Mapping, Union

from . import _native
from ._errors import InvalidArgumentError, InvalidInputError

Document = Union[str, bytes, Mapping[str, Any], "os.PathLike[str]"]
"""A document: JSON text, the decoded JSON as a dict, or the path of a JSON file
(`pathlib.Path`)."""

NativeDocument = Union[str, bytes, Mapping[str, Any]]
"""A document as the native side takes it: text, or the decoded JSON."""


def _read(path: str, what: str) -> bytes:
    # One byte past the limit, so that the native side refuses a larger file as it refuses
    # larger text, and `/dev/zero` is not read until memory runs out.
    try:
        with open(path, "rb") as handle:
            return handle.read(_native.MAX_DOCUMENT_BYTES + 1)
    except OSError as error:
        raise InvalidInputError(f"{what}: cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:  # a NUL in the path
        raise InvalidInputError(f"{what}: cannot read {path!r}: {error}") from None


def as_document(document: Document, what: str) -> NativeDocument:
    # The native side reads text and dicts alike, as strictly (True is not 1, in a dict as
    # in text). A path is read as a file; text that is a path, not JSON, is never parsed as
    # JSON (its error would be about JSON); anything else is not a document.
    if isinstance(document, os.PathLike):
        path = os.fspath(document)
        if not isinstance(path, str):
            raise InvalidArgumentError(f"{what}: a path as text, not bytes")
        return _read(path, what)
    if isinstance(document, str):
        start = document.lstrip()[:1]
        if start and start not in "{[\"" and (document.endswith(".json") or os.path.isfile(document)):
            raise InvalidArgumentError(
                f"{what}: {document!r} is a path, not JSON text; pass pathlib.Path({document!r}) "
                "to read the file, or its text"
            )
        return document
    if isinstance(document, (bytes, Mapping)):
        return document
    raise InvalidArgumentError(
        f"{what} must be JSON text, a dict or a pathlib.Path, not {type(document).__name__}"
    )


def as_list(values: Iterable[Any], what: str) -> List[Any]:
    # A list of documents or records: any iterable but text and a single mapping, which are
    # one document, not several.
    if isinstance(values, (str, bytes, Mapping)):
        raise InvalidArgumentError(f"{what} must be a list, not one document")
    try:
        return list(values)
    except TypeError:
        raise InvalidArgumentError(f"{what} must be a list, not {type(values).__name__}") from None
