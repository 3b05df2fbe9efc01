"""The DuckDB warehouse (a file, or a DuckLake): schema and migrations, batched writes, views.

Only this package speaks SQL to the warehouse file. It knows nothing about Prefect or HTTP, and
takes plain records so that any caller (flow, CLI, benchmark) writes the same rows the same way.
"""

from warehouse.db import (
    WarehouseError,
    WarehouseLockedError,
    connect,
    describe,
    ensure_writable,
    is_lake,
    migrate,
    open_reader,
    open_writer,
    warehouse_exists,
)

__all__ = [
    "WarehouseError",
    "WarehouseLockedError",
    "connect",
    "describe",
    "ensure_writable",
    "is_lake",
    "migrate",
    "open_reader",
    "open_writer",
    "warehouse_exists",
]
