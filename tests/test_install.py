"""The README's install path, for real: a fresh venv made by the interpreter's own `venv`
module, with whatever pip that bundles, installs the hash-pinned lock through the Makefile.

Python 3.11.7 and 3.12.1 bundle pip 23.2.1, which rejected the lock in hash-checking mode
once a newer lxml appeared upstream (justext's `lxml[html_clean]` extra); the Makefile now
installs a pinned, hash-checked pip into the venv first. This test runs the real `make` target
against the package index, so it fails on the old Makefile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (
    "Makefile",
    "pyproject.toml",
    "README.md",
    "requirements.lock",
    "requirements-bootstrap.lock",
    "requirements-build.in",
)


def _base_python() -> str:
    """The interpreter the venv was made from, not the venv's own."""
    return getattr(sys, "_base_executable", None) or sys.executable


def test_a_fresh_venv_with_the_bundled_pip_installs_the_lock(tmp_path: Path) -> None:
    for name in SOURCES:
        shutil.copy2(REPO / name, tmp_path / name)
    for package in ("flows", "extractors", "warehouse"):
        shutil.copytree(
            REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    bundled = subprocess.run(
        [_base_python(), "-m", "ensurepip", "--version"], capture_output=True, text=True
    )
    result = subprocess.run(
        ["make", ".venv/bin/.installed-runtime", f"PYTHON={_base_python()}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, (bundled.stdout, result.stdout[-2000:], result.stderr[-4000:])
    version = subprocess.run(
        [str(tmp_path / ".venv" / "bin" / "drillwatch"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.returncode == 0 and version.stdout.startswith("drillwatch "), version.stderr
    pip = subprocess.run(
        [str(tmp_path / ".venv" / "bin" / "python"), "-m", "pip", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert pip.stdout.startswith("pip 25.3"), pip.stdout
