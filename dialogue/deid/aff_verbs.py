"""Verbs and words of clauses that speak *about* an organisation rather than from inside it.

A first-person clause next to an organisation discloses a post ("…, where I sit", "the team
I joined"), unless it is an opinion, a wish, speech, perception, a visit, an application
or a contact ("the BAMF, which I contacted twice", "die Behörde, bei der ich meinen Antrag
gestellt habe", "die Caritas, die ich sehr schätze"). Used by ``clauses`` and
``aff_relatives``.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

# Verbs after a first-person subject that speak about something rather than disclose a
# membership: opinions, speech, wishes, obligations, perception.
_NOT_DISCLOSING = set("""
think thought believe believed agree agreed disagree find found feel felt mean meant guess
hope wish want wanted need needed must should would could can may might will shall expect
see saw hear heard ask asked say said suggest suggested propose proposed welcome doubt
know knew understand wonder worry fear read learn learned learnt argue argued
talk talked spoke speak met meet visit visited call emailed contacted phoned applied
support recommend urge call called am was is are were have had
paid pay waited wait queued got get received submitted submit went go stood arrived sent
bought tried try stayed stay lost
zahlte zahle bezahlte wartete warte stand stehe ging gehe bekam bekomme erhielt reichte
schickte kaufte blieb landete
cooperate collaborate negotiate quote cite end refer rely compare deal compete partner
zitiere verweise kooperiere verhandle wisse vergleiche
rede redete sprach traf treffe besuchte besuche telefonierte telefoniere beantragte
do did don't didn't won't can't also just really still only
glaube glaubte finde fand meine meinte denke dachte sehe sah halte hielt weiß wusste hoffe
wünsche wünschte frage fragte fordere forderte sage sagte schlage bitte brauche brauchen
kann können muss müssen sollte sollten soll sollen würde würden will wollen möchte möchten
darf dürfen werde werden habe haben hatte hatten bin sind war waren lese las höre hörte
verstehe stimme stimmen teile teilen unterstütze unterstützen begrüße begrüßen empfehle
kenne kannte erwarte frage fragen danke danken
""".split())
# What a clause of a visit, a contact, an application or an opinion says.
# A client of the organisation, not its staff: an application, an appointment, a visa,
# treatment, advice received ("wo ich mich beraten ließ"), registration as a jobseeker.
_CLIENT = re.compile(
    r"\b(?:(?:meinen|meine|mein|my|our|unseren|unsere)\s+(?:Antrag|Anträge|application|"
    r"applications|visa|Visum|Termin|appointment|Pass|passport|CV|Lebenslauf|Bewerbung)|"
    r"beantragt|applied|waited|gewartet|registered|gemeldet|angemeldet|renewed|erneuert|"
    r"beworben|treated|behandelt|patient|Patientin|Patient|ließ|lassen)\b", _F)
# … and what a clause of a visit, a contact, an opinion, a home or a donation says.
_DENY = re.compile(
    r"\b(?:angerufen|called|contacted|kontaktiert|besucht|visited|geschrieben|wrote|"
    r"emailed|gelesen|read|kenne|kannte|know|knew|schätze|admire|respect|like|love|trust|"
    r"criticise|criticize|kritisiere|mag|bewundere|erwähnt|mentioned|zitiere|cite|quoted|heard|"
    r"gehört|seen|gesehen|sah|saw|met|getroffen|traf|follow|folge|interviewed|studied|"
    r"studiert|mean|meinte|meant|think|glaube|denke|finde|gesprochen|geredet|"
    r"telefoniert|diskutiert|verhandelt|spoken|talked|negotiated|wohne|wohnte|lebe|lebte|live|"
    r"lived|grew\s+up|aufgewachsen|geboren|born|left|use|uses|used|nutze|benutze|genutzt|"
    r"Abitur|Abschluss|graduated|Schüler|Schülerin|pupil|geholfen|helped\s+me|spende|spenden|"
    r"gespendet|donate|donated)\b", _F)
_AUXILIARIES = {"am", "was", "is", "are", "were", "have", "had", "bin", "war", "waren", "sind",
                "habe", "haben", "hatte", "hatten", "werde", "werden", "speak", "spreche",
                "do", "did", "also", "just", "really", "still", "only", "now"}


def reports_contact(clause: str) -> bool:
    """Whether the clause tells of a visit, a contact or an opinion: a word of ``_DENY`` or
    of ``_NOT_DISCLOSING`` (auxiliaries, adverbs and "speak for" apart: "für die ich
    spreche" is representation)."""
    if _DENY.search(clause) or _CLIENT.search(clause):
        return True
    words = re.findall(r"[^\W\d_]+(?:['’]t)?", clause)  # as written: "in May" is no modal
    return any(w in _NOT_DISCLOSING and w not in _AUXILIARIES for w in words[1:])


def reports_client(clause: str) -> bool:
    """Whether the clause says the writer was the organisation's client ("wo ich mich beraten
    ließ", "where I applied for my visa"), not staff."""
    return bool(_CLIENT.search(clause))
