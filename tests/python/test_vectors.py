"""Every shared vector in fixtures/vectors gives exactly the expected findings, as in Rust."""

from __future__ import annotations

import datetime

import pytest

import regionrad
from conftest import FIXTURES, assert_findings, document_text, load

VECTORS = sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "vectors").glob("*/*.json"))


def test_the_vectors_are_there() -> None:
    assert len(VECTORS) >= 60


@pytest.mark.parametrize("vector_file", VECTORS)
def test_vector(vector_file: str) -> None:
    vector = load(vector_file)
    report = regionrad.validate(
        document_text(vector["council"]),
        [document_text(m) for m in vector["meetings"]],
        today=datetime.date.fromisoformat(vector["today"]),
    )
    assert_findings(vector["expect"]["findings"], report)

