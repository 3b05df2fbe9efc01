"""Every example of README.md and docs/*.md runs as written, against the demo warehouse.

Each fenced ```bash block runs in a sandbox that looks like the repository root after `make`
(the code, `.venv`, `feeds.yaml`, the docs; `data/demo.duckdb` and `data/drillwatch.duckdb`
made by `drillwatch demo`), with `.venv/bin` first on PATH as the docs assume. A block exits 0
and prints no traceback, or the test fails. SQL blocks run statement by statement through
`drillwatch sql`; python blocks with the venv's interpreter.

An HTML comment on the line before a block says how to run it:

* `<!-- example: skip: REASON -->` never runs (the internet, a server that runs until stopped,
  the setup itself); the reason is shown with the skip.
* `<!-- example: files A B -->` names stand-ins for the user's own files: the test writes small
  ones first (a feeds file pointing at the demo site served on 127.0.0.1, an OPML export, a
  JSONL of items).
* `<!-- example: needs: ../shared ... -->` runs only when ../shared is beside the repository.

A block that runs `drillwatch cluster` needs Debian's PostgreSQL (the lake tests' own
requirement, which .ci/run installs) and skips without it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
LINKED = (
    "flows",
    "extractors",
    "warehouse",
    "tests",
    "bench",
    "docs",
    ".venv",
    "prefect.yaml",
    "pyproject.toml",
    "Makefile",
    "README.md",
)
COPIED = ("feeds.yaml",)  # examples may edit it
_BLOCK = re.compile(
    r"(?:[ \t]*<!-- example: (?P<how>[^\n]*?) -->\n)?[ \t]*```(?P<lang>\w*)\n(?P<body>.*?)```",
    re.S,
)


@dataclass(frozen=True)
class Example:
    where: str
    lang: str
    body: str
    how: str


def examples() -> list[Example]:
    found = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in _BLOCK.finditer(text):
            if m.group("lang") not in ("bash", "sql", "python"):
                continue
            line = text.count("\n", 0, m.start("body"))
            found.append(
                Example(
                    f"{path.relative_to(REPO)}:{line}",
                    m.group("lang"),
                    m.group("body"),
                    (m.group("how") or "").strip(),
                )
            )
    return found


def _feeds(base: str) -> str:
    return (
        "feeds:\n"
        f"  - name: Demo world\n    url: {base}/world.xml\n"
        f"  - name: Demo defence\n    url: {base}/defence.atom\n"
    )


def _write_stand_in(name: str, sandbox: Path, base: str) -> None:
    path = sandbox / name
    if name.endswith((".yaml", ".yml")):
        path.write_text(_feeds(base), encoding="utf-8")
    elif name.endswith(".opml"):
        path.write_text(
            '<?xml version="1.0"?><opml version="2.0"><head><title>Reader</title></head><body>'
            f'<outline text="Defence"><outline text="Demo defence" type="rss" '
            f'xmlUrl="{base}/defence.atom"/><outline text="Extra" type="rss" '
            f'xmlUrl="{base}/extra.xml"/></outline></body></opml>',
            encoding="utf-8",
        )
    elif name.endswith(".jsonl"):
        rows = [
            {
                "id": "a",
                "title": "Navies of Oman and India begin joint drill",
                "text": "The navies of Oman and India began a joint drill off Muscat on Monday.",
                "published": "2026-05-04",
            },
            {"id": "b", "title": "Market report", "text": "Shares rose on Monday."},
        ]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        raise AssertionError(f"no stand-in for {name}: add one to this test")


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory, prefect_harness) -> Iterator[tuple[Path, dict[str, str], str]]:
    from conftest import free_port
    from prefect.settings import PREFECT_API_URL

    from flows.demo import serve_demo_site

    root = tmp_path_factory.mktemp("docs") / "work"
    main = root / "main"
    main.mkdir(parents=True)
    for name in LINKED:
        if (REPO / name).exists():
            (main / name).symlink_to(REPO / name)
    for name in COPIED:
        shutil.copy(REPO / name, main / name)
    shared = REPO.parent / "shared"
    if shared.is_dir():
        (root / "shared").symlink_to(shared)
    env = {
        **os.environ,
        "PATH": f"{REPO / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "PREFECT_API_URL": PREFECT_API_URL.value(),
        "COLUMNS": "100",
    }
    env.pop("DRILLWATCH_DB", None)
    demo = subprocess.run(
        ["drillwatch", "demo", "--db", "data/demo.duckdb", "--port", str(free_port())],
        cwd=main,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    shutil.copy(main / "data" / "demo.duckdb", main / "data" / "drillwatch.duckdb")
    with serve_demo_site(0) as base:
        yield main, env, base


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.where)
def test_documented_example_runs_as_written(example: Example, sandbox) -> None:
    main, env, base = sandbox
    how = example.how
    if how.startswith("skip:"):
        pytest.skip(how.removeprefix("skip:").strip())
    if how.startswith("needs:") and "../shared" in how and not (main.parent / "shared").exists():
        pytest.skip("needs ../shared beside the repository")
    if "drillwatch cluster" in example.body and not _has_postgres():
        pytest.skip("needs PostgreSQL (Debian's postgresql package)")
    if how.startswith("files "):
        for name in how.removeprefix("files ").split():
            _write_stand_in(name, main, base)
    if example.lang == "bash":
        commands = [["bash", "-euo", "pipefail", "-c", example.body]]
    elif example.lang == "python":
        commands = [[str(REPO / ".venv" / "bin" / "python"), "-c", example.body]]
        if not (main / "export").exists():
            subprocess.run(
                ["drillwatch", "export", "--to", "export"],
                cwd=main,
                env=env,
                check=True,
                capture_output=True,
                timeout=300,
            )
    else:
        statements = [s.strip() for s in _strip_sql_comments(example.body).split(";")]
        commands = [["drillwatch", "sql", "--format", "csv", s] for s in statements if s]
    for command in commands:
        result = subprocess.run(
            command, cwd=main, env=env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, (example.where, command[-1][:200], result.stderr[-3000:])
        assert "Traceback" not in result.stderr, (example.where, result.stderr[-3000:])


def _has_postgres() -> bool:
    return any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def _strip_sql_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
