"""Writing RDF triples one at a time, in time and memory linear in the export (no rdflib Graph).

rdflib's serializers hold the whole graph, and its Turtle serializer looks every IRI up in a
growing list of namespaces: an IRI whose last segment is not a valid prefixed-name local part
(a fact or source id starting with digits, ``.../fact/3f2a...``) makes it invent a new ``nsN``
prefix, found by counting up from ``ns1`` each time, so Turtle grew quadratically. Here only the
vocabulary's own prefixes are used, and an IRI is abbreviated only when its local part is a plain
name; everything else is written in full (``<...>``). Each triple is written as it is produced;
a triple produced twice is written twice (RDF counts it once).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, BinaryIO

from rdflib import RDF, Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral

from aikg.graph.export.base import TextBuffer
from aikg.graph.export.rdf_vocab import CACHED, PREFIXES, Triple

_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


@lru_cache(maxsize=CACHED)
def compact(term: URIRef) -> str | None:
    """``prefix:local`` for an IRI in one of the vocabulary's namespaces with a plain local name."""
    text = str(term)
    for namespace, prefix in _NAMESPACES:
        if text.startswith(namespace):
            local = text[len(namespace) :]
            return f"{prefix}:{local}" if _LOCAL.match(local) else None
    return None


@lru_cache(maxsize=CACHED, typed=True)
def _nt_term(term: URIRef | Literal) -> str:
    """A term as rdflib's N-Triples serializer writes it (each term rendered once while cached)."""
    return _quoteLiteral(term) if isinstance(term, Literal) else term.n3()


def write_ntriples(triples: Iterable[Triple], stream: BinaryIO) -> None:
    out = TextBuffer(stream)
    for s, p, o in triples:
        out.write(f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n")
    out.flush()


@lru_cache(maxsize=CACHED, typed=True)
def _turtle_term(term: URIRef | Literal) -> str:
    if isinstance(term, Literal):
        return term.n3()
    return compact(term) or term.n3()


def write_turtle(triples: Iterable[Triple], stream: BinaryIO) -> None:
    out = TextBuffer(stream)
    for prefix, namespace in PREFIXES.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")
    out.write("\n")
    for s, p, o in triples:
        out.write(f"{_turtle_term(s)} {_turtle_term(p)} {_turtle_term(o)} .\n")
    out.flush()


def _jsonld_value(term: URIRef | Literal) -> dict[str, Any]:
    if isinstance(term, Literal):
        value: dict[str, Any] = {"@value": str(term)}
        if term.datatype is not None:
            value["@type"] = compact(term.datatype) or str(term.datatype)
        if term.language:
            value["@language"] = term.language
        return value
    return {"@id": str(term)}


def write_jsonld(triples: Iterable[Triple], stream: BinaryIO) -> None:
    """``{"@context": prefixes, "@graph": [node, ...]}``: one node object per run of triples with
    the same subject, one a line (a subject may have several objects; JSON-LD merges them)."""
    out = TextBuffer(stream)
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    out.write('{"@context": ' + json.dumps(context) + ',\n"@graph": [')
    first = True
    subject: URIRef | None = None
    node: dict[str, Any] = {}

    def flush_node() -> None:
        nonlocal first
        if subject is not None:
            out.write(("\n" if first else ",\n") + json.dumps(node, ensure_ascii=False))
            first = False

    for s, p, o in triples:
        if s != subject:
            flush_node()
            subject, node = s, {"@id": str(s)}
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(compact(o) or str(o))
        else:
            node.setdefault(compact(p) or str(p), []).append(_jsonld_value(o))
    flush_node()
    out.write("\n]}\n")
    out.flush()
