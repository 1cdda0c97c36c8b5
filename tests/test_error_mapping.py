"""Driver errors become the project's own exceptions at each adapter, and the mapping is complete."""

from __future__ import annotations

import pytest
import redis
from neo4j import exceptions as neo4j_errors

from aikg.graph import errors
from aikg.graph.stores import falkordb_store, neo4j_store


def neo4j_error(code: str, message: str = "message") -> Exception:
    return neo4j_errors.Neo4jError._hydrate_neo4j(code=code, message=message)


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (neo4j_errors.ServiceUnavailable("down"), errors.StoreUnavailableError),
        (neo4j_errors.AuthError("bad password"), errors.StoreUnavailableError),
        (neo4j_error("Neo.ClientError.Statement.SyntaxError"), errors.QuerySyntaxError),
        (neo4j_error("Neo.ClientError.Statement.AccessMode"), errors.ReadOnlyViolationError),
        (
            neo4j_error("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"),
            errors.QueryTimeoutError,
        ),
        (neo4j_error("Neo.ClientError.Schema.ConstraintValidationFailed"), errors.ConstraintViolationError),
        (neo4j_error("Neo.DatabaseError.General.UnknownError"), errors.StoreError),
    ],
)
def test_neo4j_errors_are_mapped(exc: Exception, expected: type[errors.StoreError]) -> None:
    mapped = neo4j_store.map_error(exc)
    assert type(mapped) is expected
    assert mapped.args[0].startswith("Neo4j")


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (redis.ConnectionError("no socket"), errors.StoreUnavailableError),
        (
            redis.ResponseError("graph.RO_QUERY is to be executed only on read-only queries"),
            errors.ReadOnlyViolationError,
        ),
        (redis.ResponseError("Query timed out"), errors.QueryTimeoutError),
        (redis.ResponseError("errMsg: Invalid input at end of input"), errors.QuerySyntaxError),
        (
            redis.ResponseError("unique constraint violation, on edge of relationship-type JOINED"),
            errors.ConstraintViolationError,
        ),
        (redis.ResponseError("Division by zero"), errors.StoreError),
    ],
)
def test_falkordb_errors_are_mapped(exc: Exception, expected: type[errors.StoreError]) -> None:
    mapped = falkordb_store.map_error(exc)
    assert type(mapped) is expected
    assert "\n" not in mapped.args[0]


def test_every_store_error_is_reachable() -> None:
    """Each StoreError subclass the adapters may raise is produced by at least one mapping above."""
    produced = {
        errors.StoreUnavailableError,
        errors.QuerySyntaxError,
        errors.ReadOnlyViolationError,
        errors.QueryTimeoutError,
        errors.ConstraintViolationError,
        errors.StoreError,
    }
    adapter_errors = {
        c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.StoreError)
    }
    # raised before any driver call: a missing reference, another process holding the writer lock
    assert adapter_errors - produced == {errors.MissingEntityError, errors.WriterBusyError}
    assert all(issubclass(c, errors.AikgError) for c in adapter_errors)


@pytest.mark.parametrize("store_module", [falkordb_store, neo4j_store])
def test_only_driver_exceptions_are_mapped(store_module: object) -> None:
    driver_errors = store_module.DRIVER_ERRORS  # type: ignore[attr-defined]
    for programming_error in (TypeError, ValueError, KeyError, AttributeError, AssertionError):
        assert not issubclass(programming_error, driver_errors)
    assert Exception not in driver_errors


def test_a_programming_error_surfaces_as_itself_from_a_real_store(scratch_store) -> None:
    """An empty parameter name is refused by the client library, not the engine: a ValueError."""
    with pytest.raises(ValueError, match="parameter name") as caught:
        scratch_store.run("RETURN 1", {"": 1})
    assert not isinstance(caught.value, errors.StoreError)
    with pytest.raises(errors.QuerySyntaxError):  # an engine error is still a StoreError
        scratch_store.run("RETURN RETURN")


def test_time_limit_and_syntax_errors_on_every_store(store) -> None:
    """The engine's own errors, by code on Neo4j: a query past its time limit, a malformed query."""
    slow = "UNWIND range(1, 50000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)"
    with pytest.raises(errors.QueryTimeoutError):
        store.run(slow, timeout=0.01)
    with pytest.raises(errors.QuerySyntaxError):
        store.run("RETURN RETURN")
    assert store.run("RETURN 1 AS one", timeout=5).rows == [[1]]
