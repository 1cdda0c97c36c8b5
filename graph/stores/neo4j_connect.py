"""Opening a Neo4j driver from the user's settings, with one clear line for each way it can fail.

The URI's scheme chooses how the driver talks to Neo4j: ``bolt://`` to one server, ``neo4j://`` to
a cluster or Aura through the routing table (reads go to readers, writes to the leader), and a
``+s`` suffix (``bolt+s``, ``neo4j+s``) for TLS with a verified certificate (``+ssc`` accepts a
self-signed one).
"""

from __future__ import annotations

import re

import neo4j
from neo4j import exceptions as neo4j_errors

from aikg.graph.errors import InvalidInputError, StoreUnavailableError

URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_REASON = re.compile(r"\(reason (.+)\)\s*$")


def check_uri(uri: str) -> None:
    """Refuse anything but a Bolt or routing URI (the driver would try HTTP or fail obscurely)."""
    scheme, sep, rest = uri.strip().partition("://")
    if not sep or scheme.lower() not in URI_SCHEMES or not rest.strip("/"):
        raise InvalidInputError(
            f"NEO4J_URI {uri!r} is not a Neo4j address: use bolt://HOST:7687 for one server, "
            f"or neo4j://HOST (neo4j+s:// with TLS, e.g. Aura) for a cluster"
        )


def unreachable_reason(exc: Exception) -> str:
    """The driver's failure as a short reason, e.g. '[Errno 111] Connection refused'."""
    message = " ".join(str(exc).split())
    found = _REASON.search(message)
    return found.group(1) if found else message


def open_driver(uri: str, user: str, password: str | None) -> neo4j.Driver:
    """A driver whose connection and credentials were checked; StoreUnavailableError otherwise.

    Without a password no credentials are sent (a server with authentication off accepts that).
    The server's notifications (deprecations, unknown relationship types in a shared query) are
    not for aikg's users: turned off (a setting of Neo4j 5.7 and later).
    """
    check_uri(uri)
    auth = (user, password) if password else None
    driver = neo4j.GraphDatabase.driver(uri.strip(), auth=auth, notifications_min_severity="OFF")
    try:
        driver.verify_connectivity()
    except neo4j_errors.AuthError as exc:
        driver.close()
        given = "" if password else "; none was given"
        raise StoreUnavailableError(
            f"Neo4j at {uri} refused the credentials of user {user!r} (check NEO4J_USER and "
            f"NEO4J_PASSWORD{given}): {' '.join(str(exc.message or exc).split())}"
        ) from exc
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.DriverError, OSError) as exc:
        driver.close()
        raise StoreUnavailableError(f"Neo4j at {uri} cannot be reached: {unreachable_reason(exc)}") from exc
    except Exception:
        driver.close()
        raise
    return driver
