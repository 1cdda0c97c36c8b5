"""Input limits, in a module that imports nothing (the CLI reads them to build its options)."""

DEFAULT_MAX_BYTES = 5_000_000  # documents larger than this are refused
DEFAULT_TOTAL_SECONDS = 60.0  # total time limit of one download, redirects included
DEFAULT_DELAY_SECONDS = 1.0  # between two requests to the same host
