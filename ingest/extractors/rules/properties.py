"""Fact properties: roles (normalized to English), dates, reasons, the model of an access grant,
and the predicate a role implies (a founder FOUNDED, a former engineer DEPARTED)."""

from __future__ import annotations

import re

from aikg.graph.schema import EntityType, Predicate
from aikg.ingest.dates import relative_date
from aikg.ingest.extractors.rules.patterns import Candidate
from aikg.ingest.extractors.rules.vocabulary import BOARD, FORMER, FOUNDER
from aikg.ingest.reasons import canonical_reason

ROLE_WORDS: list[tuple[str, str]] = [
    (r"\bvice[- ]présidente?\b|\bvice[- ]president\b", "VP"),
    (r"\bchief technology officer\b", "CTO"),
    (r"\bchief financial officer\b", "CFO"),
    (r"\bchief operating officer\b", "COO"),
    (r"\bde la stratégie\b", "of strategy"),
    (r"\bPDG\b|\bdirect(?:eur|rice) général(?:e)?\b|\bchief executive(?: officer)?\b", "CEO"),
    (r"\bdirect(?:eur|rice) technique\b", "CTO"),
    (r"\bdirect(?:eur|rice) financi(?:er|ère)\b", "CFO"),
    (r"\bdirect(?:eur|rice) des opérations\b|\bdirect(?:eur|rice) opérationnel(?:le)?\b", "COO"),
    (r"\bdirect(?:eur|rice) scientifique\b", "chief scientist"),
    (r"\bco-?fondat(?:eur|rice)\b|\bcofondat(?:eur|rice)\b", "co-founder"),
    (r"\bfondat(?:eur|rice)\b", "founder"),
    (r"\bprésidente?\b", "president"),
    (r"\bdirect(?:eur|rice)\b", "director"),
    (r"\bresponsable\b|\bchef\b", "head"),
    (r"\bpatron(?:ne)?\b|\bboss\b", "CEO"),
    (r"\bchercheu(?:r|se)\b", "researcher"),
    (r"\bingénieure?\b", "engineer"),
    (r"\bscientifique\b", "scientist"),
    (r"\bemployée?\b", "employee"),
    (r"\bdirigeante?\b", "executive"),
    (r"\bconseill(?:er|ère)\b", "advisor"),
    (r"\bprofesseure?\b", "professor"),
    (r"\bd[eu] la recherche\b|\bde recherche\b", "of research"),
    (r"\bd[eu] la sécurité\b|\bde sécurité\b", "of safety"),
    (r"\ben IA\b|\bd'IA\b", "in AI"),
]
ACRONYM = re.compile(r"^[A-Z]{2,5}$")
REASON = re.compile(
    r"(?:\bbecause of|\bdue to|\bciting|\baccusing (?:[\w']+ ){0,3}?of|\baccusant (?:[\w']+ ){0,3}?d[e']|"
    r"\bover|\bfor violating|\bfor|\bafter|\ben raison d[eu']s?|"
    r"\bpour cause d[e']|"
    r"\binvoquant|\bpour (?:des )?raisons? d[e']|\bpour|\bafin d[e']|\bto (?:run|conduct|allow|perform))\s+"
    r"(?P<reason>[^,.;⟦]{4,90})",
    re.IGNORECASE,
)
REASON_NEXT = re.compile(
    r"^(?:la raison (?:était|est|invoquée (?:était|est))|the reason (?:was|is|given was)|en cause\s*:|"
    r"motif\s*:)\s+(?P<reason>[^.;]{4,120})",
    re.IGNORECASE,
)
ARTICLE = re.compile(r"^(?:the|a|an|une?|la|le|les|des|l'|d'|de la|du)\s+", re.IGNORECASE)
DATE_PHRASE = re.compile(
    r"\b(?:(?:le |on |en |in |since |depuis )?(?:\d{1,2}(?:er)? )?"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?: \d{1,2},?)?(?: (?:19|20)\d{2}| dernier| last)?|"
    r"(?:last|past) (?:week|month|year)|(?:la semaine|le mois|l'année) derni(?:er|ère)|"
    r"yesterday|hier|(?:en|in) (?:19|20)\d{2})\b"
)


def normalize_role(raw: str) -> str:
    text = re.sub(rf"^{FORMER}\s*", "", raw.strip(), flags=re.IGNORECASE).strip()
    for pattern, english in ROLE_WORDS:
        text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    # what the table could not translate stays out: "CEO du site" is "CEO"
    text = re.sub(r"\s+(?:du|des|de la|de l'|de|d'|chez)(?:\s|$).*$", "", text, flags=re.IGNORECASE).strip()
    words = [w if ACRONYM.match(w) else w.lower() for w in text.split()]
    return " ".join(words)


def retarget(candidate: Candidate) -> list[Candidate]:
    """A role can say more than WORKS_AT: founders, former staff and board members.
    'cofondateur et directeur scientifique' says both FOUNDED and WORKS_AT."""
    from dataclasses import replace

    raw = candidate.role or ""
    parts = (
        re.split(r"\s+(?:et|and)\s+(?:a |an |the |le |la |l'|another |a fellow |fellow |un autre )?", raw)
        if candidate.role
        else [raw]
    )
    if candidate.predicate is Predicate.WORKS_AT and len(parts) > 1:
        return [c for part in parts for c in retarget(replace(candidate, role=part))]
    return [_retarget_one(candidate)]


def _retarget_one(candidate: Candidate) -> Candidate:
    if candidate.predicate is not Predicate.WORKS_AT or not candidate.role:
        if candidate.role:
            candidate.role = normalize_role(candidate.role)
        return candidate
    raw = candidate.role
    if re.search(FOUNDER, raw, re.IGNORECASE):
        candidate.predicate, candidate.role = Predicate.FOUNDED, None
    elif re.search(rf"^{FORMER}", raw, re.IGNORECASE):
        candidate.predicate, candidate.role = Predicate.DEPARTED, normalize_role(raw)
    elif re.search(BOARD, raw, re.IGNORECASE):
        candidate.predicate, candidate.role = Predicate.BOARD_MEMBER_OF, None
    else:
        candidate.role = normalize_role(raw)
    return candidate


def _clean_reason(text: str) -> str:
    return canonical_reason(ARTICLE.sub("", text.strip().rstrip(" ,")).strip())


def reason_for(candidate: Candidate, next_sentence: str | None) -> str | None:
    after = candidate.template.text[candidate.anchor :]
    match = REASON.search(after)
    if match and "⟦" not in match.group("reason"):
        return _clean_reason(match.group("reason"))
    if next_sentence:
        match = REASON_NEXT.match(next_sentence.strip().replace("’", "'"))
        if match:
            return _clean_reason(match.group("reason"))
    return None


def date_in(text: str, published: str | None, language: str | None) -> str | None:
    """The first date phrase of a text, as a partial date."""
    match = DATE_PHRASE.search(text)
    return relative_date(match.group(), published, language) if match else None


def date_for(candidate: Candidate, published: str | None, language: str | None) -> str | None:
    found = date_in(candidate.template.text, published, language)
    if found:
        return found
    if candidate.default_date and published:
        return published[:7]
    return None


def model_for(candidate: Candidate) -> str | None:
    after = candidate.template.text[candidate.anchor :]
    for index in candidate.template.slot_ids(after):
        slot = candidate.template.slots[index]
        if slot.type is EntityType.MODEL:
            return slot.entity.name
    return None


def role_before_subject(candidate: Candidate) -> str | None:
    """'Researcher Boaz Barak', 'le PDG Sam Altman': a title right before the person."""
    from aikg.ingest.extractors.rules.vocabulary import ROLE

    template = candidate.template
    for index, slot in enumerate(template.slots):
        if slot.entity.id == candidate.subject.id:
            start = template.positions[index][0]
            match = re.search(
                rf"(?:^|[\s(])(?P<role>{ROLE})\s+$", template.text[max(0, start - 60) : start], re.IGNORECASE
            )
            if match and not re.search(FOUNDER + "|" + FORMER, match.group("role"), re.IGNORECASE):
                return normalize_role(match.group("role"))
    return None
