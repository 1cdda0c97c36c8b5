"""What AI models' names look like (GPT-4o, o4-mini, Claude Opus 4, Llama 3.1 405B) and the
contexts that introduce a model by name."""

from __future__ import annotations

import re

from aikg.ingest.extractors.rules.people_shapes import LOWER, UPPER

MODEL_WORDS = r"(?:models?|modèles?|chatbots?|assistants?|agents?|LLMs?|tools?|outils?|projects?|projets?)"

TIER_WORDS = (
    r"(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|Mini|mini|Turbo|turbo|Max|Large|Small|Medium|Instruct|"
    r"Lite|Vision)"
)

# "xAI's new Grok model", "le modèle Vesper"
NAMED_MODEL = re.compile(
    rf"['’]s\s+(?:(?:new|latest|famous|flagship|upcoming)\s+)?(?P<name>[{UPPER}][\w.-]*)\s+(?:AI\s+)?{MODEL_WORDS}\b"
    rf"|\b(?:[lL]e |[sS]on |du |[tT]he |[iI]ts |[tT]heir |[sS]a |[lL]eur |[lL]['’]|[cC]e |[cC]et |[nN]otre )"
    rf"(?:(?:new|latest|flagship|first|open|open-weight|nouveau|premier|dernier)\s+)?"
    rf"(?:modèle|model|chatbot|assistant|LLM|IA générative|famille de modèles|gamme de modèles)"
    rf"(?: phare| maison| open source| open-source| ouvert| multimodal| compact)?"
    rf"(?: de langage| d['’]IA| conversationnel| de code)? "
    rf"(?:[«“]\s*)?(?P<name2>[{UPPER}][\w.-]*[\w](?:\s+\d{{1,2}}(?:\.\d{{1,2}})?(?![\w.,%]|\s*%))?"
    rf"(?:\s+{TIER_WORDS})?)(?![\w'’-])"
    # "son agent Ormeau": an agent named by one word (not "son agent Paul Dumas", a person's agent)
    rf"|\b(?:son |sa |leur |[lL]['’]|its |their |the )(?:(?:new|nouvel|premier|first)\s+)?(?:agent|AI agent)"
    rf"(?: d['’]IA| IA)? (?P<name3>[{UPPER}][\w.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    # "pushed back its agent, Pilot Close, to 2027", "its own agent, Xero Ledger Assist, ...": commas
    rf"|\b(?:its|their|son|sa|leur)\s+(?:(?:own|new|first|propre|nouvel|nouveau)\s+)?(?:[a-z][\w-]*\s+)?"
    rf"(?:agent|model|chatbot|LLM|modèle)"
    rf"\s*,\s+(?P<name4>[{UPPER}][\w.-]*[\w](?:\s+[{UPPER}][\w.-]*[\w]){{0,2}})(?=\s*,)"
)

# "Vellum 3", "Marlow 2.5 Pro": a name and a version number, in a sentence about models
SPACED_VERSION = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:[{UPPER}][{LOWER}]+ )?[{UPPER}][{LOWER}]+[\w]*) "
    rf"(?P<v>\d{{1,2}}(?:\.\d{{1,2}})?)"
    # (a comma or a period after the version ends a clause: "Grêlon 2.5, une version plus rapide")
    rf"(?:\s+{TIER_WORDS})?(?![\w%-]|[.,]\d|\s*(?:%|\$|€|billion|million|milliards?|millions?|years?|ans|"
    r"days?|jours|months?|mois|weeks?|semaines|people|personnes|employees|salariés|percent|pour cent|"
    r"hours?|heures|minutes?|points?|fois|times|[BM]\b))"
)

NOT_MODEL_HEADS = frozenset(
    str.split(
        "Series Article Level Phase Stage Top Fortune Section Chapter Tier Round Version Gen Page "
        "Figure Table Class Category Grade Type Group Slide Part Act Title Rule Step Season Episode "
        "Volume Day Week Number Série Niveau Étape Chapitre Tome Partie Saison Semaine Jour Numéro "
        "Covid Windows Iphone Vision "
        # licences: "sous licence Apache 2.0"
        "Apache Creative Licence License Mozilla Eclipse"
    )
)

# "its new model, called Orca Lite", "un modèle baptisé Ketch"
CALLED_MODEL = re.compile(
    r"\b(?:models?|modèles?|LLMs?|chatbots?|assistants?|agents?|versions?)\b[^.;:]{0,30}?"
    r"\b(?:called|named|dubbed|baptisée?|appelée?|nommée?|surnommée?)\s+"
    rf"(?P<name>[{UPPER}][\w.-]*[\w](?:[ -](?:[{UPPER}][\w.-]*[\w]|\d+(?:\.\d+)?))?)(?![\w'’-])"
)

NOT_MODEL_MAKER = (
    r"(?!\s+(?:makers?|developers?|company|companies|providers?|labs?|startups?|start-ups?|"
    r"builders?|business))"
)

# "Corvid Labs, a start-up whose model ...": a company described by its model, not a model
NOT_A_COMPANY = (
    r"(?!(?:[\w-]+\s+){0,2}?(?:start-?ups?|company|firm|lab|maker|whose|that|which|société|entreprise|"
    r"jeune pousse|qui|dont)\b)"
)
MODEL_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][\w.-]*[\w](?:[ -][{UPPER}0-9][\w.-]*)?)\s*,\s+(?:a|an|the|its|their|"
    rf"le|la|son|sa|leur|un)\s+{NOT_A_COMPANY}(?:[\w-]+\s+){{0,3}}?(?:model|LLM|modèle)s?\b{NOT_MODEL_MAKER}"
    rf"|(?:\b(?:own|new|latest|first|propre|nouveau|premier) (?:model|LLM|modèle)"
    # "Son modèle, Ondine, ...": a sentence opening on the company's model
    rf"|(?:(?<=^)|(?<=[.!?»]\s))(?:Son|Leur|Its|Their) (?:model|modèle))\s*,\s+"
    rf"(?P<name2>[{UPPER}][\w.-]*[\w])(?=\s*[,.;])"
)

O_SERIES = re.compile(r"(?<![\w-])o\d(?:-(?:mini|pro|preview|high))?(?![\w-])")

VERSION = r"\d+(?:\.\d+)?[a-z]?"

# "Halcyon-3", "Quill-V2", "Zénith-2", "Sable-R": a name and a version, near words about models
WORD_VERSION = re.compile(
    rf"(?<![\w-])[{UPPER}][{LOWER}]+(?:[- ][{UPPER}][{LOWER}]+)?-(?:V?\d+(?:\.\d+)?[BM]?|[A-Z])(?![\w-])"
    rf"(?:\s+(?:Pro|Max|Ultra|Mini|Lite|Flash|Turbo)(?![\w-]))?"  # "Fathom-3 Max"
)

# a model described by an apposition: "Notara, the speech-to-notes model ...", "Misaine-7B, un petit modèle"
MODEL_DESCRIBED = re.compile(
    rf"(?<![\w'’.-])(?<!\bde )(?<!\bof )(?<!\bby )(?<!\bpar )(?<!\bd')(?<!\bd’)"
    rf"(?P<name>[{UPPER}][\w.]*(?:-[\w.]+)*(?:\s+[{UPPER}0-9][\w.-]*)?)\s*,\s+"
    r"(?:the|a|an|its|their|le|la|un|une|son|sa|leur)\s+" + NOT_A_COMPANY + r"(?:[\w-]+\s+){0,3}?"
    r"(?:model|modèle|chatbot|assistant|agent|LLM)s?\b(?!\s+(?:maker|makers|developer|developers|builder|company|"
    r"lab|startup|start-up|provider|fabricant|éditeur|concepteur|spécialiste)\b)(?!['’])"
)

MODEL_CUE = re.compile(
    r"\b(?:models?|modèles?|LLMs?|versions?|releases?|successor|successeur|assistants?|agents?|chatbots?|"
    r"weights|poids|licen[cs]e|sortie|lancement|reasoning|speech|voix|voice|paramètres|parameters|"
    r"entraîn(?:é|ée|er|e|ement)|trained|training|open source|open-source|benchmarks?|"
    # a release: "X unveiled Y-2", "X a dévoilé Y-3"
    r"unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|releas(?:es|ed|ing)|open-sourc(?:es|ed|ing)|"
    r"dévoil(?:e|é|ée|ent|era)|lanc(?:e|é|ée|ent|era)|présent(?:e|é|ée|ent|era))\b",
    re.IGNORECASE,
)


def model_shape(families: list[str]) -> re.Pattern[str] | None:
    if not families:
        return None
    fam = "|".join(re.escape(f) for f in sorted(families, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:{fam})(?:[- ]{TIER_WORDS})?[- ]?{VERSION}(?:[- ](?:{TIER_WORDS}|\d+[BM]))*(?![\w-])"
    )


# the maker after a model's name: "Brume-3 de Pelorie", "Sarcelle 2 d'Ostrale", "Vesper by Ondine"
MODEL_OF = re.compile(
    rf"\s+(?:de |d['’]|by |from |signé |conçu par |développé par )"
    rf"(?P<name>[{UPPER}][\w&.-]*[\w])(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)

# an edition of a known product: "Le Chat Enterprise", "Claude Team", "ChatGPT Gov"
EDITION = re.compile(r" (?:Enterprise|Entreprise|Team|Business|Gov|Edu)(?![\w-])")
