"""All of drillwatch's settings in one place.

Values come from, in rising priority: the defaults below, a TOML settings file
(`DRILLWATCH_SETTINGS_FILE`, else `./drillwatch.toml` when present), a `.env` file in the
working directory, and environment variables with the `DRILLWATCH_` prefix. Every field is
listed in `.env.example` and docs/settings.md. Secrets (the webhook URL) are SecretStr so they
never appear in logs or reprs.

A setting that cannot be used (a broken TOML file, an unknown key, `LOCK_WAIT_S=abc`) is a
`SettingsError` with a one-line message naming the source and the key: every command, even
`--help`, reads the settings first, so a traceback here would greet the user on every call.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PROJECT_URL = "https://github.com/drillwatch/drillwatch"


def _settings_file() -> Path | None:
    named = os.environ.get("DRILLWATCH_SETTINGS_FILE")
    if named:
        return Path(named)
    local = Path("drillwatch.toml")
    return local if local.exists() else None


class Settings(BaseSettings):
    """Runtime configuration; see docs/settings.md for what each knob trades off."""

    model_config = SettingsConfigDict(
        env_prefix="DRILLWATCH_", extra="ignore", env_file=".env", env_file_encoding="utf-8"
    )

    # A file path, or a `ducklake:` address (kept as text: Path would fold its `//`).
    db: str = Field("data/drillwatch.duckdb", description="Warehouse file or DuckLake address")
    lake_data: str | None = Field(
        None, description="Data path of a DuckLake (directory or object-store URL)"
    )
    feeds: Path = Field(Path("feeds.yaml"), description="Feeds file polled by default")

    # Politeness and limits of the fetcher.
    user_agent: str = f"drillwatch/0.1 (+{PROJECT_URL})"
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    total_timeout_s: float = 45.0
    max_feed_bytes: int = 15 * 1024 * 1024
    max_page_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    per_host_concurrency: int = 2
    total_concurrency: int = 16
    allow_private_networks: bool = False
    # robots.txt for article pages (flows/robots.py); feeds you own can opt out with `robots:
    # false` in the feeds file. A Crawl-delay longer than the cap is shortened to the cap.
    respect_robots: bool = True
    max_crawl_delay_s: float = 30.0

    # Scheduling of feeds.
    default_interval_minutes: int = 30
    min_interval_minutes: int = 5
    max_interval_minutes: int = 24 * 60
    backoff_step_minutes: int = 60
    max_backoff_minutes: int = 24 * 60
    max_retry_after_minutes: int = 24 * 60
    max_entries_per_feed: int = 200

    # Pipeline shape.
    feeds_per_batch: int = 25
    max_batches: int = 20
    extraction_workers: int = 0  # 0: one per core
    lock_wait_s: float = 60.0

    # Alerts.
    webhook_url: SecretStr | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings, dotenv_settings]
        path = _settings_file()
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)


class SettingsError(ValueError):
    """A setting that cannot be used; the message is one line naming where it came from."""


def _nearest(key: str) -> str:
    close = difflib.get_close_matches(key, list(Settings.model_fields), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _check_settings_file(path: Path) -> None:
    """Refuse a TOML file that does not parse or names a key drillwatch does not have."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"settings file {path}: {exc.strerror}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"settings file {path}: not valid TOML ({exc})") from exc
    for key in data:
        if key not in Settings.model_fields:
            raise SettingsError(f"settings file {path}: unknown setting {key!r}{_nearest(key)}")


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first.get("loc", ())) or "?"
    value = first.get("input")
    shown = "" if isinstance(value, dict) else f" (got {value!r})"
    return f"setting DRILLWATCH_{field.upper()} / {field}: {first.get('msg', 'invalid')}{shown}"


def load_settings() -> Settings:
    """Settings from every source, or a SettingsError with one line."""
    path = _settings_file()
    if path is not None:
        _check_settings_file(path)
    try:
        settings = Settings()
    except ValidationError as exc:
        raise SettingsError(_describe(exc)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise SettingsError(f"settings: {exc}") from exc
    if settings.lake_data:
        # The warehouse package reads the lake's data path from the environment (it knows
        # nothing of settings), and worker processes started from here inherit it.
        os.environ.setdefault("DRILLWATCH_LAKE_DATA", settings.lake_data)
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read once per process; tests build their own Settings(...) instead."""
    return load_settings()
