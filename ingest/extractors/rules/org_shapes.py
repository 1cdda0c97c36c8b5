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
    rf"^(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<name>[{UPPER}][\w&.-]*(?:\s+(?:&\s+)?[{UPPER}][\w&.-]*){{0,2}})\s*(?::|,|"
    r"\s+(?:raises|raised|lands|hires|adds|brings|buys|agrees|acquires|cuts|pushes|delays|signs|launches|"
    r"unveils|opens|takes|wins|loses|sues|names|appoints|board|founder|co-founder|chief|CEO|and its|lève|"
    r"recrute|rachète|s'offre|embauche|accueille|nomme|reporte|repousse|coupe|entre|prend|perd|fait|signe|"
    r"lance|dévoile|s'allie|aurait|et (?:la|le|les|son|sa)|"
    # what French headlines say a company does: "Pelorie mise sur ...", "Nuage Noir débauche ..."
    r"mise|parie|s'associe|débauche|cède|ferme|investit|accélère|présente|boucle|annonce|quitte|rejoint|"
    r"muscle|renforce|double|s'implante|s'installe|s'étend|vise|prépare|teste|déploie|intègre|séduit|"
    r"attire|licencie|décroche|remporte|obtient|s'empare|absorbe|fusionne|conclut|noue|rafle|"
    rf"et [{UPPER}][\w&.-]*\s+(?:s'associent|s'allient|fusionnent|signent|nouent|s'unissent))\b)"
)

# an organization described by an apposition: "Lumenfold, a Zurich lab", "Clairvoie, une jeune pousse"
ORG_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][\w&.-]*(?:\s+[{UPPER}][\w&.-]*){{0,2}})\s*,\s+(?:(?:a|an|the|une|un|la|le|l'|"
    # no preposition before the noun: "X, a partner at the law firm" is no firm
    # nor a second determiner: in "Valenciennes, a annoncé la start-up" the "a" is a verb
    # (French may leave the article out: "Ostrale, start-up lilloise fondée en 2020, ...")
    r"its|son|sa)\s+"
    r"|(?=(?:start-up|jeune pousse|spin-off|fintech|filiale|société|entreprise|éditeur)\b))"
    r"(?:(?!(?:at|of|with|for|in|chez|de|du|des|d|à|pour|avec|a|an|the|la|le|les|l|un|une)\b)"
    r"[\w-]+\s+){0,4}?"
    r"(?:startup|start-up|company|firm|lab|maker|developer|provider|fund|producer|business|manufacturer|"
    r"supplier|newsletter|agency|regulator|"
    r"investor|chipmaker|cloud|group|operator|publisher|société|entreprise|jeune pousse|fonds|laboratoire|"
    r"éditeur|opérateur|groupe|spécialiste|fabricant|filiale|subsidiary|unit|conglomerate|insurer|bank|"
    r"banque|assureur|retailer|platform|plateforme|business|rival|competitor|supplier|vendor|concurrent|"
    r"concurrente|rivale|fournisseur|spin-off|émanation)s?\b(?!['’])"
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
    r"s'allie (?:à|avec)|poursuit|accuse|recrute les fondateurs (?:de |d')|s'associe (?:à|avec)|"
    r"signe avec|mise sur|parie sur|investit dans|entre au capital (?:de |d')|"
    # "Ostrale et Pelorie s'associent": the second of two companies that ally
    rf"(?<=[\w] )et(?=\s+[{UPPER}][\w&.-]*\s+"
    r"(?:s'associent|s'allient|fusionnent|signent|nouent|s'unissent)\b))\s+"
    r"(?:(?:[a-z][\w-]* ){0,2}?(?:start-up|startup|rival|lab|rivale|jeune pousse) )?"
    rf"(?P<name>[{UPPER}][\w&.-]*[\w])(?P<poss>'s)?(?![\w'-])(?!\s+[{UPPER}])"
)

# verbs after which a headline's second name may also be a person: only its possessive then names a company
HEADLINE_PERSON_VERB = re.compile(r"^(?:hires|brings in|poaches|takes)\b")

# a carnet of appointments: "Ostrale : Jo Pike devient directrice financière", "**Ostrale.** Jo Pike
# rejoint ...", "Ostrale. La société nomme ..." (a line's first word; matched over the whole text, as the
# heading may be a sentence of its own)
CARNET_LINE = re.compile(
    rf"(?:^|(?<=\n))(?:\*\*)?(?P<name>[{UPPER}][\w&.-]*[\w])(?:\s*:|\.(?:\*\*)?)(?=\s+"
    rf"(?:(?:M\.\s|Mme\s)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}]"
    r"|(?:La|Le|L['’])\s*(?:société|start-up|jeune pousse|entreprise|fintech|groupe|fonds|laboratoire|"
    r"licorne|éditeur|banque|cabinet)\b))"
)

# a single capitalised name where the sentence expects an organization: "acquired by Atlassian",
# "lands Klarna as a customer", "opens its models to Siemens", "chez Owkin", "aux côtés d'Eurazeo"
ORG_SLOT = re.compile(
    r"\b(?:acquired by|bought by|backed by|funded by|seeded by|invested in|stake in|partnership with|"
    r"partnered with|deal with|agreement with|contract with|customers? (?:include|includes|such as)|lands|"
    r"rivals?|competitors?|(?:models?|access|API) to|access of|left|quit|joins|joined|at|"
    r"rachetée? par|soutenue? par|menée? par|partenariat avec|accord avec|contrat avec|s'allie à|"
    r"auprès d[e']|participation (?:\w+ )?dans|(?:a |ont |avait )?investi (?:[\w€$,.]+ ){0,4}?dans|"
    r"investit dans|"
    r"aux côtés d[e']|chez|passée? par|ancien(?:ne)?s? d[e']|clients? comme|concurrents? comme|"
    r"rejoint|quitte|"
    # "avant de rejoindre X", "a racheté X", "s'est associée à X", "collabore avec X"
    r"rejoindre|rejoindra|rejoignent|intégrer|intègre|a intégré|quitter|quittera|racheter|a racheté|rachète|"
    r"rachètera|s'est offert|(?:s'est |se sont )?(?:associée?s?|alliée?s?) (?:à|avec)|s'associe (?:à|avec)|"
    r"collabore avec|a collaboré avec|travaillait (?:pour|avec)|a travaillé pour|Chez|"
    # "Ancienne de Pelorie, ...", "Passé par Vestrine, ...", "Venu d'Ostrale, ..."
    r"Ancien(?:ne)?s? d[e']|Passée?s? par|Venue?s? d[e']|Issue?s? d[e']|"
    # a former name: "Ostrale (anciennement Pelorie)", "rebaptisée Ostrale", "formerly Pelorie"
    r"anciennement|rebaptisée?|renommée?|formerly known as|renamed|"
    # a company is what a person founds: "a fondé Vireline", "avant de cofonder Lurène"
    r"a fondé|a cofondé|avait fondé|avait cofondé|fonder|cofonder|co-fonder|"
    # who a person leads: "dirige Ostrale", "préside Pelorie", "prend la tête d'Ostrale"
    r"dirige|codirige|préside|la tête d[e']|la direction d[e']|"
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

# the first word of a French public body's or a bank's name ("la Caisse des dépôts", "l'Autorité de la
# concurrence", "le Conseil d'État"): a name that opens so is no person's
INSTITUTION_HEAD = (
    r"(?:Institut|Agence|Autorité|Haute Autorité|Conseil|Commission|Commissariat|Caisse|Banque|Crédit|"
    r"Centre|Cour|Comité|Office|Direction|Délégation|Fédération|Syndicat|Association|Observatoire|"
    r"Laboratoire|École|Université|Fondation|Mutuelle|Compagnie|Ministère|Secrétariat|Chambre|Académie|"
    r"Conservatoire|Union|Médiateur|Défenseur|Tribunal|Parquet|Assemblée|Sénat|Bourse)"
)
INSTITUTION_FIRST = re.compile(rf"^{INSTITUTION_HEAD}$")
# adjectives such names carry in small letters: "national", "mutuel", "supérieure", "spatiales"
_INSTITUTION_ADJ = (
    r"(?:[a-zéèêîôû]+(?:al|ale|ales|aux|el|elle|elles|ien|ienne|iennes|ique|iques|aire|aires|ieur|ieure|"
    r"ieures|if|ive|ives|ier|ière)|public|publique|publiques|populaire|agricole|mutuel|français|française|"
    r"européen|européenne|européens)"
)
# a noun after a preposition: capitalised ("France", "État") or small, not a verb's infinitive
_INSTITUTION_NOUN = (
    rf"(?:[{UPPER}][\w-]*[{LOWER}]|(?!(?:une?|les?|la|leurs?|ses|son|sa|ces|cette|ce|tous|toutes|plus|"
    r"moins|nombreu\w*|nouveaux?|nouvelles?|premier|première|certaines?)\b)"
    r"[a-zéèêîôûàç][a-zéèêëîïôûùàç-]{2,}(?<!er)(?<!ir))"
)
_INSTITUTION_LINK = (
    r"(?:de la |de l['’]|des |du |de |d['’]|à la |à l['’]|aux |au |"
    r"pour la |pour le |pour l['’]|pour les |en )"
)
# "la Caisse des dépôts", "Banque de France", "Crédit mutuel Arkéa", "Centre national d'études spatiales",
# "Institut national de recherche en sciences du numérique", "Caisse des dépôts et consignations"
INSTITUTION = re.compile(
    rf"(?<=[ («\"“’'])(?<![.!?:] )(?P<name>(?:Haute? )?{INSTITUTION_HEAD}"
    # the boards and committees of a company are no body of their own
    r"(?!\s+(?:d['’]administration|de surveillance|de direction|des ministres|exécutif|stratégique|"
    r"scientifique|consultatif|d['’]orientation|des sages|d['’]entreprise)\b)"
    rf"(?:(?:\s+{_INSTITUTION_ADJ}){{0,2}}"
    rf"(?:(?:\s+[{UPPER}][\w-]*[{LOWER}]){{1,2}}"
    rf"|(?:\s+{_INSTITUTION_LINK}{_INSTITUTION_NOUN}(?:\s+{_INSTITUTION_ADJ})?"
    rf"(?:\s+et\s+(?:(?:des|aux|du|de la|de l['’])\s*)?(?![a-z]+(?:ent|ont|ait)\b)[a-zéèêîôû]{{4,}})?"
    rf"){{1,3}})"
    # "la Banque centrale européenne", "le Conseil constitutionnel": adjectives only
    rf"|(?:\s+{_INSTITUTION_ADJ}){{1,2}}(?=[\s,.;:)»])))"
    rf"(?![\w'’-])"
)

# "directrice juridique de Quincy", "head of research at Wrenfield": the employer after a role
# (the preposition and the name are matched first; the role is then looked for just before them)
# "le directeur général de Nuage Noir": a two-word employer after a role (French only: "de", "chez")
AT_ORG_LONG = re.compile(
    rf"(?<![\w'’-])(?:de |d['’]|chez )"
    rf"(?P<name>[{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+)(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)

# a two-word name where only an organization fits in French: "chez Nuage Noir", "rejoindre Quercy
# Numérique", "les fondateurs de Pierre Bleue" (the caller drops first names, places and known words)
ORG_SLOT_LONG_FR = re.compile(
    r"(?:\b(?:[Cc]hez|rejoint|rejoindre|rejoindra|quitte|quitter|a quitté|racheté|rachète|racheter|"
    r"au capital d[e']|investi dans|investit dans|aux côtés d[e']|auprès d[e']|partenariat avec|accord avec|"
    r"(?:les |des )?(?:équipes|salariés|fondateurs|cofondateurs|cofondatrices|actionnaires) d[e']|"
    r"(?:le |du )?siège d[e']|(?:le )?rachat d[e']|ancien(?:ne)?s? d[e']|passée? par|[Vv]enue? d[e']|"
    r"(?:la )?valorisation d[e']|(?:la )?levée de fonds d[e'])\s*)"
    rf"(?:(?<=['’])|(?<=\s))(?P<name>[{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+)(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)

# the first words of places and people's courtesy titles: "Los Angeles", "Saint Denis", "Monsieur Pike"
NOT_ORG_FIRST = frozenset(
    str.split(
        "Los Las San Santa Santo Saint Sainte New Mont Port Val Bois Monsieur Madame Mademoiselle Docteur"
    )
)

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
    r"vend|exploite|fournit|revendique|a racheté|rachète|a été rachetée|a été créée|est spécialisée|"
    r"est basée|est installée|a son siège|emploie|a bouclé|boucle|"
    r"avait investi)\b"
    # "Harbel, valued at $2 billion", "Harbel, backed by ...", "Harbel, whose chips ..."
    rf"|(?<![\w'’-])(?P<name5>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:now\s+|désormais\s+)?(?:valued at|valorisée?|"
    r"backed by|soutenue? par|financée? par|whose (?:models?|products?|chips|platform|software|investors|"
    r"founders?|shares)|dont (?:les|le|la) (?:modèles?|produits?|puces|plateforme|logiciels?|investisseurs|"
    r"fondateurs?|siège|capital|effectifs|salariés|clients|actionnaires))\b"
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
    rf"(?:nomme|nommé|nommer|recrute|débauche|débauché|débaucher|attire|attiré|"
    rf"recruté|recruter|embauche|embauché|embaucher)\s+(?:à sa tête\s+|au poste de [\w' -]{{1,40}}?\s+)?"
    rf"(?=(?:M\.|Mme)?\s*[{UPPER}][{LOWER}]+\s+[{UPPER}])"
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
    rf"(?:racheter|rachète|racheté|acquérir|acquiert|acquis|s['’]offrir|s['’]offre|lever|lève|levé|"
    # "Vestrine emploie 40 personnes", "Ostrale compte 300 clients", "Pelorie a été rachetée par ..."
    rf"emploie|employait|compte (?:(?:déjà|aujourd'hui|désormais|plus de|près de|environ) )?\d+|"
    rf"été valorisée|est valorisée|"
    rf"compte parmi ses (?:clients|investisseurs|actionnaires)|"
    rf"revendique|boucler|boucle|bouclé|finalisé|finalise|été rachetée|été acquise|été cédée|"
    rf"s['’]est (?:associée|alliée)|s['’]associe|s['’]allie|noué|noue|commercialise|recrute|recruté|"
    rf"fusionne|fusionné|ouvre son capital|ouvert son capital|annonce une levée|cède|cédé)\b"
    # "Ni Kessane ni Orvane n'ont souhaité commenter": one-word names declining to comment are companies
    rf"|\b[Nn]i (?P<name11>[{UPPER}][\w&.-]*[\w]) ni [{UPPER}][\w&.-]*[\w]{NO_COMMENT}"
    rf"|\b[Nn]i [{UPPER}][\w&.-]*[\w] ni (?P<name12>[{UPPER}][\w&.-]*[\w]){NO_COMMENT}"
    # "Jo Pike, ex-Ostrale,": a former employer after "ex-"
    rf"|\bex-(?P<name14>[{UPPER}][\w&.-]*[\w])(?=\s*[,.;)]|\s+(?:et|and)\s)"
    # "Pelorie (50 salariés)": a head count in brackets
    rf"|(?<![\w'’-])(?P<name15>[{UPPER}][\w&.-]*[\w])\s+\((?:plus de |près de |environ )?\d[\d\s  ]*"
    r"(?:salariés|employés|personnes|collaborateurs|employees|staff|people)\b"
    # "Dans un communiqué, Ostrale précise ..."
    rf"|\b[Dd]ans un communiqué(?: \w+){{0,3}},\s+"
    rf"(?P<name16>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    # "un partenariat entre Ostrale et Pelorie", "l'accord entre A et B"
    r"|\b(?:partenariat|accord|alliance|rapprochement|fusion|collaboration|partnership|deal|merger) entre\s+"
    rf"(?P<name17>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    rf"(?:\s+(?:et|and)\s+(?P<name18>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}]))?"
    # "Ostrale et Pelorie ont noué un partenariat": two companies that ally
    rf"|(?<![\w'’-])(?P<name19>[{UPPER}][\w&.-]*[\w]) et (?P<name20>[{UPPER}][\w&.-]*[\w])"
    r"\s+(?:ont|vont|viennent de)\s+"
    r"(?:noué|signé|conclu|annoncé|nouer|signer|conclure|annoncer)\s+(?:un|une|leur)\s+"
    r"(?:partenariat|accord|alliance|rapprochement|fusion|coentreprise)"
    # "plusieurs fonds, dont Serpolet, Gravelotte et Arvalis": the first of the companies a plural noun
    # announces (the list finder takes the others)
    r"|\b(?:fonds|investisseurs|sociétés|entreprises|start-up|startups|jeunes pousses|groupes|acteurs|"
    r"clients|partenaires|laboratoires|géants|éditeurs|concurrents|rivaux|banques|assureurs)\b[^.;:()]{0,40}?"
    rf",?\s+(?:dont|notamment|comme|tels? que|telles que|parmi lesquels|parmi lesquelles)\s+"
    rf"(?P<name21>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])(?=\s*(?:,|et\b|ou\b))"
    # "Ostrale (anciennement Pelorie)": a company with its former name
    rf"|(?<![\w'’-])(?P<name23>[{UPPER}][\w&.-]*[\w])\s+\((?:anciennement|formerly|ex-[{UPPER}])"
    # "le rachat de Pelorie par Ostrale": the buyer after "par"
    rf"|\b(?:rachat|acquisition|reprise) d[e']\s*[{UPPER}][\w&.-]*[\w] par\s+"
    rf"(?P<name22>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
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
    r"acquisition of|takeover of|purchase of|rachat d[e']|[lL]['’]acquisition d[e']|"
    r"(?:co-?)?founders of|chief executive of|CEO of|fondat(?:eur|rice)s? d[e']|valorisation d[e']|"
    # "She co-founded Wardline in 2021": what a person founded is an organization
    r"(?<=\w )(?:co-?founded|cofounded|founded)"
    r"(?= [A-Z]\w+ (?:in|with|after|alongside|last|two|three))|"
    r"tour de table d[e']|série [A-F] d[e']|"
    # "les équipes d'Ostrale", "le siège de Pelorie", "la maison mère de X", "les clients de X"
    r"(?:[Ll]es|[Ss]es|[Dd]es|[Aa]ux) (?:équipes|ingénieurs|chercheurs|chercheuses|dirigeants|locaux|bureaux|"
    r"clients|investisseurs|modèles|produits|logiciels|serveurs|filiales) d[e']|"
    r"(?:[Ll]e |[Dd]u |[Aa]u )(?:(?:nouveau|dernier|premier) )?(?:siège|capital|chiffre d'affaires|rachat|"
    r"concurrent|modèle) d[e']|"
    r"(?:[Ll]a |[Ss]a )(?:maison mère|filiale|valorisation|cession|faillite|liquidation) d[e']|"
    r"l['’]introduction en Bourse d[e']|"
    r"conseil d['’]administration(?: de)?|conseil de surveillance(?: de)?|"
    r"(?:[Cc]ustomers|[Cc]lients|[Bb]ackers|[Ii]nvestors|[Ss]hareholders|[Pp]artners) "
    r"(?:include|includes|such as)|"
    r"[Pp]armi (?:les|ses|leurs) (?:clients|investisseurs|actionnaires|partenaires)"
    r"(?: figurent| on trouve| :)?)"
    rf"(?:(?<=['’])|\s+(?:d['’])?){_ONE_NAME}"
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
NAME_GROUPS = tuple(f"name{n}" if n > 1 else "name" for n in range(1, 24))

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

# an acronym of two parts: "l'AP-HP", "la CCI-IDF" (not "COVID-19")
HYPHENATED_ACRONYM = re.compile(rf"(?<![\w-])[{UPPER}]{{2,5}}-[{UPPER}]{{2,5}}(?![\w-])")

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
    r"société|entreprise|fonds|groupe|cabinet|réseau|banque|journal|quotidien|"
    # a product's name is no person's: "la plateforme Lumière de Pelorie"
    r"plateforme|platform|application|app|appli|logiciel|software|outil|tool|service|produit|product|"
    r"offre|solution|marque|brand|modèle|model|assistant|agent|chatbot)\s+$",
    re.IGNORECASE,
)

ORG_NOUN = re.compile(
    rf"\b(?:startup|start-up|jeune pousse|company|firm|lab|laboratoire|fund|fonds|newsletter|société|"
    rf"entreprise|jeune entreprise|groupe|éditeur|pépite|licorne|scale-up|unicorn|assureur|insurer|"
    rf"équipementier|constructeur|carmaker|fintech|biotech|medtech|healthtech|legaltech|chipmaker|"
    rf"(?:venture|investment|corporate) arm,?|réseau|cabinet|law firm|"
    # French news names a company by its trade: "l'hébergeur X", "la banque X", "le fabricant X"
    rf"hébergeur|opérateur|banque|néobanque|spécialiste|fabricant|fournisseur|industriel|distributeur|"
    rf"incubateur|accélérateur|mutuelle|holding|filiale|studio|géant|rivale|concurrente|concurrent|"
    rf"deeptech|insurtech|proptech|greentech|cleantech|edtech|foodtech|regtech|adtech|martech|agritech|ESN|"
    rf"opérateur télécoms?|leader|champion|poids lourd|numéro un|spin-off|"
    # plural: "les sociétés Ostrale et Pelorie" (the list finder takes the second)
    rf"sociétés|entreprises|startups|jeunes pousses|groupes|banques|fintechs|"
    rf"family office|société de gestion|business angel|association|fédération|syndicat|collectif|ONG|"
    rf"think tank)"
    rf"(?:\s+(?:française|américaine|chinoise|britannique|canadienne|allemande|french|american|chinese|"
    rf"français|américain|chinois|canadien|allemand|européen|européenne|japonais|coréen|suisse|belge|"
    # or the adjective of a city or a region: "la pépite lyonnaise Quelch"
    rf"british|rivale?|concurrente|AI|d'IA|IA|"
    rf"(?!(?:indique|explique|applique|communique|critique)\b)"
    rf"souverain|souveraine|privé|privée|public|publique|"
    rf"[a-zé]+(?:aise|ienne|oise|aine|if|ive|ique|al|ale|el|elle|ier|ière|aire)))?"
    # what the company does: "le spécialiste de la cybersécurité X", "l'éditeur de logiciels X"
    rf"(?:\s+(?:de la |de l['’]|des |du |de |d['’]|en )(?:IA|[a-zéèêàç][\w'’-]*)"
    rf"(?:\s+[a-zé]+(?:ique|iques|el|els|elle|elles|al|ale|aux|ales|ien|iens|if|ifs))?)?"
    # (a name in French quotation marks: "le fonds « Horizon Numérique »")
    rf"\s+(?:[«“]\s*)?(?P<name>[{UPPER}][\w&-]*(?:\s+(?:&\s+)?[{UPPER}][\w&-]*)?)"
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

# who unveils a model is its maker: "Ostrale a dévoilé ⟨model⟩", "Ostrale lance son modèle ⟨model⟩"
# (matched on the text before a model's name; a sentence's first word, one name only)
RELEASED_BY = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n))(?P<name>[{UPPER}][\w&.-]*[\w])\s+(?:a\s+|vient de\s+|va\s+)?"
    r"(?:dévoilé|dévoile|dévoiler|lancé|lance|lancer|présenté|présente|présenter|publié|publie|publier|"
    r"unveiled|unveils|launched|launches|released|releases)\s+"
    r"(?:(?:son|sa|leur|its|their|un|une|a|an|le|la|the)\s+)?(?:(?:nouveau|nouvelle|premier|première|new|first)\s+)?"
    r"(?:(?:modèle|model|assistant|chatbot|agent|LLM)\s+)?$"
)
