"""Prefect flows and tasks, the CLI, and every piece of network I/O drillwatch performs."""
