"""Shared helpers: where the fixtures are, and vectors' documents as text."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def read(relative: str) -> str:
    return (FIXTURES / relative).read_text(encoding="utf-8")


def load(relative: str) -> Any:
    return json.loads(read(relative))


def document_text(spec: Any) -> str:
    """A vector's document as the text to validate (see fixtures/README.md)."""
    if isinstance(spec, str):
        return spec
    if isinstance(spec, dict) and "$ref" in spec:
        doc = copy.deepcopy(load(spec["$ref"]))
        for change in spec.get("set", []):
            *parents, last = change["path"]
            target = doc
            for step in parents:
                target = target[step]
            target[last] = change["value"]
        return json.dumps(doc, ensure_ascii=False)
    return json.dumps(spec, ensure_ascii=False)


def comparable(finding: Dict[str, Any], want: Optional[Dict[str, Any]] = None) -> str:
    """The part of a finding a vector states: code, document, meeting, path, and the params,
    severity and span the expectation `want` names."""
    out: Dict[str, Any] = {
        "code": finding["code"],
        "document": finding["document"],
        "meeting": finding.get("meeting"),
        "path": list(finding["path"]),
    }
    if want is not None and "params" in want:
        out["params"] = {k: finding.get("params", {}).get(k) for k in want["params"]}
    for named in ("severity", "span"):
        if want is not None and named in want:
            out[named] = finding.get(named)
    return json.dumps(out, sort_keys=True, ensure_ascii=False)


def assert_findings(expected: List[Dict[str, Any]], findings: Iterable[Any]) -> None:
    """`findings` (regionrad.Finding objects) are exactly those `expected` describes."""
    findings = list(findings)
    # Each finding's message is rendered: not empty, not only its code's id.
    assert [f for f in findings if not f.message or f.message == f.code] == []
    got = [
        {
            "code": f.code,
            "document": f.document,
            "meeting": f.meeting,
            "path": list(f.path),
            "params": dict(f.params),
            "severity": f.severity,
            "span": None if f.span is None else {
                "start": {"line": f.span.start_line, "column": f.span.start_column},
                "end": {"line": f.span.end_line, "column": f.span.end_column},
            },
        }
        for f in findings
    ]
    unmatched = [comparable(f) for f in got]
    missing = []
    for want in expected:
        key = comparable(want, want)
        hit = next((f for f in got if comparable(f, want) == key and comparable(f) in unmatched), None)
        if hit is None:
            missing.append(key)
        else:
            unmatched.remove(comparable(hit))
    assert (missing, unmatched) == ([], [])
