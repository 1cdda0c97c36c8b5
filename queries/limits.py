"""Query limits, in a module that imports nothing (the CLI reads them to build its options)."""

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_MAX_ROWS = 1000
