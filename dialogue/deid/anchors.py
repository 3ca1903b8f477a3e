"""The anchors of the affiliation grammar: first-person words that start a disclosure.

Each anchor is (kind, language, gate, pattern). The kind says what the phrase after it
must contain (see ``affiliations._accept``); the gate lists words the pattern cannot match
without, so a text only pays for the anchors whose words it contains. Compiled once per
process; nothing here depends on the roster.
"""

from __future__ import annotations

import re

from .aff_anchors import PERIOD_ANCHORS

_F = re.IGNORECASE
_EN_DET = r"(?:(?:the|a|an)\s+)?"
_DE_AT = (r"(?:beim|bei\s+der|bei\s+dem|bei\s+einer|bei\s+einem|bei|im|in\s+der|in\s+dem|"
          r"in\s+einer|in\s+einem|in|am|an\s+der|vom|von\s+der|von\s+dem|von\s+einer|"
          r"von\s+einem|von|aus\s+dem|aus\s+der|für\s+die|für\s+den|für\s+das|für\s+eine|"
          r"für\s+einen|für)")

# Adverbs between "ich arbeite" and its place: "arbeite ich doch selbst seit Jahren im …"
_DE_FILLER = r"(?:[\w-]+\s+){0,4}?"  # "ich war *bis letztes Jahr* bei …", "*zwölf Jahre*"
# Words between an English verb and its place: "I've spent *nine years* at the BAMF"
_EN_FILLER = r"(?:(?:[\w-]+)\s+){0,4}?"

# Adverbs between a first-person subject and its verb: "I *used to* chair", "we *now* run"
_EN_ADVERBS = (r"(?:also|currently|now|still|jointly|together|once|previously|formerly|"
               r"used\s+to|actually|basically|essentially)")
# … and after an inverted German verb: "leite ich *seit 2021* die Beratungsstelle"
_DE_ADVERBS = (r"(?:(?:seit\s+(?:\d{4}|\w+\s+Jahren|\w+)|schon|nun|jetzt|hier|derzeit|"
               r"gemeinsam|zusammen|mittlerweile|inzwischen|bereits|selbst|auch|dort|da|vor\s+Ort|"
               r"seitdem|weiterhin|noch|ehrenamtlich)\s+)*")

# (kind, language, gate, pattern). The kind says what the phrase after the anchor must
# contain: "poss" (an organisation noun, or a weak one with more words), "belong" (an
# organisation, an acronym or a name), "unit" (an organisation noun), "role"; "role?" also
# needs a first-person sentence. The gate lists words the pattern cannot match without,
# so a text only pays for the few anchors whose words it contains.
_ANCHORS: list[tuple[str, str, str, str]] = [
    # possessives: "our consulate in Lagos", "in my unit at the BMZ", "unser Jobcenter"
    ("poss", "en", "my our",
     r"\b(?:(?:in|at|from|within|for|of|with|on)\s+)?(?:my|our)\s+(?:own\s+)?"),
    ("poss", "de", "mein meine meinem meinen meiner meines unser unsere unserem "
     "unseren unserer unseres",
     r"\b(?:(?:in|aus|von|bei|an|für|mit|zu)\s+)?(?:Sicht\s+)?"
                   r"(?:mein|unser)(?:e|em|en|er|es)?\s+"),
    # verbs of belonging
    ("belong", "en", "we us", r"\b(?:we|us)\s+(?:here\s+)?(?:at|in|from|within|with|on)\s+"),
    ("belong", "en", "work worked working serve served volunteer volunteered intern",
     r"\bI\s+(?:currently\s+|still\s+|now\s+|also\s+|used\s+to\s+)?(?:work|worked|am\s+working|"
                     r"serve|served|volunteer|volunteered|intern)\s+(?:here\s+)?"
                     r"(?:for|at|in|with)\s+"),
    ("belong", "en", "working employed based",
     r"\b(?:working|employed|based)\s+(?:for|at|with|by)\s+"),
    ("belong", "en", "m am",
     r"\bI(?:'m|’m|\s+am)\s+(?:currently\s+|now\s+)?(?:with|from|at|in|on|employed\s+by|"
                     r"based\s+at)\s+"),
    ("belong", "en", "teach taught advise advised coordinate coordinated run ran manage "
     "managed lead led head headed chair chaired founded direct directed supervise",
     rf"\bI\s+(?:teach|taught|advise|advised|coordinate|coordinated|run|ran|manage|managed|"
     rf"lead|led|head|headed|chair|chaired|founded|co-founded|direct|directed|supervise)\s+"
     rf"{_EN_FILLER}(?:at|for|in|with)\s+"),
    ("belong", "en", "spent worked served been",
     rf"\bI(?:'ve|’ve|\s+have|\s+had)?\s+(?:spent|worked|served|been)\s+(?!to\s){_EN_FILLER}"
     rf"(?:at|with|in|for)\s+"),
    ("belong", "en", "seconded posted assigned deployed attached was used",
     r"\b(?:I\s+(?:was|am|’m|'m|have\s+been|’ve\s+been|'ve\s+been)\s+(?:seconded|posted|"
     r"assigned|deployed|attached)\s+to|(?:when|while|since|after|before)\s+I\s+(?:was|worked|"
     r"served)\s+(?:at|with|in|for)|I\s+(?:was|used\s+to\s+be)\s+(?:still\s+)?(?:at|with))\s+"),
    ("belong", "en", "i", r"\b(?:and\s+)?I\s+(?:here\s+)?(?:at|from)\s+(?=the\s)"),
    ("belong", "en", "coming come came", r"\b(?:coming|I\s+come|I\s+came)\s+from\s+"),
    ("belong", "en", "representing represent speaking writing speak write behalf",
     r"\b(?:representing|I\s+represent|speaking\s+for|writing\s+for|"
                     r"I\s+(?:speak|write)\s+(?:here\s+)?(?:for|on\s+behalf\s+of)|"
                     r"speaking\s+on\s+behalf\s+of)\s+"),
    ("belong", "en", "role capacity function position job work post perspective experience "
     "time years days",
     r"\b(?:in|from|during|before|after|since)\s+my\s+"
     r"(?:(?:previous|current|former|old|new|day|daily|\w+\s+years)\s+)?"
     r"(?:role|capacity|function|position|job|work|post|perspective|experience|time|years|"
     r"days)\s+"
     r"(?:at|with|in|for)\s+"),
    ("belong", "en", "part member members",
     r"\b(?:I(?:'m|’m|\s+am|\s+was)|we(?:'re|’re|\s+are|\s+were))\s+(?:a\s+|an\s+active\s+|"
     r"active\s+)?(?:part|member|members)\s+of\s+"),
    ("belong", "en", "perspective view side",
     r"\b(?:from|in|on)\s+(?:our|my)\s+(?:perspective|view|side|end)\s+"
     r"(?:(?:at|in)\s+|\(\s*)"),
    # greetings: "Hello from the Nigerian embassy's consular section", "Grüße aus dem …"
    ("belong", "en", "hello hi greetings",
     r"\b(?:hello|hi|greetings|regards)\s+(?:all\s+|everyone\s+|again\s+)?from\s+"),
    ("belong", "de", "hallo grüße gruß",
     r"\b(?:hallo|grüße|gruß)\s+(?:zusammen\s+|allerseits\s+)?(?:vom|von\s+der|von\s+dem|"
     r"aus\s+dem|aus\s+der|aus)\s+"),
    # a message headed by its sender, up to a colon: "Short update from the Kenyan labour
    # ministry: we …", "Kurze Info vom Jobcenter Essen: wir …" (a first person after the
    # colon: "Eine Nachricht von der Botschaft: keine Termine" passes news on)
    ("belong", "en", "note update word message",
     r"(?:^|[.!?]\s+|\n)\s*(?:(?:a|just\s+a)\s+)?(?:(?:quick|short|brief)\s+)?(?:note|update|"
     r"word|message)\s+from\s+(?=the\s[^:\n.!?]{1,80}:\s*(?:we|our|I)\b)"),
    ("belong", "de", "info nachricht meldung update rückmeldung",
     r"(?:^|[.!?]\s+|\n)\s*(?:(?:eine|nur\s+eine)\s+)?(?:kurze\s+)?(?:Info|Nachricht|Meldung|"
     r"Update|Rückmeldung)\s+(?:vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der)\s+"
     r"(?=[^:\n.!?]{1,80}:\s*(?:wir|unser\w*|ich|bei\s+uns)\b)"),
    # "I belong to", "ich gehöre zum Team der …", "ich engagiere mich bei …"
    ("belong", "en", "belong belonged", r"\bI\s+(?:belong|belonged)\s+to\s+"),
    ("belong", "de", "gehöre gehörte",
     rf"\b(?:ich\s+gehöre|gehöre\s+ich|ich\s+gehörte|gehörte\s+ich)\s+{_DE_ADVERBS}"
     r"(?:zum|zur|zu)\s+"),
    ("belong", "de", "engagiere helfe jobbe",
     rf"\b(?:ich\s+(?:engagiere\s+mich|helfe|jobbe)|(?:engagiere\s+ich\s+mich|helfe\s+ich|"
     rf"jobbe\s+ich))\s+{_DE_FILLER}{_DE_AT}\s+"),
    # a second verb of the same first-person subject: "ich bin Sozialarbeiterin und arbeite
    # in einer Unterkunft", "I'm a nurse and work at a clinic in Jena"
    ("belong?", "de", "und", rf"\bund\s+(?:arbeite|sitze|bin)\s+{_DE_FILLER}{_DE_AT}\s+"),
    ("belong?", "en", "and", r"\band\s+(?:work|worked|volunteer|serve)\s+(?:for|at|in|with)\s+"),
    ("belong", "en", "here", r"\bhere\s*[,:–—-]?\s*(?:(?:from|with|at|for)\s+|\(\s*)"),
    ("belong", "en", "someone somebody one",
     r"\bas\s+(?:someone|somebody|one)\s+(?:who\s+(?:works|worked|sits)|working|employed|"
     r"based)\s+"
                     r"(?:at|for|in|with)\s+"),
    ("any", "en", "someone somebody one person",
     r"\bas\s+(?:the\s+|a\s+)?(?:someone|somebody|one|person)\s+(?:who|that)\s+(?:runs|ran|"
     r"leads|led|heads|manages|coordinates|founded|chairs|works\s+on|(?:has|had)\s+(?:run|led|"
     r"headed|managed|coordinated|founded|chaired|been\s+(?:running|leading|heading|"
     r"managing)))\s+"),  # h14z: the perfect, "as someone who has run a shelter for …"
    ("belong", "en", "joined lead head run chair manage coordinate sit sat serve served joining "
     "having advise advised",
     r"\b(?:I\s+(?:joined|lead|head|run|chair|manage|coordinate|sit\s+on|advise|advised|"
     r"serve\s+on|served\s+on|sat\s+on)|"
                     r"(?:before|after|since)\s+joining|having\s+(?:worked|served|been|"
                     rf"spent\s+{_EN_FILLER})\s*(?:at|for|in|with))\s+"),
    # "Meine Mitgliedschaft im Aufsichtsrat einer …", "my work at the BAMF", "meine
    # Kolleg:innen in der Ausländerbehörde"
    ("belong", "de", "meine mein",
     r"\bmein(?:e)?\s+(?:Mitgliedschaft|Tätigkeit|Arbeit|Stelle|Position|Rolle|Funktion|"
     r"Kolleg(?::innen|\*innen|Innen|innen|en|in|e))\s+(?:im|in\s+der|in\s+dem|bei\s+der|"
     r"beim|bei|am)\s+"),
    ("belong", "en", "my",
     r"\bmy\s+(?:[\w-]+\s+)?(?:membership|work|job|role|position|post|seat|colleagues)\s+"
     r"(?:at|in|on|with)\s+"),  # "my advisory role with the chamber"
    # a move to a new employer: "bevor ich zur IG Metall gewechselt bin", "I moved from the
    # welcome centre to the city's economic development office"
    ("belong", "de", "gewechselt",
     r"\bich\s+(?:[\w-]+\s+){0,3}?(?:zur|zum)\s+(?=[^.!?\n]{0,60}\bgewechselt\b)"),
    ("belong", "en", "moved switched transferred",
     r"\bI(?:['’]ve|\s+have|\s+recently|\s+just)?\s+(?:moved|switched|transferred)\s+"
     r"(?:jobs\s+|over\s+)?(?:from\s+[^.!?\n]{3,60}?\s+)?to\s+"),
    # "Ich forsche an einem Max-Planck-Institut", "ich gehöre dem Vorstand des … an"
    ("belong", "de", "forsche lehre unterrichte promoviere gehöre",
     r"\bich\s+(?:(?:forsche|lehre|unterrichte|promoviere)\s+(?:an|am)|gehöre)\s+"),
    # "I'll be heading the new welcome centre", "from May I will be joining the BA"
    ("belong", "en", "ll will heading leading running joining",
     r"\bI(?:['’]ll|\s+will|\s+am\s+going\s+to)\s+be\s+(?:heading|leading|running|"
     r"joining|chairing|managing)\s+"),
    # a further post in the same first-person sentence: "I used to work at IOM in Addis,
    # before that at UNHCR in Kampala", "bei der IOM gearbeitet und davor beim UNHCR"
    ("belong?", "en", "before prior part",
     r"\b(?:before\s+that|prior\s+to\s+that|part-time\s+also|also\s+part-time)\s*,?\s+"
     r"(?:at|with|for)\s+"),
    ("belong?", "de", "davor zuvor vorher sondern",
     r"\b(?:davor|zuvor|vorher|sondern\s+(?:seit\s+\w+\s+)?)\s*(?:beim|bei\s+der|bei\s+dem|"
     r"bei|im|in\s+der|in\s+dem)\s+"),
    ("belong", "en", "where", r"\bwhere\s+I\s+(?:sit|work)\s+(?:in|at)\s+"),
    ("belong", "en", "m am", r"\bI(?:'m|’m|\s+am)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s*,?\s+"
                     r"(?:from|with|of)\s+"),
    ("belong", "en", "this name",
     r"\b(?:this\s+is|my\s+name\s+is)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+"
                     r"(?:from|with|of)\s+"),
    ("belong", "de", "arbeite arbeitete bin war sitze",
     rf"\bich\s+(?:selbst\s+|auch\s+|hier\s+|jetzt\s+|nun\s+)?(?:arbeite|arbeitete|bin|war|"
     rf"sitze)\s+{_DE_FILLER}(?:seit\s+\S+(?:\s+\S+)?\s+|"
                     rf"hier\s+|derzeit\s+|noch\s+|lange\s+|selbst\s+)?{_DE_AT}\s+"),
    ("belong", "de", "komme kam", r"\bich\s+(?:komme|kam)\s+(?:hier\s+)?"
                     r"(?:vom|von\s+der|von\s+dem|von|aus\s+dem|aus\s+der)\s+"),
    ("belong", "de", "vertrete namen spreche",
     r"\b(?:ich\s+vertrete|vertrete\s+ich|im\s+Namen|ich\s+spreche\s+(?:hier\s+)?"
                     r"(?:für|im\s+Namen))\s+(?:hier\s+)?"),
    ("belong", "de", "meiner meinem meine meinen",
     rf"\b(?:in|bei|aus|vor|nach|während|seit)\s+meine[mrn]?\s+"
     rf"(?:(?:früheren|jetzigen|derzeitigen|täglichen|\w+\s+Jahren|\w+jährigen)\s+)?"
     rf"(?:Rolle|Funktion|Eigenschaft|Position|Arbeit|Tätigkeit|Erfahrung|Sicht|"
                     rf"Job|Stelle|Zeit|Jahren?|Jahre)\s+"
                     rf"{_DE_AT}\s+"),
    ("belong", "de", "uns wir mir", rf"\b(?:bei\s+(?:uns|mir)|wir(?:\s+hier)?)\s+{_DE_AT}\s+"),
    # "mein Job bei der Arbeitsagentur", "my job at the consulate", "my placement with …"
    ("belong", "de", "job arbeit stelle arbeitsplatz tätigkeit zeit",
     rf"\bmein(?:e|em|en|er)?\s+(?:Job|Arbeit|Stelle|Arbeitsplatz|Tätigkeit|Zeit)\s+"
     rf"{_DE_AT}\s+"),
    ("belong", "en", "job work post position placement internship time",
     r"\bmy\s+(?:(?:current|previous|former|old|new|first|last)\s+)?(?:job|work|post|"
     r"position|placement|internship|time)\s+(?:at|with|in|for)\s+"),
    # "ich unterrichte Deutsch an einer Sprachschule", "ich berate Pflegekräfte bei der …"
    ("belong", "de", "unterrichte lehre berate betreue pflege begleite vermittle prüfe "
     "übersetze dolmetsche",
     rf"\bich\s+(?:unterrichte|lehre|berate|betreue|pflege|begleite|vermittle|prüfe|übersetze|"
     rf"dolmetsche)\s+(?:[\w-]+\s+){{1,3}}?(?:an\s+einer|an\s+einem|{_DE_AT})\s+"),
    ("belong", "de", "hier",
     r"\bhier\s*[,:–—-]?\s*(?:vom|von\s+der|von\s+dem|von|aus\s+dem|aus\s+der|"
                     r"beim|bei\s+der|im|für\s+die|für\s+den|für\s+das)\s+"),
    ("belong+obj", "de", "leite betreue unterrichte führe koordiniere verantworte begleite",
     rf"\bich\s+(?:leite|betreue|unterrichte|führe|koordiniere|verantworte|begleite)\s+"
     rf"(?:hier\s+)?(?:{_DE_AT}\s+)?"),
    ("belong", "de", "habe hatte",
     rf"\bich\s+(?:habe|hatte)\s+{_DE_FILLER}(?:für\s+das|für\s+die|für\s+den|bei\s+der|"
     rf"beim|bei|im|in\s+der|an\s+der)\s+"),
    ("belong", "de", "ich", r"\b(?:und\s+)?ich\s+(?:hier\s+)?(?:vom|von\s+der|von\s+dem|aus\s+dem|"
     r"aus\s+der|bei\s+der|beim)\s+"),
    ("belong", "de", "sitze", rf"\bsitze\s+{_DE_FILLER}{_DE_AT}\s+"),
    ("belong", "de", "teil mitglied mitglieder",
     r"\b(?:ich\s+bin|wir\s+sind)\s+(?:hier\s+)?(?:ein\s+|eine\s+)?(?:Teil|Mitglied|Mitglieder)\s+"
     r"(?:des|der|eines|einer|vom|von\s+der|im)\s+"),
    ("belong", "de", "arbeite bin war sitze",
     rf"\b(?:arbeite|bin|war|sitze)\s+ich\s+{_DE_FILLER}(?:seit\s+\S+(?:\s+\S+)?\s+|hier\s+|"
                     rf"derzeit\s+|noch\s+|selbst\s+)?{_DE_AT}\s+"),
    ("belong", "de", "jemand einer eine",
     rf"\bals\s+(?:jemand|eine[r]?)\s*,?\s+(?:der|die)\s+(?:selbst\s+)?{_DE_FILLER}{_DE_AT}\s+"),
    ("belong", "de", "bin",
     r"\bich\s+bin\s+(?:die\s+|der\s+)?[A-ZÄÖÜ]\w+(?:\s+[A-ZÄÖÜ]\w+)?\s*,?\s+"
                     r"(?:vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der)\s+"),
    # an organisation or post as the object of a first-person verb: "we run a language
    # school in Tbilisi", "I used to chair the works council at …", "leite ich die …"
    ("own", "en", "run ran operate operated own owned manage managed founded started set "
     "built chair chaired lead led head headed direct directed represent represented "
     "coordinate coordinated advise advised",
     rf"\b(?:I|we)(?:['’]ve|['’]d|\s+have|\s+had)?\s+(?:{_EN_ADVERBS}\s+){{0,2}}"
     r"(?:run|ran|operate|operated|own|owned|manage|managed|founded|co-founded|started|"
     r"set\s+up|built|chair|chaired|lead|led|head|headed|direct|directed|represent|"
     r"represented|coordinate|coordinated|advise|advised)\s+"),
    ("own", "de", "leite leitete betreue betreute führe führte koordiniere koordinierte "
     "vertrete vertrat verantworte gründete betreibe leiten führen betreiben betreuen "
     "vertreten gründeten koordinieren übernehme",
     rf"\b(?:(?:leite|leitete|betreue|betreute|führe|führte|koordiniere|koordinierte|"
     rf"vertrete|vertrat|verantworte|gründete|betreibe|übernehme)\s+ich|ich\s+(?:leite|"
     rf"leitete|betreibe|vertrete|verantworte|gründete|übernehme)|(?:leiten|führen|betreiben|"
     rf"betreuen|vertreten|gründeten|koordinieren)\s+wir|wir\s+(?:leiten|führen|betreiben|"
     rf"betreuen|vertreten|gründeten|koordinieren))\s+{_DE_ADVERBS}(?:{_DE_AT}\s+)?"),
    # "Wir sind ein Krankenhausverbund in …", "sind wir die größte Gewerkschaft"
    ("own", "de", "sind", r"\b(?:wir\s+sind|sind\s+wir)\s+(?:hier\s+|selbst\s+)?"
     r"(?=(?:ein|eine|der|die|das)\s)"),
    # "we as an NGO", "wir als Gewerkschaft": an organisation noun, not "we as Germans"
    ("unit", "en", "as", r"\b(?:we|I)\s+as\s+"),
    ("unit", "en", "re are", r"\bwe(?:'re|’re|\s+are)\s+(?:a|an|the)\s+"),
    ("unit", "en", "we", r"\bwe\s*,\s+(?=the\s|a\s|an\s)"),
    # "we (the Kenyan embassy) would …", "We — the Moroccan consulate — think", "We, as an
    # NGO in Accra, disagree", "Wir – die Handwerkskammer Erfurt – sehen"
    ("unit", "en", "we us", r"\b(?:we|us)\s*(?:\(\s*|[–—-]\s*(?=the\s|a\s|an\s|our\s))"),
    ("unit", "de", "wir uns",
     r"\b(?:wir|uns)\s*(?:\(\s*|[–—-]\s*(?=die\s|der\s|das\s|eine?\s|unsere?\s))"),
    ("unit", "en", "as", r"\b(?:we|I)\s*,\s*as\s+"),
    # "I report to the head of …", "I'm on secondment from the BA"
    ("belong", "en", "report reported secondment loan seconded",
     r"\b(?:I\s+(?:report|reported)\s+(?:directly\s+)?to|on\s+(?:secondment|loan)\s+"
     r"(?:from|to|with|at)|I(?:'m|’m|\s+am|\s+was|['’]ve\s+been|\s+have\s+been)\s+"
     r"(?:currently\s+|now\s+)?seconded\s+(?:to|from))\s+"),
    ("unit", "de", "als", r"\b(?:wir|ich)\s*,?\s+als\s+"),
    # roles
    ("role", "en", "as", r"\b(?:speaking|writing|here|working|talking)\s+as\s+"),
    ("role", "en", "as", r"\bin\s+my\s+(?:role|capacity|function|position)\s+as\s+"),
    ("role", "en", "m am was ve have used work worked serve volunteer volunteered act",
     r"\bI(?:'m|’m|\s+am|\s+was|’ve\s+been|'ve\s+been|\s+have\s+been|"
                   r"\s+used\s+to\s+be|\s+work\s+as|\s+worked\s+as|\s+serve\s+as|"
                   r"\s+(?:also\s+)?volunteer(?:ed)?\s+as|\s+act\s+as)\s+"
                   r"(?:just\s+|only\s+|merely\s+|simply\s+|now\s+|currently\s+|still\s+|"
                   r"formerly\s+)?"  # "I'm just a volunteer with …", "I'm now the BA's liaison"
                   r"(?!to\s)"  # "I've been to three job fairs": a visit
                   r"(?:(?:one|some|two|three|several)\s+of\s+(?:the|our|its|two|three|"
                   r"several|many)\s+)?"),
    ("any", "en", "responsible charge",
     r"\bI(?:'m|’m|\s+am)\s+(?:the\s+)?(?:one\s+|person\s+)?(?:responsible|in\s+charge)\s+"
     r"(?:for|of)\s+"),
    ("any", "en", "responsible charge",
     r"\bas\s+(?:the|a|an)\s+(?:person|one|official|officer)\s+(?:responsible|"
                   r"in\s+charge)\s+(?:for|of)\s+"),
    ("role?", "en", "as", r"\bas\s+"),
    ("role", "de", "als", r"\b(?:ich\s+(?:bin\s+)?(?:hier\s+)?)als\s+"),
    ("role", "de", "als", r"\bin\s+meiner\s+(?:Rolle|Funktion|Eigenschaft)\s+als\s+"),
    ("role", "de", "bin war arbeite",
     # "ich war vier Jahre Staatsanwältin", "seit drei Jahren Lehrerin"
     r"\bich\s+(?:bin|war|arbeite)\s+(?:(?:seit\s+)?\w+\s+(?:Jahre|Jahren|Monate|Monaten)\s+"
                   r"(?:lang\s+)?|hier\s+|selbst\s+|seit\s+\S+\s+|nur\s+|früher\s+|"
                   r"lange\s+|jahrelang\s+|ehrenamtlich\s+)?"
                   r"(?:als\s+)?"),
    ("role?", "de", "als", r"\bals\s+"),
    # "ich arbeite seit zehn Jahren als …", inverted "arbeite ich seit 2015 als Pflegerin",
    # "bin ich hier als Vertreterin", "vorher war ich Lehrerin"
    ("role", "de", "arbeite arbeitete bin war",
     r"\b(?:(?:arbeite|arbeitete|bin|war)\s+ich|ich\s+(?:arbeite|arbeitete|bin|war))\s+"
     r"(?:[\w-]+\s+){0,4}?als\s+"),
    ("role", "de", "bin war", rf"\b(?:bin|war)\s+ich\s+{_DE_ADVERBS}"),
]
# "…, where I sit", "…, bei der ich arbeite": the phrase comes before its anchor.
_RELATIVE = re.compile(
    r",?\s*(?:(?:where|which|that|whom)\s+I\s+(?:now\s+|currently\s+)?(?:sit|work|am\s+based|"
    r"serve|represent|lead|head|run|joined|manage|chair|founded|coordinate|work\s+for|"
    r"work\s+at)|I\s+(?:run|lead|head|manage|chair|founded|represent)\b|"
    r"I\s+(?:work|worked)\s+(?:for|at|in|with)(?=\s*[,.;:!?)]|\s+(?:and|but)\b)|"
    r"(?:wo|in\s+der|in\s+dem|bei\s+der|bei\s+dem|für\s+die|für\s+den|für\s+das|das|die|den)"
    r"\s+ich\s+(?:hier\s+)?(?:(?:[\w-]+\s+){0,3}?(?:arbeite|sitze|tätig\s+bin|beschäftigt\s+bin|"
    r"vertrete|leite|führe|betreue|koordiniere|angehöre)))\b|"
    # "the union I belong to", "the network I'm part of", "the agency I volunteer for"
    r"\s+I(?:'m|’m|\s+am)?\s+(?:belong\s+to|(?:a\s+)?(?:part|member)\s+of|volunteer\s+(?:for|with|at)|"
    r"work\s+for)\b", _F)
# "At GIZ, we …", "Im Jobcenter Duisburg erleben wir …": a fronted place, then the writer.
_FRONTED = re.compile(r"(?:^|(?<=[.!?:;]\s))(?:Here\s+at|At|In|Within|Bei\s+der|Beim|Bei|Im|"
                      r"In\s+der|Am)\s+(?!Namen\b)")  # "Im Namen der … danke ich": the
# "im Namen" anchor has it, and its verb stays outside (h14z)
# A fronted "As/Als/Für + organisation or post" in a first-person statement: "As a small
# recruitment agency in Leipzig we …", "Als indische Botschaft haben wir …", "Für den ZDH
# kann ich sagen …". What must follow the phrase is in ``_FRONT_FOLLOWS``.
# (in lower case too, as in chat: "for the IHK I can say …")
_FRONT = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n)|(?<=[.!?]\s\s))"
                    r"(?:[Aa]s|[Aa]ls|[Ff]ür|[Ff]or|[Aa]us)\s+")
_FRONT_FOLLOWS = {
    # English: the pronoun right after ("As an academic at the SVR I have to say")
    "as": re.compile(r",?\s*(?:I|we)\b(?!['’]?s\b)"),
    # German: the finite verb, then the pronoun ("Als Botschaftsrat begrüße ich")
    "als": re.compile(r"\s+[a-zäöüß]\w*\s+(?:ich|wir)\b"),
    # "For the BAMF, I can say": only a speaker's verb, not "For employers, we need"
    "for": re.compile(r",?\s*(?:I|we)\s+(?:can|could|may|must|would|['’]d|want\s+to|"
                      r"wish\s+to|would\s+like\s+to)\s+(?:say|speak|add|confirm|report|"
                      r"tell|thank|welcome|support|share)\b"),
    "für": re.compile(r"\s+(?:(?:kann|möchte|darf|will|muss|würde|spreche|sage|danke|"
                      r"bedanke|begrüße|bestätige)\s+ich|(?:können|möchten|dürfen|sprechen|"
                      r"begrüßen|danken|bestätigen)\s+wir)\b"
                      r"(?!\s+(?:\w+\s+)?(?:nicht|nichts|kein\w*)\b)"),
}
# "Aus der nigerianischen Botschaft kann ich dazu sagen": a speaker's verb as after "Für"
_FRONT_FOLLOWS["aus"] = _FRONT_FOLLOWS["für"]
# A visit, not a post: "ich war schon mal in der Ausländerbehörde", "I was at the embassy
# yesterday" (checked in the words of a belonging anchor).
_VISIT = re.compile(r"\s*\b(?:mal|einmal|neulich|gestern|kürzlich|vorgestern|once|yesterday|"
                    r"recently|letzte\s+Woche|last\s+week|(?:arbeitslos\s+)?gemeldet|"
                    r"angemeldet|registriert)\b", _F)  # … and a client: "beim Jobcenter gemeldet"
# A denial, not a post: "Ich bin nicht vom BMAS", "I'm not from an employers' association",
# "I don't work for …"; but a past post counts ("nicht mehr beim BMAS", "no longer at").
_NEGATED = re.compile(r"(?:\b(?:not|nicht|never|nie|niemals|kein\w*)\b|n['’]t\b)"
                      r"(?!\s+(?:mehr|longer|only|nur|just)\b)", _F)
_FIRST_PERSON = re.compile(
    r"\b(?:I|me|my|we|us|our|myself|ich|mir|mich|mein\w*|wir|uns|unser\w*)\b", _F)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")

_COMPILED = [(kind, lang, frozenset(gate.split()), re.compile(p, _F))
             for kind, lang, gate, p in _ANCHORS + PERIOD_ANCHORS]
_TEXT_WORD = re.compile(r"[^\W\d_]+")
