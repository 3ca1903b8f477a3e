"""More anchors of the affiliation grammar (data only), appended to ``anchors._ANCHORS``.

They follow the same (kind, language, gate, pattern) shape and the same gating; they are
kept apart so ``anchors.py`` stays readable. Four families of phrasing (h14q):

- **a period or post of the writer's, then where it was spent**: "In my eight years with
  UNHCR", "During my secondment to the ZAB", "In my first job, at a recruitment agency in
  Manila", "At my last job, a placement agency in Kochi", "Während meines Praktikums in der
  Visastelle …", "Seit meiner Abordnung an die Botschaft …", "in meinem alten Job bei der …".
  The noun says the writer held a post; the phrase after it must be an organisation or a
  role (kind "unit"), so "In my years in Leipzig" or "in meiner Zeit in Berlin" stay clean;
- **a perspective taken as an organisation**: "Aus unserer Sicht als Arbeitgeberverband …",
  "from our side as the employment agency";
- **a coming or recent move**: "I'll start at the EU delegation in Dhaka", "I'll be moving
  to the BAMF's return division", "I start a secondment to the … team", "I've just been
  appointed to the advisory council of …", "Ich werde ab Januar an das BfAA abgeordnet",
  "ich wechsle im März ins …";
- **"I'm" written without its apostrophe in English chat**: "im at the IOM transit centre";
- and smaller ones: "on behalf of" in a first-person sentence, "speaking from the city
  administration", "<name> here, <post>", "I'm ZAV", a second verb of the writer ("… und
  berate ehrenamtlich das …"), "Having chaired …", "I was on the advisory board of …",
  "I spent six years on … in the …".

Kinds beyond ``anchors.py``'s: "post" (an organisation or a role; a weak noun only with
more words, and never a bare proper name or place: "In my years in Leipzig" is left),
"intro" (as "unit", with a name right before "here"), "self-org" (an organisation that
closes the clause: "I'm ZAV, by the way", not "I'm IT literate").
"""

from __future__ import annotations

# "my *time*", "my eight *years*", "my previous *life*", "my old *role*", "my *secondment*"
_EN_PERIOD = (r"(?:time|years?|months|decades?|days|life|role|job|post|position|stint|"
              r"secondment|traineeship|internship|placement|tenure|career|spell|assignment|"
              r"posting|fellowship|apprenticeship|mandate|term)")
_DE_PERIOD = (r"(?:Praktikums?|Abordnung|Referendariats?|Ausbildung|Zeit|Jahren?|Jahre|Monaten|"
              r"Tätigkeit|Jobs?|Stelle|Arbeit|Dienstzeit|Volontariats?|Promotion|Hospitation|"
              r"Entsendung|Einsatz(?:es)?|Amtszeit|Station|Laufbahn|Berufsjahren|Traineezeit|"
              r"Freiwilligendienst(?:es)?)")
_DE_TO = (r"(?:an\s+die|an\s+das|an\s+den|ans|an\s+der|am|beim|bei\s+der|bei\s+dem|bei\s+einer|"
          r"bei\s+einem|bei|im|in\s+der|in\s+dem|in\s+einer|in\s+einem|in\s+die|ins|vom|"
          r"von\s+der|für\s+die|für\s+den|für\s+das|als)")

PERIOD_ANCHORS: list[tuple[str, str, str, str]] = [
    ("post", "en", "my",
     rf"\b(?:in|during|at|throughout|over|from)\s+my\s+(?:[\w-]+\s+){{0,3}}?{_EN_PERIOD}\s*,?\s+"
     r"(?:as|at|with|on|in|for|to|inside|within)\s+"),
    # "At my last job, a placement agency in Kochi": the apposition names the employer
    ("post", "en", "my",
     r"\b(?:in|at|from|during)\s+my\s+(?:[\w-]+\s+){0,2}?(?:job|post|employer|workplace|"
     r"placement|internship)\s*,\s+(?=(?:a|an|the)\s)"),
    ("post", "de", "meinem meiner meines unserem unserer unseres",
     rf"\b(?:in|während|seit|nach|vor|bei|aus|zu)\s+(?:meine[mrs]|unsere[mrs])\s+"
     rf"(?:[\w-]+\s+){{0,2}}?{_DE_PERIOD}\s*,?\s+{_DE_TO}\s+"),
    # a perspective taken as an organisation
    ("post", "de", "sicht", r"\b(?:aus\s+)?(?:meiner|unserer)\s+Sicht\s+als\s+"),
    ("post", "en", "perspective side view",
     r"\bfrom\s+(?:my|our)\s+(?:perspective|side|point\s+of\s+view|vantage\s+point)\s+as\s+"),
    # a coming or recent move
    ("post", "en", "ll will going start starting move moving transfer transferring switch "
     "switching",
     r"\bI(?:['’]ll|\s+will|['’]m\s+going\s+to|\s+am\s+going\s+to)\s+(?:be\s+)?"
     r"(?:start(?:ing)?|mov(?:e|ing)|transfer(?:ring)?|switch(?:ing)?)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:at|to)\s+"),  # not "I'll start with the ministry's figures"
    ("post", "en", "start begin began started",
     r"\bI\s+(?:start|begin|began|started)\s+(?:[\w-]+\s+){0,3}?(?:secondment|posting|"
     r"assignment|placement|internship|traineeship|job|post|role|position|fellowship)\s+"
     r"(?:at|to|with|in)\s+"),
    ("post", "en", "appointed elected posted promoted nominated",
     r"\bI(?:['’]ve|\s+have|\s+was|['’]m|\s+am|\s+had)\s+(?:just\s+|recently\s+|now\s+|"
     r"been\s+)*(?:appointed|elected|posted|promoted|nominated)\s+(?:to|at|as)\s+"),
    ("post", "de", "abgeordnet versetzt entsandt berufen",
     r"\b(?:ich\s+(?:werde|wurde|bin|war)|und\s+bin|(?:werde|wurde|bin|war)\s+ich)\s+"
     r"(?:[\w-]+\s+){0,4}?(?:an\s+die|an\s+das|an\s+den|ans|zur|zum|in\s+die|ins)\s+"
     r"(?=[^.!?\n]{0,80}\b(?:abgeordnet|versetzt|entsandt|berufen)\b)"),
    ("post", "de", "wechsle wechsele",
     r"\b(?:ich\s+(?:wechsle|wechsele)|(?:wechsle|wechsele)\s+ich)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:ins|in\s+die|in\s+den|zum|zur|an\s+die|an\s+das)\s+"),
    # "on behalf of" alone ties the writer only in a first-person sentence: "I signed on
    # behalf of our clinic", not "The portal is run on behalf of the ministry"
    ("belong?", "en", "behalf", r"\bon\s+behalf\s+of\s+"),
    ("belong", "en", "behalf", r"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=,\s))on\s+behalf\s+of\s+"),
    # "speaking from the city administration in Leipzig", not "writing from Accra"
    ("post", "en", "speaking writing reporting",
     r"\b(?:speaking|writing|reporting)\s+(?:here\s+)?from\s+(?=the\s|a\s|an\s|our\s)"),
    # "jan here, co-founder of a small recruitment agency", "Arben here, embassy of Albania"
    ("intro", "en", "here", r"\bhere\s*[,:–—]\s*(?=[\w'’-]+)"),
    # an organisation for a name: "I'm ZAV, by the way", "lol I'm literally BAMF, integration
    # department", "I'm formerly Bavarian interior ministry" (not "I'm OK", "I'm Kenyan")
    ("self-org", "en", "m am",
     r"\bI(?:'m|’m|\s+am)\s+(?:literally\s+|formerly\s+|actually\s+|basically\s+|now\s+)?"
     r"(?=(?-i:[A-Z]))(?!(?-i:OK|OKAY|PhD|HIV|AFK)\b)"),
    # a second verb of the same writer with an organisation as its object: "Ich bin Anwältin
    # und berate ehrenamtlich das Beratungsnetz …", "I chair a network and sit on the council"
    ("own?", "de", "und",
     r"(?<=\bund\s)(?!(?:sehe|finde|glaube|denke|hoffe|kenne|weiß|frage|bitte|danke|habe|"
     r"muss|kann|will|möchte|sage|meine|verstehe|teile|begrüße|unterstütze|fordere|empfehle|"
     r"lese|höre|erlebe|erwarte|sehe|brauche|warte|zahle|rufe|schreibe)\b)[a-zäöüß]{3,}e\s+"
     r"(?:(?:ehrenamtlich|auch|nebenbei|dort|zusätzlich|seit\s+\S+)\s+)*"
     r"(?=(?:das|die|den|der|dem|ein|eine|einen)\s)"),
    ("belong?", "en", "and", r"(?<=\band\s)(?:also\s+)?(?:sit|sat|serve|served)\s+on\s+"),
    # "Having chaired the diaspora working group at the embassy", "having myself set up the
    # advice centre in Accra"; "I was on the advisory board of …", "I sat on the panel"
    ("own", "en", "having",
     r"\bhaving\s+(?:myself\s+|personally\s+|once\s+)?(?:chaired|led|run|headed|set\s+up|"
     r"founded|co-founded|managed|coordinated|built|directed)\s+"),
    ("post", "en", "was sat been",
     r"\bI(?:\s+was|\s+sat|['’]ve\s+been|\s+have\s+been)\s+(?:also\s+)?on\s+"
     r"(?=(?:the|a|an|its|our)\s+(?:[\w-]+\s+){0,3}?(?:board|council|committee|panel|"
     r"commission|jury|taskforce|task\s+force|working\s+group|steering\s+group)\b)"),
    # "I spent six years on asylum casework in the Home Office" (years of work, not hours
    # of waiting)
    ("post", "en", "spent",
     r"\bI(?:['’]ve|\s+have)?\s+spent\s+(?:[\w-]+\s+){1,2}?(?:years|months|decades)\s+"
     r"(?:on\s+(?:[\w-]+\s+){1,4}?)?(?:at|in|with)\s+(?!order\b)"),
    ("belong", "en", "im", r"\bim\s+(?:with|from|at|based\s+at)\s+(?=the\s|a\s|an\s|(?-i:[A-Z]))"),
    # h14u: "as someone who spent ten years in a foreigners' office in Kassel", "as somebody
    # who has worked at the BA", "als jemand, der zehn Jahre in der Ausländerbehörde war"
    # round 10: the German role of "as someone who was a recruiter": "Als jemand, der zehn
    # Jahre Sozialarbeiter war", "als eine, die selbst Pflegekraft ist"
    ("role", "de", "jemand einer eine",
     r"\bals\s+(?:jemand|eine[r]?)\s*,?\s+(?:der|die)\s+(?:(?:selbst|lange|früher|mal|auch|"
     r"viele|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|"
     r"Jahre|Jahrzehnte|lang)\s+){0,4}?(?=[\w-]+\s+(?:war|ist|bin|gewesen|geworden)\b)"),
    ("post", "en", "someone somebody",
     r"\bas\s+(?:someone|somebody|a\s+person)\s+who\s+(?:has\s+|had\s+)?(?:spent|worked|"
     r"served|sat)\s+(?:[\w-]+\s+){0,4}?(?:at|in|with|for|on)\s+"),
    # a dropped "ich" at a sentence's start in chat: "bin bei einer Spedition in Kiel und …",
    # "arbeite seit 2019 im Jobcenter"
    ("belong", "de", "bin arbeite war sitze",
     r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:bin|arbeite|war|sitze)\s+(?:selbst\s+|seit\s+\S+\s+|"
     r"hier\s+|jetzt\s+|derzeit\s+)?(?:beim|bei\s+der|bei\s+dem|bei\s+einer|bei\s+einem|bei|"
     r"im|in\s+der|in\s+einer|in\s+einem|für\s+die|für\s+den|für\s+eine|für\s+einen)\s+"),
    # the writer with the rest of a team: "me and the rest of the team at Acme", "me and my
    # colleagues at the chamber", "ich und meine Kolleginnen bei der AWO"
    ("belong", "en", "me and myself",
     r"\b(?:me|I|myself)\s+and\s+(?:the\s+rest\s+of\s+)?(?:the|my|our)\s+(?:other\s+)?"
     r"(?=(?:[\w-]+\s+)?(?:team|colleagues|staff|people)\s+(?:at|in|from|of|with)\s)"),
    ("belong", "de", "ich und",
     r"\bich\s+und\s+(?:die|meine|mein|das)\s+(?:restlichen?\s+|anderen\s+|ganze\s+)?"
     r"(?=(?:Team|Kolleg\w*|Leute)\s+(?:bei|beim|im|in|von|vom|aus)\s)"),
]
