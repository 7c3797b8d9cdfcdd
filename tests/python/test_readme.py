"""The README's Python tour runs as written, from the repository root."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_python_tour_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        for block in blocks:
            exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert "error input.invalid attendance[0].status Invalid input" in out
    assert "5059 Orkland kr 534 528,36 22.272" in out, out
