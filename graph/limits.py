"""Selection limits, in a module that imports nothing (the CLI reads them to build its options)."""

MAX_HOPS = 4  # the widest ego network an export or the explorer selects
MIGRATE_BATCH = 500  # entities, sources or facts per atomic batch of `aikg migrate`
