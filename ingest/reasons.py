"""Reasons in a canonical English form: the common reasons news gives for a delay, a revoked access
or a departure, in English or French, map to one short English phrase ("violation des conditions
d'utilisation" and "breach of its terms" are both "violation of terms of service"). A phrase that
fits no canonical form is kept as written."""

from __future__ import annotations

import re


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.IGNORECASE)


CANONICAL_REASONS: list[tuple[re.Pattern[str], str]] = [
    (
        _rx(
            r"safety (?:tests?|testing|checks?|evaluations?|reviews?)",
            r"(?:tests?|évaluations?|vérifications?) (?:de|en matière de) sécurité",
        ),
        "additional safety tests",
    ),
    (
        _rx(
            r"(?:violat\w*|breach\w*|break\w*|infring\w*|abus\w*)(?: (?:of|with))?"
            r"(?: (?:its|the|their|our|those|these))? (?:commercial |usage )?"
            r"(?:terms|conditions|rules|polic\w+)",
            r"terms of (?:service|use)",
            r"(?:violation|non-respect|infraction) (?:de |des |à )?(?:ses |leurs |les )?"
            r"(?:conditions|règles)",
            r"(?:enfreint|violé|viole|enfreignant|violant) (?:ses |leurs |les )?(?:conditions|règles)",
        ),
        "violation of terms of service",
    ),
    (_rx(r"conflicts? of interests?", r"conflits? d'intérêts?"), "conflict of interest"),
    (
        _rx(
            r"acquisition|takeover|buyout|\brachat",
            r"(?:talks|negotiations|discussions|pourparlers|négociations) (?:with|avec)",
            r"belong to|be (?:acquired|bought) by|appartenir à",
        ),
        "acquisition talks",
    ),
    (_rx(r"\bcompeti\w*", r"\brival\w*", r"\bconcurren\w*"), "competition"),
    (
        _rx(
            r"\bregulat\w*",
            r"\bréglement\w*",
            r"\brégulat\w*",
            r"\bAI Act\b",
            r"\bcompliance\b",
            r"conformité",
        ),
        "regulatory concerns",
    ),
    (
        _rx(r"\bsecurity\b", r"cybersécurité", r"privacy", r"confidentialité", r"protection des données"),
        "security concerns",
    ),
    (
        _rx(r"\bsafety\b", r"(?:raisons?|considérations|préoccupations|inquiétudes) de sécurité"),
        "safety concerns",
    ),
    (_rx(r"\bcosts?\b", r"\bexpens\w*", r"\bcoûts?\b", r"\bcoûteu\w*"), "cost"),
    (_rx(r"\bperformance\w*", r"\bcapabilit\w*", r"\bcapacités\b"), "performance concerns"),
    (
        _rx(r"technical (?:issues|problems|difficulties|glitches)", r"(?:problèmes|difficultés) techniques"),
        "technical issues",
    ),
]


def canonical_reason(phrase: str) -> str:
    """The canonical English form of a reason, or the phrase itself (trimmed) when none fits."""
    for pattern, canonical in CANONICAL_REASONS:
        if pattern.search(phrase):
            return canonical
    return phrase.strip()


__all__ = ["CANONICAL_REASONS", "canonical_reason"]
