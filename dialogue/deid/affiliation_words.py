"""Word classes of the affiliation grammar (data only): organisation nouns, roles, stops.

The grammar in ``affiliations.py`` does not list organisations; it recognises the *kind*
of noun that heads a phrase naming one ("consulate", "Jobcenter", "-behörde", "chamber")
or a post ("shop steward", "Sozialarbeiterin", "-beauftragte").  German compounds are
recognised by their last part, so "Ausländerbehörde" and "Beratungsstelle" need no entry.
All words are lower case; matching folds case.
"""

from __future__ import annotations

from . import gazetteer

# Nouns that name an organisation or a unit of one, revealing with a possessive alone
# ("our consulate", "my union", "unser Jobcenter").
EN_ORG_STRONG = {
    "ministry", "department", "embassy", "consulate", "consulate-general",
    "agency", "directorate", "directorate-general", "unit", "desk", "division", "bureau",
    "secretariat", "delegation", "commission", "chamber", "association", "federation",
    "confederation", "union", "institute", "foundation", "ngo", "organisation", "organization",
    "jobcentre", "jobcenter", "job-centre", "authority", "council",
    "faculty", "college", "clinic", "company", "firm", "charity",
    "municipality", "mission", "high commission", "think-tank", "thinktank", "think tank",
    "newsroom", "newspaper", "broadcaster", "diocese", "parish", "lab",
    "laboratory", "headquarters", "hq", "taskforce", "task-force", "works council",
    "cooperative", "inspectorate", "ombudsman",
    "startup", "start-up", "start-ups", "startups", "consultancy", "care home", "nursing home",
    "language school", "law firm", "recruitment firm", "trade union",
    "chamber of commerce", "works committee", "staff council", "labour office",
    "employment office", "welfare office", "foreigners' office", "immigration office",
    # with a possessive alone the writer's ("Our office will announce …", "My hospital pays")
    "office", "hospital",
    # firm types: "my employer, a regional insurer in Kiel", "we're a haulier in Bremen"
    "insurer", "reinsurer", "haulier", "freight forwarder", "insurance company",
    "sub-office", "suboffice", "field office", "country office", "regional office",
    # a unit named with a post-modifier or as one word ("our consulate general in Lagos",
    # "our helpdesk in Accra")
    "consulate general", "helpdesk", "help desk",
}
# Nouns that reveal only with more words around them: "our team" is nobody, "our
# migration team", "our team at IOM", "our office in Kumasi" are somebody.
EN_ORG_WEAK = {
    "team", "office", "offices", "colleagues", "staff", "people", "group", "section",
    "service", "services", "centre", "center", "network", "programme", "program", "project",
    "branch", "house", "bank", "fund", "board", "station", "post", "sector", "partnership",
    "wing", "strand", "panel", "airport", "administration", "branches", "churches",
    "platform", "initiative", "working group", "shelter", "hotline", "local", "chapter",
    # national or too common to reveal with a possessive alone ("our school system",
    # "our police"), revealing with more words ("our university's migration lab")
    "school", "hospital", "parliament", "court", "police", "committee",
    "church", "university",
    "operator", "provider", "business", "practice", "outfit", "shop",
    "workshop", "plant", "factory", "site", "campus", "cluster",
    "chain", "helpline", "advice centre", "drop-in",
    "ward", "counter", "hub", "academy", "trust", "depot", "warehouse",
    "farm", "farms", "nursing home", "nursing homes", "care homes", "hotels", "hotel group",
    "congregation", "parish", "mosque", "community centre", "chamber", "chambers",
}
# Local government named by its place: revealing only with the place ("the city of Bochum",
# "die Stadt Kassel"), not alone ("we in the city", "ich war in der Stadt").
CIVIC = {"city", "town", "county", "district", "stadt", "kreis"}
# Heads that need a nationality beside them: "the Ghanaian side", "die kenianische Regierung".
NATIONAL_HEADS = {"side", "government", "authorities", "seite", "regierung", "behörden"}

DE_ORG_SUFFIXES = (
    "ministerium", "ministeriums", "amt", "amts", "amtes", "behörde", "agentur", "verband",
    "verbands", "verbandes", "kammer", "stelle", "zentrum", "zentrums", "center", "centers",
    "institut", "instituts", "stiftung", "gewerkschaft", "referat", "referats", "referates",
    "abteilung", "unterabteilung", "büro", "büros", "konsulat", "konsulats", "botschaft",
    "vertretung", "verwaltung", "kommission", "werk", "werks", "dienst", "dienstes",
    "gericht", "gerichts", "polizei", "schule", "universität", "hochschule", "verein",
    "vereins", "netzwerk", "netzwerks", "initiative", "direktion", "dezernat", "sekretariat",
    "delegation", "fachbereich", "unternehmen", "unternehmens", "firma", "betrieb",
    "betriebs", "konzern", "klinik", "krankenhaus", "krankenhauses", "landkreis",
    "kreisverwaltung", "senat", "gemeinde", "kommune", "stadtverwaltung", "rathaus",
    "ausschuss", "ausschusses", "gremium", "fraktion", "partei", "kirche", "diakonie",
    "caritas", "vermittlung", "arbeitsvermittlung", "beratung", "erstaufnahme",
    "einrichtung", "organisation", "arbeitsgruppe", "abteilungsleitung", "referatsleitung",
    "haus", "hauses", "team", "teams", "stab", "stabs", "rat", "rats", "rates",
    "bund", "bundes", "ngo", "gmbh", "träger", "trägers", "vorstand", "vorstands", "heim",
    "heims", "städtetag", "landkreistag", "gemeindetag", "landesregierung", "staatskanzlei",
    "senatsverwaltung", "landesverwaltung", "genossenschaft", "konsortium", "bündnis",
    "allianz", "kanzlei", "redaktion", "lehrstuhl", "fakultät", "zeitung", "niederlassung",
    "filiale", "start-up", "startup", "holding", "pflegedienst", "ortsverband", "bezirksamt",
    "projekt", "projekts", "programm", "programms", "unterkunft", "tischlerei", "bäckerei",
    "werkstatt", "praxis", "apotheke", "kita", "pflegeheim", "altenheim", "zentrale",
    "service", "innung", "landratsamt", "handwerkerschaft", "netz", "kommissariat", "ambulanz",
    "standort", "regierung", "betreiber", "betreibers", "leitung", "hospital", "hospitals",
    "klinikum", "klinikums",
    # firm types: "Unsere Versicherung zahlt …", "bei einer Spedition in Kiel", "bei einem
    # externen Dienstleister" (the national insurances are in ``DE_NOT_ORG``)
    "versicherung", "versicherer", "spedition", "dienstleister", "dienstleisters", "reederei",
    "sparkasse", "einheit", "forschungsgruppe", "projektgruppe", "fachgruppe",
    "steuerungsgruppe", "arbeitskreis",
    # plurals: "die Vertreter der Wohlfahrtsverbände"
    "verbände", "behörden", "kammern", "ministerien", "botschaften", "gewerkschaften",
    "organisationen", "agenturen", "ämter", "institute", "stiftungen", "vereine",
)
# German heads that reveal nothing without more words ("unser Team", "an dieser Stelle");
# compounds ending in them ("Migrationsteam", "Beratungsstelle") do reveal.
DE_ORG_WEAK = {"team", "teams", "gruppe", "leitung", "bereich", "bereichs", "projekt",
               "projekts", "leute", "kollegen", "kolleginnen", "kollegium", "mitarbeitende",
               "mitarbeitenden", "rat", "rats", "rates", "bund", "bundes", "beratung",
               "einrichtung", "stab", "stabs", "dienst", "dienstes", "stelle", "zentrum",
               "initiative", "werk", "netz", "standort", "büro", "büros", "haus", "hauses", "heim",
               "träger", "programm", "programms", "praxis", "zentrale", "einheit"}
# Words that end like an organisation noun but are not one.
DE_NOT_ORG = {"insgesamt", "gesamt", "samt", "vorrat", "apparat", "heirat", "unrat", "zierrat",
              "handwerk", "gottesdienst", "beamt", "rat", "bundes", "verdienst", "zuhause",
              "baustelle", "feuerwerk", "zielgruppe", "praxis", "wahlprogramm",
              "regierungsprogramm", "parteiprogramm", "pilotprojekt", "regierung", "internetz",
              "stromnetz", "schienennetz", "mobilfunknetz", "straßennetz", "sicherheitsnetz",
              "wasserleitung", "stromleitung", "anleitung", "einleitung", "überleitung",
              "weiterleitung", "gasleitung", "rohrleitung", "verhandlungsleitung",
              "gesprächsleitung", "sitzungsleitung", "diskussionsleitung",
              # the national insurances are systems, not the writer's firm ("unsere
              # Rentenversicherung"); nor is a household's own policy
              "sozialversicherung", "rentenversicherung", "krankenversicherung",
              "pflegeversicherung", "arbeitslosenversicherung", "unfallversicherung",
              "haftpflichtversicherung", "lebensversicherung", "hausratversicherung",
              "reiseversicherung", "kfz-versicherung"}

EN_ROLES = {
    "shop steward", "steward", "union rep", "union representative", "trade unionist",
    "social worker", "caseworker", "case worker", "case manager", "nurse", "midwife",
    "doctor", "physician", "teacher", "lecturer", "professor", "researcher", "scientist",
    "economist", "lawyer", "attorney", "judge", "diplomat", "ambassador", "consul",
    "consul-general", "attaché", "attache", "labour attaché", "desk officer", "officer",
    "official", "civil servant", "public servant", "adviser", "advisor", "consultant",
    "coordinator", "manager", "director", "director-general", "deputy director", "head",
    "chair", "chairwoman", "chairman", "chairperson", "president", "vice-president",
    "secretary-general", "spokesperson", "spokeswoman", "spokesman", "representative",
    "delegate", "member", "employee", "staffer", "analyst", "fellow", "scholar",
    "journalist", "reporter", "editor", "employer", "entrepreneur", "recruiter",
    "interpreter", "counsellor", "counselor", "mediator", "volunteer", "activist",
    "organiser", "organizer", "negotiator", "inspector", "auditor", "border guard",
    "police officer", "mayor", "councillor", "councilor", "mp", "minister",
    "state secretary", "commissioner", "ombudsperson", "pastor", "priest", "imam",
    "placement officer", "integration officer", "programme manager", "project manager",
    "team leader", "department head", "unit head", "desk head", "caregiver", "carer",
    "care worker", "health worker", "instructor", "trainer", "principal", "dean",
    "practitioner", "specialist", "expert", "legal adviser", "policy adviser",
    "policy officer", "program officer", "programme officer", "liaison officer",
    "staff member", "board member", "founder", "co-founder", "owner", "partner at",
    "deputy ambassador", "chargé d'affaires", "head of mission", "employment counsellor",
    "welfare officer", "migration officer", "welfare worker", "youth worker",
    "community worker", "outreach worker", "field worker", "aid worker",
    "treasurer", "secretary", "boss", "predecessor", "successor", "supervisor", "deputy",
    "intern", "trainee", "apprentice", "focal point", "contact person", "point person",
    "union person", "liaison", "line manager", "head nurse", "ward manager",
    "academic", "postdoc", "doctoral researcher", "phd researcher", "envoy",
    "first secretary", "second secretary", "minister-counsellor",
    "press officer", "chief executive", "ceo", "managing director", "chaplain",
    "rabbi", "vicar", "bishop", "translator", "engineer", "pharmacist", "psychologist",
    "therapist", "physiotherapist", "accountant", "clerk", "receptionist", "headteacher",
    "head teacher", "care assistant", "nursing assistant", "staff nurse", "ombudswoman",
    "works councillor", "union official", "union organiser", "labour inspector", "dispatcher",
    "driver", "caretaker", "paralegal", "solicitor", "barrister", "notary", "registrar",
    "provost", "rector", "attorney-general", "lead", "team lead", "policy lead",
    "trustee", "board chair", "committee member", "council member",
    "mentor", "guardian", "legal guardian", "scholarship holder", "cook", "chef", "welder",
    "prosecutor", "public prosecutor", "magistrate", "ombudsman",
    "consul general", "rapporteur", "co-rapporteur", "grower", "farmer",
    "chargé", "charge d'affaires", "chargée d'affaires", "attachée",
    # seafaring and monitoring posts ("As a former ship's captain", "I used to be a human
    # rights monitor at …")
    "captain", "master mariner", "mariner", "skipper", "monitor", "observer",
}
# A role may be any noun ending in one of these ("field coordinator", "HR manager").
EN_ROLE_TAILS = ("worker", "officer", "adviser", "advisor", "manager", "coordinator",
                 "director", "counsellor", "counselor", "specialist", "steward",
                 "representative", "researcher", "analyst", "consultant")
DE_ROLE_STEMS = (
    "arbeiter", "beauftragt", "vermittler", "referent", "leiter", "berater", "pfleger",
    "führer", "vertreter", "sprecher", "mitarbeiter", "mitarbeitend", "beschäftigt",
    "angestellt", "beamt", "beamtin", "diplomat", "botschafter", "konsul", "attaché",
    "lehrer", "ärztin", "arzt", "anwalt", "anwältin", "richter", "wissenschaftler",
    "forscher", "ökonom", "professor", "dozent", "journalist", "arbeitgeber",
    "unternehmer", "personaler", "dolmetscher", "koordinator", "manager", "direktor",
    "präsident", "vorsitzend", "delegiert", "abgeordnet", "minister", "staatssekretär",
    "bürgermeister", "ehrenamtlich", "aktivist", "polizist", "pfarrer", "sachbearbeiter",
    "gewerkschafter", "betriebsrat", "betriebsrät", "personalrat", "personalrät",
    "fallmanager", "expert", "gesandt", "pflegekraft", "fachkraft", "hebamme", "imam",
    "juristin", "jurist", "soziologin", "soziolog", "politolog", "historiker",
    "geschäftsführer", "gründer", "inhaber", "trainer", "coach", "ausbilder", "erzieher",
    "helfer", "streetworker", "betreuer", "übersetzer", "pädagog", "psycholog", "therapeut",
    "ingenieur", "assistent", "sekretär", "kauffrau", "kaufmann", "beamter", "polizeibeamt",
    "dezernent", "inspektor", "prüfer", "kontrolleur", "krankenschwester", "seelsorger",
    "bischof", "dekan", "rektor", "lektor", "doktorand", "promovend", "apotheker",
    "steuerberater", "notar", "kommissar", "sachverständig", "gutachter", "ausbildungsleiter",
    "praxisanleiter", "schulleiter", "disponent", "planer", "meister",
    # trainees, fellows, guardians and trades: "Ich bin Stipendiatin einer Stiftung", "als
    # Praktikantin bei der …", "Als Vormund", "Ich war früher Koch in einem Hotel"
    "praktikant", "stipendiat", "volontär", "referendar", "beirat", "beirät", "vormund",
    "mentor", "mitglied", "koch", "köchin", "bäcker", "tischler", "elektriker", "schweißer",
    "stadträt", "gemeinderät", "kreisrät", "ratsmitglied",
    # seafaring and farming posts: "ich als ehemalige Kapitänin", "Als Landwirt sehe ich"
    "kapitän", "landwirt", "winzer", "obstbauer", "gärtner",
)
DE_ROLE_ENDINGS = ("", "in", "innen", "e", "er", "en", "r", "s")
# Nouns after "als" that end like a role but are not one.
DE_NOT_ROLE = {"partner", "partnerin", "teil", "ganzes", "folge", "erster",
               "letzter", "nächster", "anderer", "einziger", "beispiel", "vorbild"}

# The words of a country's name ("Sri", "Lanka"), as a phrase is walked word by word; not
# the generic ones ("United", "Republic", "New").
_GENERIC_NAME_WORDS = {"united", "republic", "new", "the", "of", "coast", "states", "kingdom",
                       "vereinigte", "vereinigtes", "königreich", "staaten", "republik",
                       "dominikanische", "kap", "south", "north", "african"}
COUNTRY_WORDS = {w.lower() for c in gazetteer.COUNTRIES for w in (c[0], c[1])} | {
    part.lower() for c in gazetteer.COUNTRIES for w in (c[0], c[1]) for part in w.split()
    if " " in w and part.lower() not in _GENERIC_NAME_WORDS} | {
    "europe", "europa", "africa", "afrika", "asia", "asien", "eu", "brussels", "brüssel",
    "berlin", "germany", "deutschland", "west", "east", "north", "south", "the", "uk",
    "usa", "america", "amerika", "canada", "kanada", "libya", "libyen", "nigeria",
}
COUNTRY_NATIONALITIES = ({c[2].lower() for c in gazetteer.COUNTRIES}
                         | {c[3].lower() for c in gazetteer.COUNTRIES})
NATIONALITIES = ({c[2].lower() for c in gazetteer.COUNTRIES}
                 | {c[3].lower() for c in gazetteer.COUNTRIES}
                 | {"european", "african", "asian", "federal", "national", "regional",
                    "municipal", "state", "local", "bundes", "eu", "un"})

# Words that end a noun phrase: verbs, pronouns, conjunctions and other function words.
STOP = {
    # English
    "and", "or", "but", "that", "which", "who", "whom", "whose", "where", "when", "while",
    "because", "since", "so", "if", "than", "then", "as", "to", "by", "with", "about",
    "i", "we", "you", "he", "she", "it", "they", "me", "us", "them", "my", "our", "your",
    "his", "her", "its", "their", "is", "are", "was", "were", "be", "been", "being", "am",
    "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
    "shall", "must", "may", "might", "not", "no", "also", "already", "still", "just",
    "only", "very", "too", "really", "always", "never", "often", "here", "there", "now",
    "today", "yesterday", "tomorrow", "see", "sees", "saw", "think", "thinks", "say",
    "says", "said", "know", "knows", "agree", "agrees", "believe", "need", "needs",
    "want", "wants", "work", "works", "worked", "this", "these", "those", "every",
    "all", "some", "any", "many", "much", "more", "most", "less", "such", "what", "how",
    "why", "get", "gets", "got", "make", "makes", "made", "run", "runs", "ran", "process",
    "processes", "report", "reports", "receive", "receives", "support", "supports",
    "keeps", "deals", "handles", "tells", "asked", "asks",
    # German
    "und", "oder", "aber", "dass", "weil", "wenn", "als", "wie", "ob", "denn", "doch",
    "ich", "wir", "sie", "er", "es", "ihr", "man", "mich", "mir", "uns", "euch", "ist",
    "sind", "war", "waren", "sein", "bin", "bist", "hat", "haben", "hatte", "hatten",
    "wird", "werden", "wurde", "wurden", "kann", "können", "konnte", "soll", "sollte",
    "sollten", "muss", "müssen", "darf", "wollen", "möchte", "nicht", "kein",
    "keine", "auch", "schon", "noch", "nur", "sehr", "immer", "nie", "oft", "hier", "dort",
    "jetzt", "heute", "gestern", "morgen", "sehe", "sehen", "sieht", "meine", "meint",
    "glaube", "denke", "weiß", "erlebe", "erleben", "erlebt", "kenne", "kennen", "fehlt",
    "fehlen", "dazu", "dabei", "damit", "daher", "deshalb", "da", "zu",
    "mit", "bei", "nach", "seit", "über", "unter", "durch", "gegen", "ohne", "um",
    "täglich", "gerade", "derzeit", "zurzeit", "bereits", "selbst", "eigentlich",
    "ihnen", "ihm", "dir", "dich", "ihn", "ihrer", "ihren", "ihrem", "deiner",
    "einander", "ganz", "voll", "völlig",
}
# Participles that carry a phrase on: "an NGO *working* with returnees".
PARTICIPLES = {"working", "based", "active", "operating", "specialising", "specializing",
               "specialised", "specialized", "focusing", "focused", "tätig", "aktiv", "posted",
               "stationed", "seconded", "employed", "engaged"}
# Prepositions that continue a phrase into its place, unit or parent organisation.
EN_LINKS = {"in", "at", "of", "for", "within", "from", "on", "inside", "near", "outside"}
DE_LINKS = {"in", "im", "bei", "beim", "am", "an", "vom", "von", "aus", "des", "der",
            "für", "zu", "zum", "zur", "eines", "einer"}
DETERMINERS = {
    "the", "a", "an", "this", "that", "its", "der", "die", "das", "den", "dem", "des",
    "ein", "eine", "einer", "einem", "einen", "eines", "unser", "unsere", "unserer",
    "unserem", "unseren", "unseres", "mein", "meine", "meiner", "meinem", "meinen",
    "meines", "my", "our",
}
