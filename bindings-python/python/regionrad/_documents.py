"""Documents as the functions take them: JSON text, or the decoded JSON as a dict."""

from __future__ import annotations

from typing import Any, Iterable, List, Mapping, Union

from ._errors import InvalidArgumentError

Document = Union[str, bytes, Mapping[str, Any]]
"""A document: JSON text, or the decoded JSON as a dict."""


def as_document(document: Document, what: str) -> Document:
    # The native side reads text and dicts alike, as strictly (True is not 1, in a dict as
    # in text); anything else is not a document.
    if isinstance(document, (str, bytes, Mapping)):
        return document
    raise InvalidArgumentError(f"{what} must be JSON text or a dict, not {type(document).__name__}")


def as_list(values: Iterable[Any], what: str) -> List[Any]:
    # A list of documents or records: any iterable but text and a single mapping, which are
    # one document, not several.
    if isinstance(values, (str, bytes, Mapping)):
        raise InvalidArgumentError(f"{what} must be a list, not one document")
    try:
        return list(values)
    except TypeError:
        raise InvalidArgumentError(f"{what} must be a list, not {type(values).__name__}") from None
