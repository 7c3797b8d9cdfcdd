"""The README's Python tour runs as written, from the repository root."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

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


def test_readme_python_tour_runs_in_a_fresh_venv(tmp_path: Path) -> None:
    """The tour as a new user runs it: a new virtualenv, the wheel with its pandas extra."""
    wheel = os.environ.get("REGIONRAD_WHEEL")
    if not wheel:
        pytest.skip("REGIONRAD_WHEEL is not set: tests/run.sh builds the wheel and sets it")
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"{wheel}[pandas]"], check=True)
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    for block in blocks:
        run = subprocess.run([str(python), "-c", block], cwd=ROOT, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_the_packages_own_readme_runs_and_is_its_long_description() -> None:
    readme = (ROOT / "bindings-python" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(blocks) == 1
    exec(compile(blocks[0], "bindings-python/README.md", "exec"), {})
    wheel = os.environ.get("REGIONRAD_WHEEL")
    if not wheel:
        pytest.skip("REGIONRAD_WHEEL is not set: tests/run.sh builds the wheel and sets it")
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode("utf-8")
    assert "Description-Content-Type: text/markdown" in metadata
    assert "# regionrad for Python" in metadata
