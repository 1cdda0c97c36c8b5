"""French trigger rules: the verbs and nouns la presse uses for each predicate."""

from __future__ import annotations

from aikg.graph.schema import Predicate as Pr
from aikg.ingest.extractors.rules.patterns import TriggerRule, trigger
from aikg.ingest.extractors.rules.vocabulary import ROLE

FR_RULES: list[TriggerRule] = [
    trigger(
        Pr.JOINED,
        r"(?:a |avait )?(?:quitté|quitte)\s+⟦O\d+⟧\s+pour(?! (?:des|de|raisons|cause))",
        event=True,
        reach=20,
    ),
    trigger(
        Pr.DEPARTED,
        r"l'(?:a|ont|avait) quitté|(?:est|sont) partie?s?|(?:a|ont|avait) démissionné(?! de| d')|"
        r"(?:a|avait) été (?:évincée?|limogée?|licenciée?|renvoyée?|écartée?)(?! (?:de|d'|du|par))",
        event=True,
        focus_object=True,
    ),
    trigger(Pr.DEPARTED, r"(?:a|avait) été (?:évincée?|limogée?|licenciée?|renvoyée?|écartée?)", event=True),
    trigger(
        Pr.DEPARTED,
        rf"(?:a |avait |ont )?(?:quitté|quitte|démissionné de|démissionne de|abandonné|abandonne) "
        rf"(?:son|ses|leur|leurs) (?:poste|postes|fonctions) (?:de |d')(?P<role>{ROLE})"
        r"(?: (?:de|d'|du|chez))?",
        event=True,
        focus_object=True,
        reach=50,
    ),
    trigger(
        Pr.DEPARTED,
        r"(?:a |avait |ont |avaient )?(?:quitté|quitter|quitte|démissionné du|démissionne du|départ du) "
        r"(?:le |son |leur |du )?conseil d'administration(?: de| d'| du)?",
        focus_object=True,
        event=True,
        role="board member",
    ),
    trigger(
        Pr.DEPARTED,
        r"(?:viennent|vient|venaient|venait|arrivée?s?|débauchée?s?) (?:de |d'|du )(?=⟦O\d+⟧)",
    ),
    trigger(
        Pr.DEPARTED,
        r"(?:(?:est|sont|étaient|était) )?passée?s? par|venue?s? (?:de|d')|"
        r"(?:a|avait|ont|avaient) (?:auparavant|précédemment|autrefois) travaillé (?:chez|pour)",
    ),
    trigger(
        Pr.WORKS_AT,
        r"(?:dirige|pilote|préside)(?= (?:l'entreprise|la société|la start-up|⟦O))|"
        r"(?:est |était )?à la tête (?:de|d'|du)|"
        r"(?:a été |est )?(?:nommée?|promue?) (?:[\w-]+ ){0,4}?(?:de|d'|chez)",
    ),
    trigger(
        Pr.INVESTED_IN,
        r"(?:série [A-H]|tour(?: de table| de financement)?|levée de fonds|financement)(?: [\w-]+){0,3}? "
        r"(?:est |a été )?(?:menée?|codirigée?|conduite?) par",
        mode="passive",
        focus_object=True,
        many_objects=True,
    ),
    trigger(Pr.INVESTED_IN, r"(?:a|avait|ont|avaient) pris une (?:[\w-]+ )?participation", focus_object=True),
    trigger(
        Pr.INVESTED_IN,
        r"parmi (?:les|ses|leurs) (?:[\w-]+ )?(?:investisseurs|actionnaires|bailleurs de fonds)"
        r"(?: (?:figurent|figuraient|on (?:re)?trouve|se trouvent|:))?|"
        r"(?:investisseurs|actionnaires) (?:comptent|comprennent|incluent)|"
        r"(?:apportée?s?|fournie?s?|versée?s?) par",
        mode="passive",
        focus_object=True,
        loose=True,
    ),
    trigger(
        Pr.INVESTED_IN,
        r"figur\w* (?:aussi |également )?parmi (?:les|ses) (?:[\w-]+ )?(?:investisseurs|actionnaires)|"
        r"(?:en )?(?:sont|était|étaient|est) (?:aussi |également )?(?:les |ses |l'un des |parmi les )?"
        r"(?:premiers |principaux |nouveaux )?(?:investisseurs|actionnaires)|"
        r"(?:ont|a|avaient|avait) participé (?:au|à la|à ce) (?:tour|levée|financement)|"
        r"(?:remett\w+ au pot)|"
        r"investi(?: [\w$€.,]+){0,5}? dans (?:la société|l'entreprise|la start-?up|le laboratoire|le projet)",
        focus_object=True,
        reach=1,
    ),
    trigger(
        Pr.DEPARTED,
        r"(?:a |ont |avait )?quitté|quitter|quitte|(?:a |avait )?démissionné(?: de| d')?|"
        r"démission (?:de|d')|départ (?:de|d'|du)|"
        r"(?:a|avait) été (?:licenciée?|renvoyée?|évincée?|limogée?|remerciée?|poussée? vers la sortie)"
        r" (?:de|d'|du|par)|claqué la porte (?:de|d'|du)|s'en est allée? (?:de|d')|"
        r"(?:a |avait )?quitté ses fonctions (?:chez|à|au sein de)",
        event=True,
    ),
    trigger(
        Pr.DEPARTED,
        r"a (?:licencié|renvoyé|évincé|limogé|congédié)|licencie|évince|limoge",
        mode="passive",
        event=True,
    ),
    trigger(
        Pr.JOINED,
        r"(?!(?:a |ont |avait )?rejoint (?:le|son) conseil)(?:a |ont |avait )?rejoint|"
        r"rejoindre|rejoignent|a intégré|intègre|"
        r"est arrivée? (?:chez|à)|arrive chez|(?:est )?passée? chez|passe chez|revient chez|"
        r"est revenue? chez|"
        r"pour rejoindre|rejoignent|"
        r"a été (?:recrutée?|embauchée?|débauchée?|engagée?) par|a signé chez",
        event=True,
    ),
    trigger(
        Pr.JOINED,
        r"a (?:recruté|embauché|débauché|engagé)|recrute|embauche|débauche",
        mode="passive",
        event=True,
    ),
    trigger(
        Pr.FOUNDED,
        r"(?:a |avait |ont )?(?:fondé|cofondé|co-fondé|créé|lancé)|fonde|lance|a mis sur pied",
        reach=30,
    ),
    trigger(
        Pr.FOUNDED,
        r"(?:fondée?s?|cofondée?s?|co-fondée?s?|créée?s?)(?: [\w'-]+){0,8}? par",
        mode="passive",
        many_objects=True,
    ),
    trigger(
        Pr.BOARD_MEMBER_OF,
        r"membres? du conseil d'administration(?: de| d'| du)?|"
        r"siég\w* au conseil d'administration(?: de| d'| du)?|administrat(?:eur|rice)s? (?:de|d'|du)|"
        r"(?:a rejoint|rejoint|intègre|a intégré|rejoindra) le conseil d'administration(?: de| d'| du)?|"
        r"(?:reste|restera|demeure|siège|siégeait) (?:au|dans le) conseil"
        r"(?: d'administration)?(?: de| d'| du)?",
        focus_object=True,
    ),
    trigger(
        Pr.BOARD_MEMBER_OF,
        r"(?:administrat(?:eurs|rices)|membres du conseil(?: d'administration)?)\s*:",
        mode="passive",
        focus_object=True,
        loose=True,
    ),
    trigger(
        Pr.VOTED_TO_REMOVE,
        r"voté (?:pour|en faveur) (?:du|de la|de l'|d'un|de son) (?:retrait|renvoi|éviction|"
        r"limogeage|licenciement|départ|destitution)|voté (?:pour )?(?:évincer|renvoyer|limoger|destituer|"
        r"écarter)|voté (?:l'éviction|le renvoi|le limogeage|le départ|la destitution)",
        focus_org=True,
    ),
    trigger(
        Pr.DEVELOPED,
        r"(?:a |ont |avait )?(?:développé|lancé|dévoilé|présenté|annoncé|publié|sorti|conçu|"
        r"entraîné|déployé|introduit|mis en ligne|rendu public)|développe|lance|dévoile|présente|annonce|"
        r"publie|met en ligne|déploie",
        reach=45,
    ),
    trigger(
        Pr.DEVELOPED,
        r"(?:développée?s?|conçue?s?|créée?s?|lancée?s?|entraînée?s?|publiée?s?|signée?s?) par",
        mode="passive",
    ),
    trigger(
        Pr.GRANTED_ACCESS,
        r"(?:a |ont )?(?:donné|accordé|ouvert|offert|fourni)(?: (?:[\w']+|à ⟦O\d+⟧)){0,3}? "
        r"(?:l')?accès|(?:a |ont )?(?:accordé|octroyé|concédé|vendu) (?:à ⟦O\d+⟧ )?une licence|"
        r"donne accès|accorde l'accès|ouvre l'accès|ouvre ses modèles",
        many_objects=True,
    ),
    trigger(
        Pr.GRANTED_ACCESS,
        r"se sont (?:mutuellement )?(?:ouvert|accordé|donné|offert)(?: (?:l'|un |leur ))?accès|"
        r"accès (?:mutuel|réciproque)",
        mode="reciprocal",
    ),
    trigger(
        Pr.REVOKED_ACCESS,
        r"(?:a |ont |avait )?(?:retiré|coupé|révoqué|suspendu|bloqué|restreint|supprimé)"
        r"(?: (?:l'|son |leur ))?accès(?: (?:de |d'|à |aux? ))?|retire l'accès|coupe l'accès|"
        r"(?:a )?privé|prive",
        reach=40,
    ),
    trigger(
        Pr.COLLABORATED_WITH, r"collabor\w* avec|(?:a |ont )?travaillé avec|travaille avec|coopér\w* avec"
    ),
    trigger(Pr.COLLABORATED_WITH, r"(?:collaboration|coopération|tests? conjoints?) entre", mode="between"),
    trigger(
        Pr.COLLABORATED_WITH,
        r"(?:ont|se sont) (?:collaboré|unis|unies|alliés|alliées)|travaillent ensemble|"
        r"ont travaillé ensemble|collaborent|tests? (?:de sécurité )?conjoints?|"
        r"se sont (?:mutuellement )?(?:ouvert|accordé|donné)(?: (?:l'|un |leur ))?accès",
        mode="reciprocal",
    ),
    trigger(
        Pr.COMPETES_WITH,
        r"concurren(?:ce|ts?|tes?|tielle)(?: [a-zéèê]+)? (?:de|d'|du|des|avec|exercée par)|"
        r"pression concurrentielle(?: exercée)? (?:par|de)|rivale?s? (?:de|d')|rivalise avec|"
        r"en concurrence avec|face à la concurrence (?:de|d')|concurrence|concurrencer|"
        r"course (?:contre|face à)|affronte|pour rivaliser avec",
        many_objects=True,
        focus_subject=True,
    ),
    trigger(Pr.COMPETES_WITH, r"(?:concurrence|rivalité|course) entre", mode="between"),
    trigger(
        Pr.COMPETES_WITH,
        r"se (?:livrent|font) (?:une )?(?:[\w-]+ )?concurrence|sont concurrents|sont rivaux|se disputent",
        mode="reciprocal",
    ),
    trigger(
        Pr.CRITICIZED,
        r"a critiqué|critique (?:vivement|ouvertement|sévèrement)|critiquent|a dénoncé|dénonce|"
        r"a porté plainte(?: [\w']+){0,12}? contre|porte plainte contre|poursuit en justice|"
        r"a attaqué en justice|"
        r"a fustigé|fustige|s'en est pris à|s'en prend à|a accusé|accuse|a épinglé|épingle|a étrillé|"
        r"a taclé|tacle|a exprimé (?:des|ses) (?:inquiétudes|préoccupations|critiques) (?:concernant|sur|"
        r"quant à|à propos de|au sujet de)|s'est inquiétée? (?:de|du|des)|a mis en garde contre",
        many_objects=True,
    ),
    trigger(
        Pr.DELAYED,
        r"(?:a |ont )?(?:reporté|repoussé|retardé|décalé)|reporte|repousse|retarde|décale|"
        r"report (?:de|d'|du)|suspend la sortie (?:de|d'|du)",
    ),
    trigger(
        Pr.INVESTED_IN,
        r"(?:a |ont |va )?investi(?:r)?|investit|investissement(?: de [\w\s$€.,]{0,30})? dans|"
        r"a pris une participation (?:dans|au capital de)|participation au capital (?:de|d')|"
        r"(?:a |ont )?financé|finance|(?:a |ont )?soutenu|soutient",
        many_objects=True,
    ),
    trigger(
        Pr.INVESTED_IN,
        r"(?:financée?|soutenue?) par|a levé(?: [\w$€.,]+){0,6}? auprès (?:de|d')|avec le soutien (?:de|d')",
        mode="passive",
    ),
    trigger(
        Pr.ACQUIRED,
        r"(?:a )?racheté|rachète|(?:a )?acquis|acquiert|rachat (?:de|d'|du)|"
        r"acquisition (?:de|d'|du)|a mis la main sur|(?:a )?absorbé|absorbe",
    ),
    trigger(Pr.ACQUIRED, r"(?:rachetée?|acquise?) par", mode="passive"),
    trigger(
        Pr.PARTNERED_WITH,
        r"partenariat(?: [\w-]+){0,2}? avec|s'est associée? (?:à|avec)|s'associe (?:à|avec)|alliance avec|"
        r"accord avec|a signé un(?: [\w-]+)? accord avec|s'allie (?:à|avec)|noue un partenariat avec",
    ),
    trigger(Pr.PARTNERED_WITH, r"(?:partenariat|alliance|accord) entre", mode="between"),
    trigger(
        Pr.PARTNERED_WITH,
        r"(?:ont )?(?:noué|signé|conclu) un (?:partenariat|accord)|s'associent|s'allient",
        mode="reciprocal",
    ),
]
