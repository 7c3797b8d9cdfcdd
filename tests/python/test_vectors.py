"""Every shared vector in fixtures/vectors gives exactly the expected findings, as in Rust."""

from __future__ import annotations

import datetime
import json
from typing import Any, Dict, Optional

import pytest

import regionrad
from conftest import FIXTURES, document_text, load

VECTORS = sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "vectors").glob("*/*.json"))


def comparable(finding: Dict[str, Any], params_of: Optional[Dict[str, Any]] = None) -> str:
    out: Dict[str, Any] = {
        "code": finding["code"],
        "document": finding["document"],
        "meeting": finding.get("meeting"),
        "path": list(finding["path"]),
    }
    if params_of is not None:
        out["params"] = {k: finding.get("params", {}).get(k) for k in params_of}
    return json.dumps(out, sort_keys=True, ensure_ascii=False)


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
    got = [
        {"code": f.code, "document": f.document, "meeting": f.meeting, "path": list(f.path), "params": dict(f.params)}
        for f in report
    ]
    unmatched = [comparable(f) for f in got]
    missing = []
    for want in vector["expect"]["findings"]:
        key = comparable(want, want.get("params"))
        hit = next((f for f in got if comparable(f, want.get("params")) == key and comparable(f) in unmatched), None)
        if hit is None:
            missing.append(key)
        else:
            unmatched.remove(comparable(hit))
    assert (missing, unmatched) == ([], []), vector["description"]
