"""The project's exceptions: one root, so the CLI can turn any of them into one clean line."""

from __future__ import annotations


class AikgError(Exception):
    """Root of every error aikg raises on purpose."""


class InvalidInputError(AikgError):
    """User input (a file, a line, a parameter) is malformed; the message names it."""


class StoreError(AikgError):
    """The graph store failed."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached or started."""


class QuerySyntaxError(StoreError):
    """The engine rejected the Cypher text."""


class QueryTimeoutError(StoreError):
    """The query ran past its time limit."""


class ReadOnlyViolationError(StoreError):
    """A write was attempted through a read-only query."""


class ConstraintViolationError(StoreError):
    """A uniqueness rule of the store was broken."""


class MissingEntityError(StoreError):
    """A fact names an entity that neither the batch nor the store holds."""


class WriterBusyError(StoreError):
    """Another aikg process kept the data dir's writer lock past the wait limit."""
