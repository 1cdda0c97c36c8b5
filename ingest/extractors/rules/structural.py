"""Language-neutral structural rules: appositions ("Sam Altman, PDG d'OpenAI"), titles
("OpenAI CEO Sam Altman"), possessives ("xAI's Grok") and prepositional attachments."""

from __future__ import annotations

from aikg.graph.schema import Predicate
from aikg.ingest.extractors.rules.patterns import AND, M, O, P, StructuralRule, listed, structural
from aikg.ingest.extractors.rules.vocabulary import FORMER, ONE_ROLE, ROLE

W, D, F, V = Predicate.WORKS_AT, Predicate.DEPARTED, Predicate.FOUNDED, Predicate.DEVELOPED
ART = (
    r"(?:(?:the|a|an|le|la|les|l'|un|une|its|son|sa|current|actuel(?:le)?|then|currently|now|today|"
    r"aujourd'hui|désormais|actuellement)\s+)*"
)
OWN_APPOSITION = rf"(?!\s*,\s*{ART}{ROLE})"
PREP = (
    r"(?:\s+(?:at|of|for|chez|de|du|au|aux|à|with|au sein de|within)\s+|\s+d'|\s*,\s*(?:at|chez)\s+)"
    r"(?:both\s+)?(?:(?:the|la|le|l')\s*)?(?:[a-z][\w-]*\s+){0,3}?"
)
FILLER = (
    r"(?:(?:new|latest|famous|flagship|upcoming|recent|own|popular|coding|chatbot|AI|open|open-source)\s+)"
    r"{0,3}"
)

PARTNER = (
    r"(?:(?:principal|main|primary|preferred|key|privileged|privilégié|premier|largest|biggest)\s+)?(?:cloud\s+)?"
    r"(?:partner|partenaire|ally|allié|alliée|provider|fournisseur)(?:\s+(?:cloud|privilégié|principal))?"
)

INCLUDING = (
    r"(?:among them|including|notably|such as|notamment|dont|parmi lesquels|parmi lesquelles|parmi eux)"
)
COLLEAGUES = (
    r"(?:colleagues|researchers|employees|engineers|staff|executives|"
    r"chercheurs|employés|ingénieurs|collègues)"
)

BOARD_WORD = r"(?:board(?:\s+of\s+directors)?|conseil(?:\s+d'administration)?)"
ADVERB = r"(?:(?:now|then|still|already|at the time|déjà|alors|désormais|notamment|aussi|also)\s+)?"
COMPRISING = (
    rf"\s*,?\s*(?:(?:which|that|qui|—|-)\s+)?{ADVERB}(?:includ\w*|comprised|comprises|consist\w* of|"
    r"composed of|made up of|with members|compren\w*|compris|compt\w*|composé de|formé de|réun\w*)"
    rf"\s+{ADVERB}:?\s*"
)
BOARD_BOUND = r"(?:board members?|directors?|administrat(?:eurs?|rices?)|membres du conseil)"
# co-founders listed after "with": "co-founded DeepMind in 2010 with Shane Legg and Mustafa Suleyman",
# "which Suleyman started with the LinkedIn co-founder Reid Hoffman and Simonyan"
FOUNDING_VERB = (
    r"(?:co-?founded|cofounded|founded|started|set up|"
    r"(?:a |avait )?(?:co-?fondée?|cofondée?|fondée?|créée?|lancée?))"
)
YEAR = r"(?:\s+(?:in|en)\s+\d{4})?"
NAMED_PERSON = rf"(?:(?:the|le|la|l'|son|sa|his|her|fellow)\s+)?(?:⟦O\d+⟧\s+)?(?:[\w-]+\s+){{0,2}}?{P}"
WITH_LIST = rf"\s+(?:with|avec)\s+{NAMED_PERSON}(?:{AND}{NAMED_PERSON})*"
STRUCTURAL_RULES: list[StructuralRule] = [
    structural(F, rf"{FOUNDING_VERB}\s+(?P<o>{O}){YEAR}(?P<s>{WITH_LIST})", 0.75, dated=True),
    structural(
        F,
        rf"(?P<o>{O})\s*,\s*(?:which|that|qu'|que)\s*(?P<s>{P}\s+{FOUNDING_VERB}{YEAR}{WITH_LIST})",
        0.75,
        dated=True,
    ),
    # board memberships: "OpenAI's board, which included A, B and C",
    # "le conseil d'Anthropic, qui compte A et B"
    structural(
        Predicate.BOARD_MEMBER_OF,
        rf"(?P<o>{O})(?:'s)?\s+(?:(?:new|nonprofit|previous|current|old|initial|five-member|six-member)\s+)*"
        rf"{BOARD_WORD}{COMPRISING}(?P<s>{listed(P)})",
    ),
    structural(
        Predicate.BOARD_MEMBER_OF,
        rf"{BOARD_WORD}\s+(?:of\s+|de\s+|du\s+|d')(?P<o>{O}){COMPRISING}(?P<s>{listed(P)})",
    ),
    structural(
        Predicate.BOARD_MEMBER_OF,
        rf"(?P<s>{P})[^⟦.;]{{0,40}}?\b(?:one of|l'un des|l'une des)\s+(?:the\s+|les\s+)?(?:\w+\s+)?"
        rf"(?P<o>{O})(?:'s)?\s+{BOARD_BOUND}",
    ),
    structural(
        Predicate.BOARD_MEMBER_OF,
        rf"(?P<s>{P})[^⟦.;]{{0,40}}?\b(?:sits?|sat|serves?|served|remains?|remained|stays?|stayed|keeps?|kept)"
        rf"\s+(?:(?:a|his|her)\s+seat\s+)?on\s+(?P<o>{O})'s\s+board",
    ),
    structural(
        F,
        rf"(?:co-?founded|founded|cofondé|co-fondé|fondé)\s+(?P<o>{O})\s+(?:with|avec)\b[^.;]*?{INCLUDING}\s+"
        rf"(?P<s>{listed(P)})",
        0.75,
    ),
    structural(
        D,
        rf"{FORMER}\s+(?P<o>{O})\s+{COLLEAGUES}[^.;⟦]*?{INCLUDING}\s+(?P<s>{listed(P)})",
        0.75,
    ),
    structural(W, rf"(?:chez|at)\s+(?P<o>{O})\s*,\s*{ART}(?P<role>{ROLE})\s+(?P<s>{P})"),
    structural(
        W,
        rf"(?P<o>{O})\s*,\s*(?:dont|whose)\s+(?:le |la |l')?(?P<role>{ROLE})\s+(?:est|is|was|était)\s+"
        rf"(?P<s>{P})",
    ),
    structural(W, rf"(?P<o>{O})\s*,?\s*(?:and|et|,)\s+(?:son|sa|its)\s+(?P<role>{ROLE})\s*,?\s+(?P<s>{P})"),
    structural(W, rf"(?P<o>{O})\s*,\s*(?:son|sa|its)\s+(?P<role>{ROLE})\s+(?P<s>{P})"),
    structural(
        W,
        rf"(?P<s>{P})\s*,\s*{ART}(?P<role>{ONE_ROLE}){PREP}(?P<o>{O})\s+(?:et|and)\s+"
        rf"(?:a |an |the |le |la |l')?(?P<role2>{ONE_ROLE})",
    ),
    structural(
        Predicate.JOINED,
        rf"(?:arrivée|arrival|arrivo)\s+(?:chez|à|at|au sein de)\s+(?P<o>{O})\s+(?:de|d'|of)\s*(?P<s>[^.;]*)",
        dated=True,
    ),
    structural(
        Predicate.COMPETES_WITH,
        rf"(?P<s>{O})[^.;⟦]{{0,80}}?\b(?:its|son|sa|leur)\s+(?:[\w-]+\s+)?(?:rival|competitor|concurrent|concurrente|"
        rf"rivale)\s+(?P<o>{O})",
        0.75,
    ),
    structural(
        Predicate.PARTNERED_WITH,
        rf"(?P<s>{O})\s*,?\s*(?:(?:which|qui)\s+)?(?:becomes|became|devient|est devenue?|is|est)?\s*"
        rf"{ART}{PARTNER}\s+(?:of\s+|de\s+|d'|du\s+|to\s+)(?P<o>{O})",
        0.75,
    ),
    structural(
        Predicate.PARTNERED_WITH,
        rf"(?P<s>{O})\s+(?:becomes|became|devient|is|est|remains|reste)\s+(?P<o>{O})'s\s+{PARTNER}",
        0.75,
    ),
    # people and their organizations (the role decides WORKS_AT, FOUNDED, DEPARTED or BOARD_MEMBER_OF)
    structural(
        W,
        rf"(?P<s>{P})\s*(?:,|\()\s*{ART}(?P<role>{ROLE}){PREP}(?P<o>{listed(O)})(?!\s*,?\s*⟦P\d+⟧(?!\s*,\s*{ART}{ROLE}))",
    ),
    structural(W, rf"(?P<s>{P})\s*,\s*(?:the\s+)?(?P<o>{O})'s\s+(?P<role>{ROLE})"),
    structural(W, rf"(?P<o>{O})[^⟦.;]{{0,40}}?(?P<s>{P})\s*,\s*(?:its|son|sa)\s+(?P<role>{ROLE})"),
    structural(
        W,
        rf"(?P<o>{O})\s*,?\s+(?:(?:is|was|est|était)\s+)?(?:led|run|headed|dirigée?|présidée?)\s+(?:by|par)\s+"
        rf"{ART}(?:(?P<role>{ROLE})\s+)?(?P<s>{P})",
    ),
    structural(
        W,
        rf"(?P<s>{P})[^⟦.;]{{0,40}}?(?:going back to|goes back to|returns? to|returning to|joins|joined|"
        rf"rejoins|rejoined|rejoint|a rejoint|revient chez|is back at)\s+(?P<o>{O})\s+"
        rf"(?:as|comme|en tant que)\s+{ART}(?P<role>{ROLE})",
    ),
    structural(
        Predicate.INVESTED_IN,
        rf"(?P<o>{O})(?:[^⟦.;]|{P}){{0,60}}?\b(?:compte|comptait|counts|counted)\s+(?:aussi\s+|également\s+|also\s+)?"
        rf"(?P<s>{listed(O)})\s+(?:parmi|among)\s+(?:ses|its|their|leurs)\s+(?:[\w-]+\s+)?"
        r"(?:actionnaires|investisseurs|investors|backers|shareholders)",
    ),
    structural(
        Predicate.INVESTED_IN,
        rf"(?P<s>{O})\s*,\s*(?:(?:which|qui)\s+(?:is|est)\s+)?(?P<o>{O})'s\s+"
        rf"(?:[\w-]+\s+)?(?:investor|backer|shareholder)",
    ),
    structural(
        Predicate.INVESTED_IN,
        rf"(?P<s>{O})\s*,\s*{ART}(?:[\w-]+\s+)?(?:investisseur|actionnaire|investor|"
        rf"backer|shareholder)\s+(?:de |d'|du |of |in )(?P<o>{O})",
    ),
    structural(W, rf"(?P<role>{ROLE}){PREP}(?P<o>{O})\s*,?\s*(?P<s>{P}){OWN_APPOSITION}"),
    structural(
        W,
        rf"(?<!former )(?<!formerly )(?<!ancien )(?<!ancienne )(?<!ex-)(?<!ex )"
        rf"(?P<o>{O})(?:'s)?\s+(?P<role>{ROLE})\s*,?\s+(?P<s>{P})",
    ),
    structural(
        W,
        rf"(?P<role>{ROLE})\s+(?P<s>{P})\s*,\s*(?:currently\s+|now\s+|actuellement\s+)?"
        rf"[^,;⟦]{{0,60}}?\b(?:at|chez)\s+(?P<o>{O})",
    ),
    structural(
        W,
        rf"(?P<s>{P})(?:\s*,\s*(?:who|qui))?\s+(?:works|worked|is working|travaille|a travaillé|is employed)"
        rf"(?:\s+(?:as|comme|en tant que)\s+{ART}(?P<role>{ROLE}))?\s+(?:at|for|chez|pour)\s+(?P<o>{O})",
    ),
    structural(
        W,
        rf"(?P<s>{P})(?:\s*,\s*(?:who|qui))?\s+(?:is|was|est|était|serves as|a été nommée?|was named|"
        rf"was appointed|became|est devenue?|devient|becomes)\s+{ART}(?P<role>{ROLE}){PREP}(?P<o>{O})",
    ),
    structural(W, rf"(?P<o>{O})'s\s+(?P<s>{P})", 0.6),
    structural(
        W,
        rf"(?P<s>{P})\s*,\s*(?:the|an?|l'|le|la)\s+(?P<o>{O})\s+(?P<role>{ROLE})(?!\s*(?:of|de|d'|at|chez))",
    ),
    structural(
        W, rf"(?P<s>{P})\s+(?:d'|de\s+|of\s+(?:the\s+)?|from\s+(?:the\s+)?)(?P<o>{O})(?!\s*'s)(?!\s*\()", 0.6
    ),
    structural(W, rf"(?P<s>{P})\s+\((?P<o>{O})\)", 0.6),
    # former affiliation
    structural(D, rf"(?P<s>{P})\s*(?:,\s*|\(\s*){ART}{FORMER}\s*(?P<o>{O})"),
    structural(D, rf"{FORMER}\s*(?P<o>{O})\s+(?P<role>{ROLE})\s*,?\s*(?P<s>{P})"),
    # founders
    structural(
        F,
        rf"(?P<o>{O})\s*,?\s*(?:(?:which|qui)\s+(?:was|a été)\s+)?(?:co-?founded|founded|started|"
        rf"fondée?|cofondée?|co-fondée?|créée?)\s+(?:(?:en|in)\s+\d{{4}}\s+)?(?:by|par)\s+(?P<s>{listed(P)})",
    ),
    structural(
        F,
        rf"(?P<s>{listed(P)})\s*,?\s*(?:the\s+|les\s+)?(?:co-?founders|cofondateurs|co-fondateurs|"
        rf"fondateurs|founders)\s+(?:of\s+|de\s+|d')(?P<o>{O})",
    ),
    structural(F, rf"(?P<s>{P})'s\s+(?P<o>{O})(?!\s*'s)", 0.55),
    structural(F, rf"(?P<o>{O})\s*\(\s*(?:d'|de\s+)(?P<s>{P})\s*\)", 0.55),
    # developers of models
    structural(V, rf"(?P<s>{O})'s\s+{FILLER}(?P<o>{listed(M)})"),
    structural(V, rf"(?P<o>{M})\s+(?:d'|de\s+|by\s+|from\s+)(?P<s>{O})(?!\s*'s)"),
    structural(
        V, rf"(?:models?|modèles?|LLMs?)\s+(?:d'|de\s+|of\s+|from\s+)(?P<s>{O})\s*,?\s*(?P<o>{listed(M)})"
    ),
    structural(V, rf"(?:models?|modèles?)\s+(?P<o>{listed(M)})\s+(?:d'|de\s+|of\s+|from\s+|by\s+)(?P<s>{O})"),
    structural(
        V,
        rf"(?P<o>{M})(?:\s+(?:project|projet|model|modèle|tool|outil))?\s*,\s*{ART}(?P<s>{O})'s\s+"
        rf"(?:[\w-]+\s+){{0,3}}(?:model|agent|assistant|chatbot|tool|product|AI|LLM)",
    ),
    structural(
        V,
        rf"(?:development|launch|release|développement|lancement|sortie|création)\s+(?:of\s+|de\s+|du\s+|d')"
        rf"(?P<o>{M})\s+(?:by|par)\s+(?P<s>{O})",
    ),
]
