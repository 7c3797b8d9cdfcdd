"""The examples stay true: the notebook executes and produces its table and chart; the
script runs; the stubs match the native module; the package and examples type-check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "bindings-python" / "examples"
PYPROJECT = EXAMPLES.parent / "pyproject.toml"


def test_notebook_executes_with_its_table_and_chart() -> None:
    import nbclient
    import nbformat

    notebook = nbformat.read(EXAMPLES / "contributions.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("<table" in h and "Orkland" in h for h in html), "no contributions table"
    assert any("image/png" in o.get("data", {}) for o in outputs), "no chart"


def test_script_prints_both_keys() -> None:
    run = subprocess.run([sys.executable, str(EXAMPLES / "contributions.py")], capture_output=True, text=True, check=True)
    assert "30/70" in run.stdout and "50/50" in run.stdout
    assert "5059 Orkland" in run.stdout and "kr 534 528,36" in run.stdout


def _mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", *args], capture_output=True, text=True, cwd="/")


def test_stubs_match_the_native_module() -> None:
    run = subprocess.run([sys.executable, "-m", "mypy.stubtest", "regionrad._native"], capture_output=True, text=True, cwd="/")
    assert run.returncode == 0, run.stdout + run.stderr


def test_package_and_examples_type_check_strictly() -> None:
    for target in (["-p", "regionrad"], [str(EXAMPLES / "contributions.py")]):
        run = _mypy("--config-file", str(PYPROJECT), *target)
        assert run.returncode == 0, run.stdout + run.stderr
