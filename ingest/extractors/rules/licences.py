"""Licences taken on a model and access to it: "Samsung will pay for a licence to Quill-V2", "Orange
obtient une licence sur Timbre-2", "Siemens engineers get access to Tern-2". The licensor is the model's
developer (found in the article or known to the reference data), which grants the licensee access
(GRANTED_ACCESS, with the model)."""

from __future__ import annotations

import re

from aikg.graph.schema import Entity, Predicate
from aikg.ingest.extractors.rules.patterns import Candidate, blocked
from aikg.ingest.extractors.rules.template import Template

LICENSED_MODEL_RULE = "code.licensed-model"
TAKES_LICENCE = re.compile(
    r"(?P<o>⟦O\d+⟧)(?:[^.;⟦]|⟦[PO]\d+⟧){0,160}?\b(?:takes?|took|taking|obtains?|obtained|gets?|got|secures?|secured|"
    r"pays? for|paid for|pay for|buys?|bought|signs?|signed|prend|prendra|a pris|obtient|obtiendra|a obtenu|"
    r"acquiert|a acquis|paiera|paie|signe|a signé)\s+(?:a|an|une|un|the|la)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:licen[cs]e|licence)(?:\s+(?:non[- ])?exclusi(?:ve|f))?\s+"
    r"(?:to|for|on|over|sur|pour|d'utilisation de|d'exploitation de)\s+"
    r"(?:(?:the|its|le|la|son|sa|leur)\s+)?(?:[\w-]+\s+){0,2}?(?P<m>⟦M\d+⟧)"
)

# "Siemens engineers get access to Tern-2", "Orange obtient l'accès à Timbre-2"
GETS_ACCESS = re.compile(
    r"(?P<o>⟦O\d+⟧)(?:\s+(?:engineers|researchers|developers|staff|users|customers|teams?|ingénieurs|"
    r"chercheurs|équipes|clients))?\s+(?:(?:will|would|also|now|then|aussi|désormais)\s+)*"
    r"(?:gets?|got|gains?|gained|receives?|received|obtains?|obtained|obtient|obtiendra|a obtenu|aura|"
    r"auront)\s+"
    r"(?:(?:early|full|exclusive|priority|direct|un|l'|un accès)\s+)*(?:access|accès)\s+(?:to|à)\s+"
    r"(?:(?:the|its|le|la|son|sa)\s+)?(?:[\w-]+\s+){0,2}?(?P<m>⟦M\d+⟧)"
)


def licence_candidates(
    templates: list[Template], developers: dict[str, Entity], known: dict[str, Entity]
) -> list[Candidate]:
    """``developers``: model id -> the organization the article says developed it; ``known``: entities
    by id (for a model's developer in the reference data)."""
    out: list[Candidate] = []
    for template in templates:
        matches = [*TAKES_LICENCE.finditer(template.text), *GETS_ACCESS.finditer(template.text)]
        for m in matches:
            licensee = template.slots[template.slot_ids(m.group("o"))[0]].entity
            model = template.slots[template.slot_ids(m.group("m"))[0]].entity
            licensor = developers.get(model.id) or known.get(model.developer or "")
            if licensor is None or licensor.id == licensee.id or blocked(template, m.end("o"), m.start("m")):
                continue
            out.append(
                Candidate(
                    licensor,
                    Predicate.GRANTED_ACCESS,
                    licensee,
                    0.75,
                    template,
                    m.end(),
                    props={"model": model.name},
                    default_date=True,
                    rule=LICENSED_MODEL_RULE,
                )
            )
    return out
