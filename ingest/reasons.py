"""Reasons in a canonical English form: the common reasons news gives for a delay, a revoked access
or a departure, in English or French, map to one short English phrase ("violation des conditions
d'utilisation" and "breach of its terms" are both "violation of terms of service"). A phrase that
fits no canonical form is kept as written."""

from __future__ import annotations

import re

CANONICAL_REASONS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"safety (?:tests?|testing|checks?|evaluations?|reviews?)|"
            r"(?:tests?|évaluations?|vérifications?) (?:de|en matière de) sécurité",
            re.IGNORECASE,
        ),
        "additional safety tests",
    ),
    (
        re.compile(
            r"(?:violat\w*|breach\w*|break\w*|infring\w*|abus\w*)(?: (?:of|with))?(?: (?:its|the|their|our|"
            r"those|these))? (?:commercial |usage )?(?:terms|conditions|rules|policies|policy)|terms of (?:service|use)|"
            r"(?:violation|non-respect|infraction) (?:de |des |à )?(?:ses |leurs |les )?(?:conditions|règles)|"
            r"(?:enfreint|violé|viole|enfreignant|violant) (?:ses |leurs |les )?(?:conditions|règles)",
            re.IGNORECASE,
        ),
        "violation of terms of service",
    ),
    (re.compile(r"conflicts? of interests?|conflits? d'intérêts?", re.IGNORECASE), "conflict of interest"),
    (
        re.compile(
            r"acquisition|takeover|buyout|\brachat|(?:talks|negotiations|discussions|pourparlers|négociations) "
            r"(?:with|avec)|(?:belong to|be (?:acquired|bought) by|appartenir à)",
            re.IGNORECASE,
        ),
        "acquisition talks",
    ),
    (re.compile(r"\bcompeti\w*|\brival\w*|\bconcurren\w*", re.IGNORECASE), "competition"),
    (
        re.compile(r"\bregulat\w*|\bréglement\w*|\brégulat\w*|\bAI Act\b|\bcompliance\b|conformité", re.IGNORECASE),
        "regulatory concerns",
    ),
    (
        re.compile(r"\bsecurity\b|cybersécurité|privacy|confidentialité|protection des données", re.IGNORECASE),
        "security concerns",
    ),
    (
        re.compile(r"\bsafety\b|(?:raisons?|considérations|préoccupations|inquiétudes) de sécurité", re.IGNORECASE),
        "safety concerns",
    ),
    (re.compile(r"\bcosts?\b|\bexpens\w*|\bcoûts?\b|\bcoûteu\w*", re.IGNORECASE), "cost"),
    (re.compile(r"\bperformance\w*|\bcapabilit\w*|\bcapacités\b", re.IGNORECASE), "performance concerns"),
    (
        re.compile(r"technical (?:issues|problems|difficulties|glitches)|(?:problèmes|difficultés) techniques", re.IGNORECASE),
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
