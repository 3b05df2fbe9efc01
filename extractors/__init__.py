"""Pure extraction functions: bytes and text in, plain data out.

Nothing in this package performs I/O, opens a database or imports Prefect, so every function
can be unit-tested on literals and reused from the flows, the CLI and the benchmarks alike.
"""
