"""The DuckDB warehouse: schema and migrations, batched writes, and the public views.

Only this package speaks SQL to the warehouse file. It knows nothing about Prefect or HTTP, and
takes plain records so that any caller (flow, CLI, benchmark) writes the same rows the same way.
"""

from warehouse.db import (
    WarehouseError,
    WarehouseLockedError,
    connect,
    ensure_writable,
    migrate,
    open_reader,
    open_writer,
)

__all__ = [
    "WarehouseError",
    "WarehouseLockedError",
    "connect",
    "ensure_writable",
    "migrate",
    "open_reader",
    "open_writer",
]
