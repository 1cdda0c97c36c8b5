"""Whether a capitalised name is a person's, by its shape, a first name, and what the text says
after it; and a surname used alone after the full name."""

from __future__ import annotations

import re

from aikg.ingest.extractors.rules.names import is_first_name
from aikg.ingest.extractors.rules.occurrences import occurrences
from aikg.ingest.extractors.rules.org_shapes import ORG_DESCRIBED_AFTER, ORG_TAIL_WORD
from aikg.ingest.extractors.rules.people_shapes import LOWER, PERSON_NAME, UPPER

# the last word of places, buildings, awards and bodies named after a person ("Alan Turing Institute")
NOT_PERSON_TAIL = re.compile(
    r"^(?:Street|Avenue|Road|Square|Station|Airport|Hospital|Institute|Institut|University|Université|"
    r"School|College|Center|Centre|Prize|Prix|Award|Awards|Medal|Hall|Building|Tower|Bridge|Park|Stadium|"
    r"Museum|Musée|Library|Collective|Fund|Fonds|Family|Trust|Office|Project|Projet|Challenge|Program|"
    r"Programme|Act|Law|Loi|Report|Index|Summit|Sommet|Conference|Forum|Show|Festival|Cup|Coupe|Day|"
    r"Week|Initiative|Fellowship|Scholarship|Lecture|Chair|Studio|Studios|Agency|Agence|Partners)$"
)

PERSON_NAME_ONLY = re.compile(PERSON_NAME)


def looks_like_person(name: str) -> bool:
    """A person's name by its shape alone: a first name, then one or two names that do not end like
    a company's or a place's ("Anne-Sophie Kervella", not "Tobias Capital" or "Grace Hopper Center")."""
    words = name.split()
    return bool(
        PERSON_NAME_ONLY.fullmatch(name)
        and is_first_name(words[0])
        and not ORG_TAIL_WORD.match(words[-1])
        and not NOT_PERSON_TAIL.match(words[-1])
    )


def first_name_evidence(text: str, start: int, end: int, words: list[str]) -> bool:
    """'Amara Diallo and Jun Park will lead ...': a first name and a surname make a person even with
    no title or speech verb around them, unless the name ends like a place or a body's name, or the
    text goes on to describe it as an organization."""
    if not is_first_name(words[0]) or NOT_PERSON_TAIL.match(words[-1]):
        return False
    if any(w.isupper() for w in words[1:]):
        return False
    return not ORG_DESCRIBED_AFTER.match(text, end, min(len(text), end + 80))


# "Sabine Okafor" again is not the surname alone ("Mme Okafor" is: a courtesy title is no name)
NAME_BEFORE = re.compile(rf"(?!(?:Mme|Mlle|Me|Mr|Mrs|Ms|Dr|Pr)\s)[{UPPER}][{LOWER}]+\s$")


def surname_alone(text: str, surname: str, first_seen: int) -> bool:
    """News names a person in full once, then by surname: 'Sabine Okafor ... Okafor had run'. An
    organization is seldom named by its last word alone."""
    if len(surname) < 3 or ORG_TAIL_WORD.match(surname):
        return False
    return any(
        m.start() > first_seen + len(surname)
        and not NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        for m in occurrences(surname, text, r"(?<![\w'’-])", rf"(?![\w'’-])(?!\s+[{UPPER}])")
    )
