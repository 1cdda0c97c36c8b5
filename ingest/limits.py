"""Input limits, in a module that imports nothing (the CLI reads them to build its options)."""

DEFAULT_MAX_BYTES = 5_000_000  # documents larger than this are refused
