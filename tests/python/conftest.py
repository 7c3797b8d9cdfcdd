"""Shared helpers: where the fixtures are, and vectors' documents as text."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

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
