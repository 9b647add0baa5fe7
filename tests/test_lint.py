"""The code is ruff clean and ruff formatted, and the Sphinx half mypy clean (so CI enforces what the README promises)."""

from __future__ import annotations

import shutil
import subprocess
import sys

from .conftest import ROOT

TARGETS = ["extensions", "tests", "bench", "docs/conf.py"]


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    command = [shutil.which("ruff") or sys.executable, *([] if shutil.which("ruff") else ["-m", "ruff"])]
    existing = [t for t in TARGETS if (ROOT / t).exists()]
    return subprocess.run([*command, *args, *existing], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_check_is_clean() -> None:
    done = ruff("check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_is_clean() -> None:
    done = ruff("format", "--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean() -> None:
    """mypy as pyproject.toml configures it (``[tool.mypy]``: the Sphinx half, normal strictness)."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
