"""What a node-link import restores besides the batch: review states and curation links of facts,
``merged_ids`` of entities (merge redirects) and the audit trail (``AuditRecord`` nodes).

Applied after the batch's upsert, in one atomic write. A review decision in the file (accepted,
rejected, corrected) is applied; ``unreviewed`` in the file never overrides a decision the store
holds. Audit records are only created, never changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aikg.graph.audit import AUDIT_LABEL, AuditRecord
from aikg.graph.errors import InvalidInputError
from aikg.graph.review import ReviewState
from aikg.graph.stores import curation_cypher as cc
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.batch_rows import Statement

FACT_KEYS = ("review", "previous_fact_ids", "corrected_from", "superseded_by")
ENTITY_KEYS = ("merged_ids",)


@dataclass
class CurationData:
    audits: list[AuditRecord] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)

    def statements(self) -> list[Statement]:
        out: list[Statement] = []
        if self.facts:
            out.append((cc.SET_REVIEW, {"rows": self.facts}))
        if self.entities:
            out.append((cc.SET_ENTITY, {"rows": self.entities}))
        if self.audits:
            rows = [{"id": r.id, "props": r.node_properties()} for r in self.audits]
            out.append((cc.APPEND_AUDIT, {"rows": rows}))
        return out


def is_audit_node(data: dict[str, Any]) -> bool:
    return AUDIT_LABEL in (data.get("labels") or [])


def read_curation(data: dict[str, Any], edges: list[Any], where: str) -> CurationData:
    """The curation data of parsed node-link JSON (nodes and edges already checked as lists)."""
    out = CurationData()
    for index, node in enumerate(data.get("nodes") or []):
        if not isinstance(node, dict):
            continue
        if is_audit_node(node):
            props = {k: v for k, v in node.items() if k not in ("id", "labels")}
            try:
                out.audits.append(AuditRecord.from_node(str(node["id"]), props))
            except (ValueError, KeyError, TypeError) as exc:
                raise InvalidInputError(f"{where}: node {index}: not an audit record ({exc})") from None
        elif node.get("merged_ids"):
            out.entities.append({"entity": node.get("id"), "props": {"merged_ids": list(node["merged_ids"])}})
    for edge in edges:
        if not isinstance(edge, dict) or not edge.get("fact_id"):
            continue
        props = {k: edge[k] for k in FACT_KEYS if edge.get(k) not in (None, [], "")}
        if props.get("review") == ReviewState.UNREVIEWED.value:
            props.pop("review")
        if props:
            ends = {"subject": edge.get("source"), "object": edge.get("target"), "fact_id": edge["fact_id"]}
            out.facts.append({**ends, "props": props})
    return out


def write_curation(store: GraphStore, curation: CurationData) -> None:
    cc.write_atomically(store, curation.statements())
