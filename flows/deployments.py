"""prefect.yaml -> runner deployments, so `drillwatch serve` and `prefect deploy` agree.

Both ways of running drillwatch read the same file: the work-pool path through Prefect's own
`prefect deploy --all`, the serve path through this module. Overrides (another feeds file,
database or poll interval) are applied on top, never by editing the file.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
PREFECT_YAML = REPO_ROOT / "prefect.yaml"


@dataclass
class DeploymentSpec:
    """One deployment of prefect.yaml, as plain data."""

    name: str
    entrypoint: str
    description: str
    tags: list[str]
    parameters: dict[str, Any]
    schedules: list[dict[str, Any]] = field(default_factory=list)
    concurrency_limit: dict[str, Any] | None = None


def load_specs(path: Path = PREFECT_YAML) -> list[DeploymentSpec]:
    """The deployments declared in prefect.yaml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        DeploymentSpec(
            name=d["name"],
            entrypoint=d["entrypoint"],
            description=" ".join(str(d.get("description", "")).split()),
            tags=list(d.get("tags") or []),
            parameters=dict(d.get("parameters") or {}),
            schedules=list(d.get("schedules") or []),
            concurrency_limit=d.get("concurrency_limit"),
        )
        for d in data["deployments"]
    ]


def load_flow(entrypoint: str):
    """Import the flow of an entrypoint `flows/module.py:flow_name` (a path inside the repo)."""
    file_part, _, attr = entrypoint.partition(":")
    module_name = file_part.removesuffix(".py").replace("/", ".")
    return getattr(importlib.import_module(module_name), attr)


def apply_overrides(
    specs: list[DeploymentSpec],
    *,
    feeds_file: str | None,
    db_path: str | None,
    poll_interval_s: int | None,
) -> list[DeploymentSpec]:
    """Swap in the user's feeds file, database and poll interval where deployments take them."""
    for spec in specs:
        if feeds_file and "feeds_file" in spec.parameters:
            spec.parameters["feeds_file"] = feeds_file
        if db_path and "db_path" in spec.parameters:
            spec.parameters["db_path"] = db_path
        if "snapshot_dir" in spec.parameters and db_path:
            base = Path("data") if db_path.startswith("ducklake:") else Path(db_path).parent
            spec.parameters["snapshot_dir"] = str(base / "snapshot")
        if poll_interval_s and spec.name == "poll":
            spec.schedules = [{"interval": poll_interval_s}]
    return specs


def to_runner_deployments(specs: list[DeploymentSpec]) -> list:
    """RunnerDeployments for `prefect.serve`, with the same schedules and limits as the file."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig

    deployments = []
    for spec in specs:
        flow = load_flow(spec.entrypoint)
        intervals = [s["interval"] for s in spec.schedules if "interval" in s]
        crons = [s["cron"] for s in spec.schedules if "cron" in s]
        limit = None
        if spec.concurrency_limit:
            limit = ConcurrencyLimitConfig(
                limit=spec.concurrency_limit["limit"],
                collision_strategy=spec.concurrency_limit.get("collision_strategy", "ENQUEUE"),
            )
        deployments.append(
            flow.to_deployment(
                name=spec.name,
                interval=intervals or None,
                cron=crons or None,
                parameters=spec.parameters,
                description=spec.description,
                tags=spec.tags,
                concurrency_limit=limit,
            )
        )
    return deployments
