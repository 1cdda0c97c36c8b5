"""What organizations' names look like in news, and the contexts only a company or a fund has
("shares of X", "X raised", "la start-up X", "X, a Paris lab"); headlines' subjects and objects."""

from __future__ import annotations

import re

from aikg.ingest.extractors.rules.people_shapes import CALENDAR_WORDS, LOWER, UPPER

ORG_BEFORE_PERSON = re.compile(r"(?:['’]s\s+|\b(?:chez|at|of|from|de|d['’])\s*)$")

# the last word of many company and fund names: a name ending so is never a person's
ORG_TAIL = (
    r"(?:Inc\.?|Corp\.?|Corporation|Labs?|Technologies|Robotics|Robotique|Ventures|Capital|Partners|GmbH|"
    r"Ltd\.?|AI|IA|Systems|Systèmes|Compute|Computing|Logic|Minds|Audio|Reasoning|Médias|Media|Foundation|"
    r"Fondation|Holdings|Networks|Analytics|Dynamics|Software|Semiconductors?|Security|Studios?|"
    r"Therapeutics|Investments|Management|Cloud|Bio|Intelligence|Data|Voix|Voice|Vision|Robots|"
    r"Group|Participations|Associés|Associates|Partenaires|Gestion|LLP|LLC|SAS|SA|AG|PLC|plc|Invest|Fund|"
    r"Institute|University)"
)

ORG_TAIL_WORD = re.compile(rf"^{ORG_TAIL}$")

FIRM_TAIL = re.compile(rf"\s+{ORG_TAIL}(?![\w-])")

ORG_SUFFIX = re.compile(
    rf"\b(?:[{UPPER}][\w&.-]*\s+(?:&\s+)?){{0,2}}[{UPPER}][\w&.-]*\s+(?:&\s+)?{ORG_TAIL}(?!\w)"
)

# what the headline says a company does: "Corvid Systems raises ...", "Owkin nomme ..."
HEADLINE_ORG = re.compile(
    rf"^(?:[\w-]+\s+){{0,2}}?(?P<name>[{UPPER}][\w&.-]*(?:\s+(?:&\s+)?[{UPPER}][\w&.-]*){{0,2}})\s*(?::|,|"
    r"\s+(?:raises|raised|lands|hires|adds|brings|buys|agrees|acquires|cuts|pushes|delays|signs|launches|"
    r"unveils|opens|takes|wins|loses|sues|names|appoints|board|founder|co-founder|chief|CEO|and its|lève|"
    r"recrute|rachète|s'offre|embauche|accueille|nomme|reporte|repousse|coupe|entre|prend|perd|fait|signe|"
    r"lance|dévoile|s'allie|aurait|et (?:la|le|les|son|sa))\b)"
)

# an organization described by an apposition: "Lumenfold, a Zurich lab", "Clairvoie, une jeune pousse"
ORG_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][\w&.-]*(?:\s+[{UPPER}][\w&.-]*){{0,2}})\s*,\s+(?:a|an|the|une|un|la|le|l'|"
    # no preposition before the noun: "X, a partner at the law firm" is no firm
    # nor a second determiner: in "Valenciennes, a annoncé la start-up" the "a" is a verb
    r"its|son|sa)\s+(?:(?!(?:at|of|with|for|in|chez|de|du|des|d|à|pour|avec|a|an|the|la|le|les|l|un|une)\b)"
    r"[\w-]+\s+){0,4}?"
    r"(?:startup|start-up|company|firm|lab|maker|developer|provider|fund|producer|business|manufacturer|"
    r"supplier|newsletter|agency|regulator|"
    r"investor|chipmaker|cloud|group|operator|publisher|société|entreprise|jeune pousse|fonds|laboratoire|"
    r"éditeur|opérateur|groupe|spécialiste|fabricant|filiale|subsidiary|unit|conglomerate|insurer|bank|"
    r"banque|assureur|retailer|platform|plateforme|business|rival|competitor|supplier|vendor|concurrent|"
    r"concurrente|rivale|fournisseur)s?\b(?!['’])"
)

# a company named by its web domain: "Loomwise.ai", "Vesper.io"
# (a period after the name may end the sentence: "... de Valeo.ai.")
DOMAIN_NAME = re.compile(
    rf"(?<![\w.@/-])[{UPPER}][\w-]*[{LOWER}0-9]\.(?:ai|io|co|com|fr|dev|app|tech)(?![\w-])(?!\.\w)"
)

# what a headline does to a second company: "Anthropic shuts Tallowbyte out", "X takes Y's founders",
# "X coupe l'accès de Y", "X s'offre Y"
HEADLINE_OBJECT = re.compile(
    r"\b(?:shuts|cuts(?: off)?|sues|accuses|acquires|buys|agrees to buy|takes on|takes|lands|partners with|"
    r"teams up with|licenses|hires|brings in|poaches|rachète|s'offre|coupe l'accès (?:de |d')|"
    r"s'allie (?:à|avec)|poursuit|accuse|recrute les fondateurs (?:de |d'))\s+"
    r"(?:(?:[a-z][\w-]* ){0,2}?(?:start-up|startup|rival|lab|rivale|jeune pousse) )?"
    rf"(?P<name>[{UPPER}][\w&.-]*[\w])(?P<poss>'s)?(?![\w'-])(?!\s+[{UPPER}])"
)

# verbs after which a headline's second name may also be a person: only its possessive then names a company
HEADLINE_PERSON_VERB = re.compile(r"^(?:hires|brings in|poaches|takes)\b")

# a single capitalised name where the sentence expects an organization: "acquired by Atlassian",
# "lands Klarna as a customer", "opens its models to Siemens", "chez Owkin", "aux côtés d'Eurazeo"
ORG_SLOT = re.compile(
    r"\b(?:acquired by|bought by|backed by|funded by|seeded by|invested in|stake in|partnership with|"
    r"partnered with|deal with|agreement with|contract with|customers? (?:include|includes|such as)|lands|"
    r"rivals?|competitors?|(?:models?|access|API) to|access of|left|quit|joins|joined|at|"
    r"rachetée? par|soutenue? par|menée? par|partenariat avec|accord avec|contrat avec|s'allie à|"
    r"auprès d[e']|participation (?:\w+ )?dans|(?:a |ont |avait )?investi dans|investit dans|"
    r"aux côtés d[e']|chez|passée? par|ancien(?:ne)? d[e']|clients? comme|concurrents? comme|rejoint|quitte|"
    r"clients? (?:figur\w+|incluent|comptent)|"
    r"a quitté|au capital d[e']|compet(?:es|ing|e|ed) (?:directly |head-on )?(?:with|against)|cuts? off|"
    r"shut off|stopped|(?:a )?(?:coupé|suspendu|retiré|révoqué) (?:\w+ )?l'accès d[e']|coupe l'accès d[e']|"
    r"en concurrence (?:\w+ )?avec|rivalise avec)\s*"
    r"(?:the |la |le |l'|de |du |la start-up |la jeune pousse )?"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)

# "Institut Pasteur", "University of Lagos", "la Banque des Territoires", "Mutuelle des Landes"
ORG_PREFIXED = re.compile(
    rf"(?<![\w-])(?:Institut|Institute|University|Université|(?<=[lL]['’])université|Fondation|Banque|Mutuelle|Caisse|Agence|"
    rf"Autorité|Collège|Laboratoire|Fonds|Groupe|Compagnie|Cabinet|Crédit|Centre)\s+(?:(?:of|for|de|des|du|d['’])\s*(?:la\s+|l['’])?)?"
    rf"[{UPPER}][\w-]*[{LOWER}](?:\s+[{UPPER}][\w-]*[{LOWER}])?(?![\w'’-])"
)

# "directrice juridique de Quincy", "head of research at Wrenfield": the employer after a role
# (the preposition and the name are matched first; the role is then looked for just before them)
AT_ORG = re.compile(
    rf"(?<![\w'’-])(?:de |d['’]|at |chez )"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)

# "l'américain HubSpot", "la française Lemlist", "le chinois DeepSeek": a company by its nationality
ORG_NATIONALITY = re.compile(
    rf"(?<![\w-])(?:[lL]['’]|[lL]e |[lL]a )(?:américaine?|français|française|chinoise?|britannique|"
    rf"allemande?|japonaise?|suisse|néerlandaise?|espagnole?|belge|russe|"
    # "le canadien X", "l'israélienne X", "la lyonnaise X", "le toulousain X"
    rf"[a-zé]+(?:ien|ienne|ais|aise|ois|oise|ain|aine|éen|éenne))"
    # one word only: "la française Anne Lemoine" is a person
    rf"\s+(?P<name>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
)

# "Berlin-based Tevo", "a Paris-based AI startup called Vireo": a company by where it is based
BASED_ORG = re.compile(
    r"\b[\w-]+-(?:based|backed|funded|owned)\s+(?:(?:AI|tech|AI chip|software|robotics|defen[cs]e)\s+)?"
    r"(?:(?:startup|start-up|company|firm|lab|developer|maker|rival)\s+(?:called\s+|named\s+)?)?"
    rf"(?P<name>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
)

NO_COMMENT = r"\s+n['’](?:ont|a) (?:pas )?(?:souhaité|voulu|répondu|donné suite|commenté)"

# "a spokesperson for Brightwell", "Stackwise, which makes ...", "Stackwise, qui édite ...":
# what only a company has or does
ORG_CONTEXT = re.compile(
    r"\b(?:spokes(?:person|man|woman) for|porte-parole d[e']|representative of|représentant d[e'])\s*"
    rf"(?P<name>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    rf"|(?<![\w'’-])(?P<name2>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:which|qui)\s+(?:also\s+|aussi\s+)?"
    r"(?:makes|builds|develops|sells|designs|provides|offers|operates|specializes|specialises|"
    r"was founded|raised|employs|édite|développe|conçoit|fabrique|commercialise|propose|a été fondée|"
    r"a levé|emploie|compte \d|led|had led|co-led|invested|a mené|avait mené|a codirigé|a investi|"
    r"avait investi)\b"
    # "Harbel, valued at $2 billion", "Harbel, backed by ...", "Harbel, whose chips ..."
    rf"|(?<![\w'’-])(?P<name5>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:now\s+|désormais\s+)?(?:valued at|valorisée?|"
    r"backed by|soutenue? par|financée? par|whose (?:models?|products?|chips|platform|software|investors|"
    r"founders?|shares)|dont (?:les|le|la) (?:modèles?|produits?|puces|plateforme|logiciels?|investisseurs|"
    r"fondateurs?))\b"
    # "Harbel, founded in 2019 by ...", "Harbel, fondée en 2021 par ..."
    rf"|(?<![\w'’-])(?P<name3>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:(?:co-?|co)?founded|created|launched|spun out|"
    r"(?:co)?fondée|créée|lancée)\s+(?:in|en|by|par|from|d[e'])\b"
    # "Ondine, spécialisée dans la robotique", "Tamrin, filiale de ...", "Harbel, basée à Lyon"
    rf"|(?<![\w'’-])(?P<name6>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:spécialisée? dans|spécialiste d[eu']|"
    r"basée? à|installée? à|implantée? à|filiale d[eu']|éditeur d[eu']|fabricant d[eu']|"
    r"a subsidiary of|a unit of|the maker of|the developer of|the company behind|la société derrière)"
    # "sa propre société, Ondine,", "his own company, Tamrin,"
    r"|\b(?:sa|son|leur|his|her|its|their) (?:propre |own |new |nouvelle )?(?:société|entreprise|start-up|"
    r"startup|company|firm|fonds|fund|lab|laboratoire)\s*,\s+"
    rf"(?P<name7>[{UPPER}][\w&.-]*[\w])(?=\s*[,.;])"
    # "Tamarel nomme A", "Tamarel recrute A": who names or hires a person is an employer
    rf"|(?:^|(?<=[.;:]\s)|(?<=\n))(?P<name8>[{UPPER}][\w&.-]*[\w])\s+(?:a\s+|vient de\s+)?"
    rf"(?:nomme|nommé|nommer|recrute|"
    rf"recruté|recruter|embauche|embauché|embaucher)\s+(?=(?:M\.|Mme)?\s*[{UPPER}][{LOWER}]+\s+[{UPPER}])"
    # "Fondée en 2019 par A, Brivane ...", "Soutenue par A, la jeune pousse Pelvane ...": what a fronted
    # feminine participle describes is a company (a person's name has two words: not taken)
    rf"|(?:^|(?<=[.;:]\s)|(?<=\n))(?:Fondée|Cofondée|Co-fondée|Créée|Rachetée|Acquise|Soutenue|Financée|Épaulée|"
    rf"Valorisée|Basée|Installée|Implantée|Spécialisée|Contactée|Interrogée|Sollicitée)"
    rf"\b[^,;.]{{0,80}},\s+"
    rf"(?:(?:la|cette) (?:société|start-up|jeune pousse|entreprise|licorne|pépite|firme) "
    rf"(?:[a-zà-ÿ]+ )?)?(?P<name9>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    # "Kessane envisagerait de racheter ...", "Orvane vient de lever ...": who buys a company or raises
    # money is a company, even in a hedged sentence (the fact is left out, not the name)
    rf"|(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=informations,\s))(?P<name10>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    rf"\s+(?:(?:aurait|serait|pourrait|devrait|envisagerait|envisage|compte|souhaite|vient|va|a|avait)\s+)?"
    rf"(?:(?:sur le point|en passe|en voie)\s+)?(?:de\s+|d['’])?"
    rf"(?:racheter|rachète|racheté|acquérir|acquiert|acquis|s['’]offrir|s['’]offre|lever|lève|levé)\b"
    # "Ni Kessane ni Orvane n'ont souhaité commenter": one-word names declining to comment are companies
    rf"|\b[Nn]i (?P<name11>[{UPPER}][\w&.-]*[\w]) ni [{UPPER}][\w&.-]*[\w]{NO_COMMENT}"
    rf"|\b[Nn]i [{UPPER}][\w&.-]*[\w] ni (?P<name12>[{UPPER}][\w&.-]*[\w]){NO_COMMENT}"
    # "Harbel is a Lyon startup", "Harbel est une jeune pousse"
    rf"|(?<![\w'’-])(?P<name4>[{UPPER}][\w&.-]*[\w])\s+(?:is|was|est|était)\s+(?:a|an|une|un)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:startup|start-up|company|firm|lab|société|entreprise|jeune pousse|fonds|fund|"
    r"éditeur|scale-up|unicorn|licorne|chipmaker|developer|maker)s?\b"
)

_ONE_NAME = rf"(?P<name>[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"

# what only an organization has or does, around one unknown name: "shares of Brockwell", "Grendal CEO
# Amos Reid", "Harbel's chief executive", "Orrin raised $20 million", "Pevensey said it would",
# "customers include Dunmore", "les salariés de Zenfold"
ORG_CUE = re.compile(
    r"\b(?:[Ss]hares (?:of|in)|[Ee]mployees (?:at|of)|[Ss]taff at|[Ii]nvestors in|[Bb]ackers of|"
    r"valuation of|values|valued|valorise|valorisant|salariés d[e']|employés d[e']|fondateurs d[e']|"
    r"cofondat(?:eur|rice)s? d[e']|PDG d[e']|patron d[e']|patronne d[e']|directeur général d[e']|"
    r"directrice générale d[e']|levée de fonds d[e']|levée d[e']|actionnaires d[e']|"
    r"acquisition of|takeover of|purchase of|rachat d[e']|l['’]acquisition d[e']|"
    r"(?:co-?)?founders of|chief executive of|CEO of|fondat(?:eur|rice)s? d[e']|valorisation d[e']|"
    # "She co-founded Wardline in 2021": what a person founded is an organization
    r"(?<=\w )(?:co-?founded|cofounded|founded)"
    r"(?= [A-Z]\w+ (?:in|with|after|alongside|last|two|three))|"
    r"tour de table d[e']|série [A-F] d[e']|"
    r"conseil d['’]administration(?: de)?|conseil de surveillance(?: de)?|"
    r"(?:[Cc]ustomers|[Cc]lients|[Bb]ackers|[Ii]nvestors|[Ss]hareholders|[Pp]artners) "
    r"(?:include|includes|such as)|"
    r"[Pp]armi (?:les|ses|leurs) (?:clients|investisseurs|actionnaires|partenaires)"
    r"(?: figurent| on trouve| :)?)"
    rf"\s+(?:d['’])?{_ONE_NAME}"
    rf"|(?<![\w'’-])(?P<name2>[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)"
    r"(?:['’]s\s+(?:(?:new|former|current|own|interim|top)\s+)?(?:chief executive|CEO|CTO|CFO|COO|founders?|"
    r"co-?founders?|board|shares|stock|valuation|investors|backers|headquarters|spokes(?:person|man|woman)|"
    r"employees|staff|engineers|customers|revenue|subsidiary|parent company|chief \w+ officer|chatbot|"
    r"flagship|technology|platform|products?|software|offices|chips|acquisition|funding|IPO|chief scientist|"
    r"head of \w+|general counsel|Series [A-F])\b"
    r"|\s+(?:CEO|CTO|CFO|COO|co-?founder|cofounder|founder|chief executive|president|"
    r"spokes(?:person|man|woman)|"
    rf"chair(?:man|woman)?|chief \w+ officer)\s+[{UPPER}]"
    r"|\s+(?:raised|raises|has raised|had raised|lève|a levé|avait levé)\s+"
    r"(?:\$|€|£|US\$|\d|more than|nearly|about|plus de|près de|quelque)"
    r"|\s+(?:said|says|announced|confirmed) (?:it|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|in a (?:statement|blog post|filing))\b"
    r"|\s+(?:declined to comment|did not (?:immediately )?respond|n'a pas répondu|"
    r"n'a pas (?:souhaité|voulu) (?:commenter|réagir))\b"
    r"|\s+(?:a annoncé|annonce|a indiqué|indique|a confirmé|confirme) (?:lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|dans un communiqué|avoir)\b)"
)

# a capitalised word just before (not one that ends a sentence: "at Google. Harbel raised ...")
NAME_GROUPS = tuple(f"name{n}" if n > 1 else "name" for n in range(1, 13))

LONGER_BEFORE = re.compile(rf"[{UPPER}][\w&-]*(?:\.[\w&-]+)*\s$")

# a name of two or three words where only an organization fits: "acquired by Harrow Mills",
# "a partnership with Deutsche Telekom", "rachetée par Groupe Arnaud" (people are found first; an
# investor may be a person, so "backed by" is left out)
ORG_SLOT_LONG = re.compile(
    r"\b(?:acquired by|bought by|partnership with|agreement with|contract with|rachetée? par|"
    r"partenariat avec|contrat avec)\s+(?:the\s+)?"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,2}})(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)

# an acronym where a sentence expects an organization: "a round led by GV", "acquired by IBM", "chez EDF"
ACRONYM_SLOT = re.compile(
    r"\b(?:led by|co-led by|backed by|funded by|acquired by|bought by|invested in|stake in|"
    r"partnership with|deal with|agreement with|menée? par|soutenue? par|rachetée? par|auprès d[e']|"
    r"aux côtés d[e']|chez|partenariat avec|accord avec)\s*"
    rf"(?P<name>[{UPPER}][{UPPER}0-9&]{{1,5}})(?![\w'’&-])(?!\s+[{UPPER}])"
)

# acronyms that name no organization
NOT_ORG_ACRONYMS = frozenset(
    {
        "AI",
        "IA",
        "LLM",
        "API",
        "GPU",
        "CPU",
        "TPU",
        "CEO",
        "CTO",
        "CFO",
        "COO",
        "PDG",
        "DG",
        "USA",
        "US",
        "UK",
        "EU",
        "UE",
        "IPO",
        "VC",
        "SAAS",
        "B2B",
        "RH",
        "HR",
        "PR",
        "TV",
        "AGI",
        "ML",
        "NLP",
        "R&D",
        "SPAC",
        "ETF",
    }
)

# a source quoted by one name: "selon Maddyness,", "according to Semafor."
MEDIA_WORD = re.compile(
    r"\b(?:[Ss]elon|[Aa]ccording to|[Dd]['’]après|told|reported by|révélé par|a indiqué à|a déclaré à)\s+"
    rf"(?P<name>[{UPPER}][\w-]*[{LOWER}])(?=\s*[,.;)])"
)

# an organization noun just before a name: "the newsletter Compute Desk" names no person
ORG_NOUN_BEFORE = re.compile(
    r"\b(?:startup|start-up|company|firm|lab|fund|newsletter|magazine|publication|group|bank|insurer|"
    r"société|entreprise|fonds|groupe|cabinet|réseau|banque|journal|quotidien)\s+$",
    re.IGNORECASE,
)

ORG_NOUN = re.compile(
    rf"\b(?:startup|start-up|jeune pousse|company|firm|lab|laboratoire|fund|fonds|newsletter|société|"
    rf"entreprise|jeune entreprise|groupe|éditeur|pépite|licorne|scale-up|unicorn|assureur|insurer|"
    rf"équipementier|constructeur|carmaker|fintech|biotech|medtech|healthtech|legaltech|chipmaker|"
    rf"(?:venture|investment|corporate) arm,?|réseau|cabinet|law firm|"
    # French news names a company by its trade: "l'hébergeur X", "la banque X", "le fabricant X"
    rf"hébergeur|opérateur|banque|néobanque|spécialiste|fabricant|fournisseur|industriel|distributeur|"
    rf"incubateur|accélérateur|mutuelle|holding|filiale|studio|géant|rivale|concurrente|concurrent)"
    rf"(?:\s+(?:française|américaine|chinoise|britannique|canadienne|allemande|french|american|chinese|"
    rf"français|américain|chinois|canadien|allemand|européen|européenne|japonais|coréen|suisse|belge|"
    # or the adjective of a city or a region: "la pépite lyonnaise Quelch"
    rf"british|rivale?|concurrente|AI|d'IA|IA|"
    rf"(?!(?:indique|explique|applique|communique|critique)\b)"
    rf"[a-zé]+(?:aise|ienne|oise|aine|if|ive|ique|al|ale|el|elle|ier|ière|aire)))?\s+(?P<name>[{UPPER}][\w&-]*(?:\s+(?:&\s+)?[{UPPER}][\w&-]*)?)"
)

SPELT_OUT = re.compile(rf"\s*\([{UPPER}]")

LIST_LINK = r"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|&|or|ou|nor|ni)\s+)"

BARE_COMMA = re.compile(r"\s*,\s*(?:d['’]|de\s+|du\s+)?")

ORG_WORD = (
    rf"[{UPPER}][\w&]*[{LOWER}{UPPER}0-9](?:\s+(?:Investments|Holdings|Management|Group|Capital|Ventures|"
    r"Partners|Systems|Research))?"
)

AT_PLACE = re.compile(r"(?:\b(?:à|in))\s+$")

NOT_LISTED = CALENDAR_WORDS | {
    "however",
    "but",
    "then",
    "which",
    "while",
    "when",
    "where",
    "after",
    "before",
    "also",
    "including",
    "may",
    # pronouns, determiners and prepositions that open a sentence ("It said on Tuesday ...",
    # "Under chief executive Jo Pike, ...")
    "under",
    "with",
    "for",
    "without",
    "despite",
    "among",
    "by",
    "of",
    "to",
    "sous",
    "avec",
    "sans",
    "chez",
    "parmi",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "they",
    "we",
    "he",
    "she",
    "there",
    "here",
    "both",
    "each",
    "one",
    "nous",
    "ils",
    "elles",
    "on",
    "ceci",
    "cela",
    # sentence adverbs: "Now Ledgerline, a New York start-up, ..." names Ledgerline
    "now",
    "today",
    "meanwhile",
    "instead",
    "still",
    "yet",
}

# a name followed by what describes an organization: "Emerson Shaw, a growth fund based in ..."
# (an indefinite article only: "Under Jo Lind, the company grew" describes no Jo Lind)
ORG_DESCRIBED_AFTER = re.compile(
    r"\s*,\s+(?:a|an|une?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:fund|fonds|firm|company|startup|start-up|lab|société|entreprise|cabinet|groupe|group|investor|"
    r"investisseur|bank|banque|agency|agence|laboratoire|jeune pousse)s?\b",
    re.IGNORECASE,
)
