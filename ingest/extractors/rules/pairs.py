"""Plural descriptions of two organizations ("two rivals", "deux principaux concurrents", "the two
companies") resolved to the pair named in the next or previous sentence ("OpenAI and Anthropic")."""

from __future__ import annotations

import re

from aikg.graph.schema import Predicate
from aikg.ingest.extractors.rules.patterns import AND, MODAL, NEGATED, RUMOURED, Candidate, O
from aikg.ingest.extractors.rules.template import Template

PAIR_NP = re.compile(
    r"\b(?:les |the )?(?:deux|two|both) (?:principaux |grands |main |major |leading |big )?"
    r"(?P<head>concurrents|rivaux|rivals|competitors|entreprises|sociétés|companies|labs|laboratoires|firms|"
    r"géants|giants)\b",
    re.IGNORECASE,
)
RIVALS = {"concurrents", "rivaux", "rivals", "competitors"}
TOGETHER = re.compile(
    r"se sont unis|s'unissent|ont uni leurs forces|teamed up|joined forces|collabor\w+|conjoint\w*|joint\b|"
    r"together|ensemble",
    re.IGNORECASE,
)
MUTUAL_ACCESS = re.compile(
    r"se sont (?:mutuellement )?(?:ouvert|accordé|donné)\w* (?:l'|un |leur )?accès|"
    r"(?:gave|granted) each other (?:\w+ )?access",
    re.IGNORECASE,
)
PAIR = re.compile(rf"({O}){AND}({O})")


def _pair(template: Template) -> tuple[int, int] | None:
    distinct = {s.entity.id for s in template.slots if s.type.value == "Organization"}
    match = PAIR.search(template.text)
    if len(distinct) != 2 or not match:
        return None
    a, b = template.slot_ids(match.group(0))[:2]
    return a, b


def pair_candidates(templates: list[Template]) -> list[tuple[Candidate, int]]:
    """Candidates with the index of the sentence that names the pair (the evidence spans both)."""
    out: list[tuple[Candidate, int]] = []
    for i, template in enumerate(templates):
        np = PAIR_NP.search(template.text)
        if (
            not np
            or _pair(template)
            or MODAL.search(template.text)
            or NEGATED.search(template.text)
            or RUMOURED.search(template.text)
        ):
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(templates) or (found := _pair(templates[j])) is None:
                continue
            a, b = (templates[j].slots[k].entity for k in found)
            predicates = []
            if np.group("head").lower() in RIVALS:
                predicates.append(Predicate.COMPETES_WITH)
            if TOGETHER.search(template.text):
                predicates.append(Predicate.COLLABORATED_WITH)
            for predicate in predicates:
                out.append(
                    (Candidate(a, predicate, b, 0.6, template, np.end(), rule="code.pair-description"), j)
                )
            if MUTUAL_ACCESS.search(template.text):
                for s, o in ((a, b), (b, a)):
                    out.append(
                        (
                            Candidate(
                                s,
                                Predicate.GRANTED_ACCESS,
                                o,
                                0.6,
                                template,
                                np.end(),
                                rule="code.pair-mutual-access",
                            ),
                            j,
                        )
                    )
            break
    return out
