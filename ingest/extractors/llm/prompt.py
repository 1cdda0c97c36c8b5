"""The prompt of the LLM extractor, versioned: change any text here and bump PROMPT_VERSION, so
facts and cached answers from the old prompt stay told apart (the version is stored on every
fact and is part of the cache key).

The instructions are in English whatever the article's language; the model is asked for English
canonical names and for the evidence sentence copied exactly, in the article's own language.
The example is invented for this prompt.
"""

from __future__ import annotations

import json
from typing import Any

from aikg.graph.schema import PREDICATES, Predicate
from aikg.ingest.document import Document
from aikg.ingest.extractors.llm.answer import PREDICATE_PROPERTIES
from aikg.ingest.extractors.llm.chunking import Chunk

PROMPT_VERSION = "aikg-llm-1"

MEANINGS: dict[Predicate, str] = {
    Predicate.WORKS_AT: "holds a current job or title at",
    Predicate.DEPARTED: "left, resigned from, was fired or pushed out of",
    Predicate.JOINED: "was hired by, moved to, returned to",
    Predicate.FOUNDED: "founded or co-founded",
    Predicate.BOARD_MEMBER_OF: "sits on the board of",
    Predicate.VOTED_TO_REMOVE: "voted, as a board member, to remove (the object is the person removed)",
    Predicate.DEVELOPED: "built, released, launched or announced the model",
    Predicate.GRANTED_ACCESS: "gave the object access to its models or APIs",
    Predicate.REVOKED_ACCESS: "cut off the object's access to its models or APIs",
    Predicate.COLLABORATED_WITH: "worked together with",
    Predicate.COMPETES_WITH: "is said by the text to compete with",
    Predicate.CRITICIZED: "publicly criticized",
    Predicate.DELAYED: "postponed the release of the model",
    Predicate.INVESTED_IN: "invested in, led or joined a funding round of",
    Predicate.ACQUIRED: "bought",
    Predicate.PARTNERED_WITH: "signed a partnership or deal with",
}


def _predicate_lines() -> str:
    lines = []
    for predicate, spec in PREDICATES.items():
        subjects = " or ".join(sorted(t.value for t in spec.subjects))
        objects = " or ".join(sorted(t.value for t in spec.objects))
        props = PREDICATE_PROPERTIES[predicate]
        extra = f" [{', '.join(props)}]" if props else ""
        lines.append(f"- {predicate.value}: {subjects} -> {objects}: {MEANINGS[predicate]}{extra}")
    return "\n".join(lines)


_EXAMPLE_TEXT = "Mara Quist quit Helion Robotics in June 2023 to found Orbel AI."
_EXAMPLE_ANSWER: dict[str, Any] = {
    "entities": [
        {"name": "Mara Quist", "type": "Person", "mentions": ["Mara Quist"]},
        {"name": "Helion Robotics", "type": "Organization", "mentions": ["Helion Robotics"]},
        {"name": "Orbel AI", "type": "Organization", "mentions": ["Orbel AI"]},
    ],
    "facts": [
        {
            "predicate": "DEPARTED",
            "quote": _EXAMPLE_TEXT,
            "subject": "Mara Quist",
            "subject_type": "Person",
            "object": "Helion Robotics",
            "object_type": "Organization",
            "date": "2023-06",
            "role": None,
        },
        {
            "predicate": "FOUNDED",
            "quote": _EXAMPLE_TEXT,
            "subject": "Mara Quist",
            "subject_type": "Person",
            "object": "Orbel AI",
            "object_type": "Organization",
            "date": "2023-06",
        },
    ],
}

SYSTEM = f"""You read an excerpt of a news article about the AI industry, in English or French, and \
answer with JSON listing the entities it names and the facts it states.

Entities: people (Person); companies, labs, investors, boards, regulators, universities \
(Organization); AI models and AI products (Model). For each: "name", its canonical full name in \
English where one exists; "type"; "mentions", the forms the excerpt uses for it, copied exactly.

Facts use only these predicates (subject type -> object type: meaning [properties]):
{_predicate_lines()}

For each fact:
- "quote": the one sentence of the excerpt that states the fact, copied character for character \
in the excerpt's language. Never translate, shorten or rephrase it.
- "subject" and "object": names from your entity list, with their types.
- properties: "date" as YYYY, YYYY-MM or YYYY-MM-DD (use the publication date to resolve "last \
month"); "role" and "reason" in a few English words; null when the excerpt does not say.
State only what the excerpt says happened or is the case: no rumours, denials, plans, questions \
or events that did not happen. With nothing to report, answer {{"entities": [], "facts": []}}.

Example excerpt (published 2023-07-20): {_EXAMPLE_TEXT}
Example answer: {json.dumps(_EXAMPLE_ANSWER, ensure_ascii=False)}"""

_TEXT_MODE_SUFFIX = "\n\nAnswer with the JSON object only, following this JSON schema:\n"


def system_prompt(schema_in_prompt: dict[str, Any] | None = None) -> str:
    """The instructions; with a schema (for servers that cannot enforce one) it is appended."""
    if schema_in_prompt is None:
        return SYSTEM
    return SYSTEM + _TEXT_MODE_SUFFIX + json.dumps(schema_in_prompt, separators=(",", ":"))


def user_message(chunk: Chunk, doc: Document, chunks: int) -> str:
    """The excerpt and what the model needs to read it: publication date, language, title."""
    lines = [
        f"Published: {doc.published or 'unknown'}",
        f"Language: {doc.language or 'unknown'}",
    ]
    if doc.title:
        lines.append(f"Title: {doc.title}")
    if chunks > 1:
        lines.append(f"Part {chunk.index + 1} of {chunks} of the article.")
    lines += ["", "Excerpt:", chunk.text]
    return "\n".join(lines)


__all__ = ["MEANINGS", "PROMPT_VERSION", "SYSTEM", "system_prompt", "user_message"]
