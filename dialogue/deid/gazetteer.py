"""Built-in word lists for the de-identification detector (data only, no logic).

The detector needs to recognise organisations that participants of a German migration
policy dialogue typically belong to, so that "we at the BMZ" can be told apart from a
plain "we".  It also needs to know a few public figures and common first names, so that
"Thomas Müller" or "Manfred Weber" is not taken for a roster participant who happens to
share a surname.  Everything here is hand-curated; extend the lists rather than adding
special cases to the matching code.

Names are written as they appear in text, including German inflected forms ("Auswärtigen
Amt"), because the affiliation grammar matches them literally (case-insensitively).
Acronyms are matched case-sensitively, so "BA" never matches "ba" and "AA" never "aa".
"""

from __future__ import annotations

# --- German federal ministries: current names (2025 cabinet), older names and short forms.
MINISTRY_NAMES = [
    "Auswärtiges Amt", "Auswärtigen Amt", "Auswärtigen Amtes", "Federal Foreign Office",
    "Foreign Office", "German Foreign Office",
    "Bundesministerium des Innern und für Heimat", "Bundesministerium des Innern",
    "Bundesministeriums des Innern", "Bundesinnenministerium", "Innenministerium",
    "Federal Ministry of the Interior and Community", "Federal Ministry of the Interior",
    "Interior Ministry", "Ministry of the Interior",
    "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung",
    "Entwicklungsministerium", "Federal Ministry for Economic Cooperation and Development",
    "Development Ministry",
    "Bundesministerium für Arbeit und Soziales", "Arbeitsministerium",
    "Federal Ministry of Labour and Social Affairs", "Labour Ministry",
    "Bundesministerium der Finanzen", "Federal Ministry of Finance", "Finanzministerium",
    "Bundesministerium für Wirtschaft und Energie",
    "Bundesministerium für Wirtschaft und Klimaschutz",
    "Federal Ministry for Economic Affairs and Energy",
    "Federal Ministry for Economic Affairs and Climate Action", "Wirtschaftsministerium",
    "Bundesministerium der Justiz und für Verbraucherschutz", "Bundesministerium der Justiz",
    "Federal Ministry of Justice", "Justizministerium",
    "Bundesministerium für Bildung und Forschung", "Federal Ministry of Education and Research",
    "Bundesministerium für Forschung, Technologie und Raumfahrt",
    "Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend",
    "Bundesministerium für Familie, Senioren, Frauen und Jugend", "Familienministerium",
    "Bundesministerium für Gesundheit", "Federal Ministry of Health", "Gesundheitsministerium",
    "Bundesministerium der Verteidigung", "Federal Ministry of Defence",
    "Bundesministerium für Verkehr", "Bundesministerium für Digitales und Verkehr",
    "Bundesministerium für Digitales und Staatsmodernisierung",
    "Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit",
    "Bundesministerium für Ernährung und Landwirtschaft",
    "Bundesministerium für Landwirtschaft, Ernährung und Heimat",
    "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",
    "Bundeskanzleramt", "Federal Chancellery", "Kanzleramt",
    # Generic heads: "wir im Bundesministerium für ..." must match even with a shortened name.
    "Bundesministerium", "Bundesministeriums", "Ministerium", "Ministeriums",
    "Federal Ministry", "ministry",
]
MINISTRY_ACRONYMS = [
    "AA", "BMI", "BMZ", "BMAS", "BMF", "BMWE", "BMWK", "BMWi", "BMJ", "BMJV", "BMBF",
    "BMFTR", "BMBFSFJ", "BMFSFJ", "BMG", "BMVg", "BMV", "BMDV", "BMDS", "BMUKN", "BMUV",
    "BMEL", "BMLEH", "BMWSB", "BKAmt",
]

# --- Federal agencies and implementing organisations relevant to migration.
AGENCY_NAMES = [
    "Bundesamt für Migration und Flüchtlinge", "Federal Office for Migration and Refugees",
    "Bundesagentur für Arbeit", "Federal Employment Agency", "Arbeitsagentur",
    "Zentrale Auslands- und Fachvermittlung", "International Placement Services",
    "Bundesamt für Auswärtige Angelegenheiten", "Federal Foreign Affairs Office",
    "Bundesverwaltungsamt", "Federal Office of Administration",
    "Bundespolizei", "Federal Police",
    "Deutsche Gesellschaft für Internationale Zusammenarbeit", "KfW Development Bank",
    "KfW Entwicklungsbank", "Kreditanstalt für Wiederaufbau",
    "Deutscher Akademischer Austauschdienst", "German Academic Exchange Service",
    "Goethe-Institut", "Goethe-Instituts", "Goethe Institute",
    "Bundesinstitut für Berufsbildung", "Federal Institute for Vocational Education and Training",
    "Bundesamt", "Bundesagentur", "Federal Office", "Federal Agency",
]
AGENCY_ACRONYMS = ["BAMF", "BA", "ZAV", "BfAA", "BVA", "GIZ", "KfW", "DAAD", "BIBB"]

# --- International and European organisations.
INTERNATIONAL_NAMES = [
    "International Organization for Migration", "Internationale Organisation für Migration",
    "UN Refugee Agency", "UN-Flüchtlingshilfswerk", "Flüchtlingshilfswerk der Vereinten Nationen",
    "International Centre for Migration Policy Development",
    "European Border and Coast Guard Agency",
    "European Union Agency for Asylum", "Asylagentur der Europäischen Union",
    "European Commission", "Europäische Kommission", "Europäischen Kommission",
    "EU Commission", "EU-Kommission", "EU Delegation", "EU-Delegation",
    "European External Action Service", "International Labour Organization",
    "Internationale Arbeitsorganisation", "World Bank", "Weltbank",
]
INTERNATIONAL_ACRONYMS = [
    "IOM", "UNHCR", "ICMPD", "Frontex", "EUAA", "EASO", "DG HOME", "DG INTPA", "DG EMPL",
    "EEAS", "ILO", "OECD", "UNDP", "UNICEF", "Commission", "Kommission",
]

# --- Civil society, welfare organisations, churches.
CIVIL_SOCIETY_NAMES = [
    "Diakonie Deutschland", "Deutscher Caritasverband", "Deutschen Caritasverband",
    "Pro Asyl", "German Red Cross", "Deutsches Rotes Kreuz", "Deutschen Roten Kreuz",
    "Red Cross", "Rotes Kreuz", "Roten Kreuz", "Arbeiterwohlfahrt", "Amnesty International",
    "Brot für die Welt", "Misereor", "Welthungerhilfe", "Human Rights Watch",
    "Jesuit Refugee Service", "Jesuiten-Flüchtlingsdienst",
]
CIVIL_SOCIETY_ACRONYMS = ["Caritas", "Diakonie", "PRO ASYL", "DRK", "AWO", "JRS", "NGO"]

# --- Research institutes and think tanks.
RESEARCH_NAMES = [
    "Sachverständigenrat für Integration und Migration",
    "Expert Council on Integration and Migration",
    "Migration Policy Institute", "Stiftung Wissenschaft und Politik",
    "German Institute for International and Security Affairs",
    "Deutsches Institut für Wirtschaftsforschung", "German Institute for Economic Research",
    "Institut für Arbeitsmarkt- und Berufsforschung", "Institute for Employment Research",
    "German Institute of Development and Sustainability", "Kiel Institute",
    "Institut für Weltwirtschaft",
    "Bertelsmann Stiftung", "Deutsches Zentrum für Integrations- und Migrationsforschung",
]
RESEARCH_ACRONYMS = [
    "SVR", "MPI", "SWP", "DIW", "DIW Berlin", "IAB", "IDOS", "DeZIM", "IfW", "MEDAM",
]

# --- Business associations.
BUSINESS_NAMES = [
    "Deutsche Industrie- und Handelskammer", "German Chamber of Commerce and Industry",
    "Bundesvereinigung der Deutschen Arbeitgeberverbände", "Confederation of German Employers",
    "Bundesverband der Deutschen Industrie", "Zentralverband des Deutschen Handwerks",
    "Bundesverband privater Anbieter sozialer Dienste",
]
BUSINESS_ACRONYMS = ["DIHK", "BDA", "BDI", "ZDH", "bpa"]

ORGANISATION_NAMES = (
    MINISTRY_NAMES + AGENCY_NAMES + INTERNATIONAL_NAMES + CIVIL_SOCIETY_NAMES + RESEARCH_NAMES
    + BUSINESS_NAMES
)
ORGANISATION_ACRONYMS = (
    MINISTRY_ACRONYMS + AGENCY_ACRONYMS + INTERNATIONAL_ACRONYMS + CIVIL_SOCIETY_ACRONYMS
    + RESEARCH_ACRONYMS + BUSINESS_ACRONYMS
)

# --- Countries (partner countries and neighbours) with EN/DE names and adjective stems,
# used for embassy phrases ("the Kenyan embassy", "die kenianische Botschaft").
COUNTRIES = [
    # (English name, German name, English adjective, German adjective stem)
    ("Germany", "Deutschland", "German", "deutsch"),
    ("India", "Indien", "Indian", "indisch"),
    ("Georgia", "Georgien", "Georgian", "georgisch"),
    ("Kenya", "Kenia", "Kenyan", "kenianisch"),
    ("Uzbekistan", "Usbekistan", "Uzbek", "usbekisch"),
    ("Morocco", "Marokko", "Moroccan", "marokkanisch"),
    ("Colombia", "Kolumbien", "Colombian", "kolumbianisch"),
    ("Moldova", "Moldau", "Moldovan", "moldauisch"),
    ("Kyrgyzstan", "Kirgistan", "Kyrgyz", "kirgisisch"),
    ("Ghana", "Ghana", "Ghanaian", "ghanaisch"),
    ("Philippines", "Philippinen", "Philippine", "philippinisch"),
    ("Nigeria", "Nigeria", "Nigerian", "nigerianisch"),
    ("Tunisia", "Tunesien", "Tunisian", "tunesisch"),
    ("Senegal", "Senegal", "Senegalese", "senegalesisch"),
    ("Indonesia", "Indonesien", "Indonesian", "indonesisch"),
    ("Vietnam", "Vietnam", "Vietnamese", "vietnamesisch"),
    ("Brazil", "Brasilien", "Brazilian", "brasilianisch"),
    ("Mexico", "Mexiko", "Mexican", "mexikanisch"),
    ("Jordan", "Jordanien", "Jordanian", "jordanisch"),
    ("Egypt", "Ägypten", "Egyptian", "ägyptisch"),
    ("Turkey", "Türkei", "Turkish", "türkisch"),
    ("Ukraine", "Ukraine", "Ukrainian", "ukrainisch"),
    ("Albania", "Albanien", "Albanian", "albanisch"),
    ("Kosovo", "Kosovo", "Kosovar", "kosovarisch"),
    ("Serbia", "Serbien", "Serbian", "serbisch"),
    ("Tajikistan", "Tadschikistan", "Tajik", "tadschikisch"),
    ("Kazakhstan", "Kasachstan", "Kazakh", "kasachisch"),
    ("Pakistan", "Pakistan", "Pakistani", "pakistanisch"),
    ("Bangladesh", "Bangladesch", "Bangladeshi", "bangladeschisch"),
    ("Ethiopia", "Äthiopien", "Ethiopian", "äthiopisch"),
]

# --- Public figures often discussed as subjects; never flagged as PERSON even when their
# surname equals a roster surname (e.g. "Gerhard Schröder" vs a roster "Yılmaz-Schröder").
PUBLIC_FIGURES = [
    "Joachim Stamp", "Nancy Faeser", "Alexander Dobrindt", "Olaf Scholz", "Friedrich Merz",
    "Angela Merkel", "Gerhard Schröder", "Annalena Baerbock", "Johann Wadephul",
    "Svenja Schulze", "Reem Alabali-Radovan", "Reem Alabali Radovan", "Hubertus Heil",
    "Bärbel Bas", "Ursula von der Leyen", "Ylva Johansson", "Magnus Brunner",
    "Manfred Weber", "Kaja Kallas", "Narendra Modi", "William Ruto", "Gustavo Petro",
    "Ferdinand Marcos", "Shavkat Mirziyoyev", "Filippo Grandi", "Amy Pope",
    "António Vitorino", "Frank-Walter Steinmeier", "Thomas Müller",
    # more heads of government, ministers and officials who come up as subjects
    "Emmanuel Macron", "Giorgia Meloni", "Pedro Sánchez", "Donald Tusk", "Viktor Orbán",
    "Keir Starmer", "Rishi Sunak", "Joe Biden", "Donald Trump", "Recep Tayyip Erdoğan",
    "Vladimir Putin", "Volodymyr Zelensky", "António Guterres", "Christian Lindner",
    "Robert Habeck", "Markus Söder", "Sahra Wagenknecht", "Alice Weidel", "Lars Klingbeil",
    "Boris Pistorius", "Cem Özdemir", "Karl Lauterbach", "Marco Buschmann", "Horst Seehofer",
    "Thomas de Maizière", "Wolfgang Schäuble", "Helmut Kohl", "Willy Brandt",
    "Bola Tinubu", "Nana Akufo-Addo", "John Mahama", "Macky Sall", "Bassirou Diomaye Faye",
    "Kais Saied", "Abdel Fattah al-Sisi", "Abiy Ahmed", "Shehbaz Sharif", "Prabowo Subianto",
    "Joko Widodo", "Luiz Inácio Lula da Silva", "Claudia Sheinbaum", "Irakli Kobakhidze",
    "Maia Sandu", "Sadyr Japarov", "Kassym-Jomart Tokayev", "Edi Rama", "Aleksandar Vučić",
    "Margaritis Schinas", "Dubravka Šuica", "Antonio Costa",
    "Charles Michel", "Roberta Metsola", "Ugochi Daniels", "Volker Türk",
]

# --- Common first names (German and international).  A roster surname directly preceded
# by one of these that is not the participant's own first name denotes somebody else.
COMMON_FIRST_NAMES = {
    "alexander", "andreas", "angela", "anna", "annalena", "anne", "barbara", "bärbel",
    "christian", "christina", "daniel", "david", "elisabeth", "emma", "eva", "felix",
    "frank", "franz", "friedrich", "gabriele", "georg", "gerhard", "hans", "heinz",
    "helmut", "hubertus", "jan", "jens", "joachim", "johann", "johannes", "john",
    "jürgen", "karl", "karin", "klaus", "lars", "laura", "lena", "manfred", "maria",
    "markus", "martin", "matthias", "michael", "monika", "nancy", "olaf", "peter",
    "petra", "ralf", "robert", "sandra", "sarah", "svenja", "thomas", "tobias",
    "ursula", "uwe", "walter", "wolfgang", "ylva", "magnus", "kaja", "james", "mary",
    "william", "ahmed", "mohamed", "mohammed", "fatima", "ali", "helena", "stefanie", "lucas",
    # more German, European and international first names, so that a famous or unknown
    # namesake of a roster surname ("Olaf Scholz", "Marie Curie") is seen as somebody else
    "achim", "adam", "adrian", "agnes", "albert", "alice", "alina", "amelie", "andrea",
    "anja", "annette", "anton", "antonia", "armin", "arne", "axel", "benjamin", "bernd",
    "bernhard", "bettina", "bianca", "boris", "brigitte", "carl", "carla", "carlos",
    "caroline", "charlotte", "christa", "christoph", "clara", "cornelia", "dieter", "dirk",
    "doris", "edith", "elias", "elke", "emil", "emily", "erich", "erika", "ernst", "erwin",
    "florian", "frauke", "fritz", "gerd", "gisela", "gregor", "günter",
    "gunter", "hannah", "harald", "heike", "heinrich", "helga", "henning", "herbert",
    "hermann", "holger", "horst", "ilse", "ingrid", "iris", "jakob", "jana", "jonas",
    "josef", "julia", "julian", "jutta", "karsten", "katja", "kerstin", "konrad", "kurt",
    "leon", "lisa", "lothar", "lukas", "luise", "maik", "manuela", "marc", "marcel",
    "marco", "marie", "marion", "marlene", "max", "maximilian", "mia", "nadine", "nicole",
    "niklas", "nils", "norbert", "otto", "paula", "philipp", "rainer", "regina", "reinhard",
    "renate", "rolf", "rudolf", "sabine", "sebastian", "silke", "simon", "sonja", "stephan",
    "susanne", "sven", "theo", "torsten", "ulrich", "ulrike", "ute", "vera", "werner",
    "wilhelm", "willi", "yvonne", "emmanuel", "francois", "françois", "giorgia",
    "giuseppe", "jean", "marine", "nicolas", "pedro", "pierre", "viktor", "donald", "joe",
    "barack", "hillary", "kamala", "joseph", "george", "elizabeth", "charles", "richard",
    "tony", "margaret", "theresa", "keir", "rishi", "justin", "jacinda", "recep", "vladimir",
    "xi", "abiy", "paul", "nelson", "kofi", "antonio", "antónio", "mark", "rose", "grace",
    "joy", "hope", "will", "amina", "fatou", "ibrahim", "omar", "yusuf", "hassan",
    "hussein", "karim", "leila", "mariam", "nadia", "rania", "samir", "tariq", "yasmin",
    "kwame", "ama", "abena", "chinedu", "ngozi", "oluwaseun", "wanjiru", "juan",
    "jose", "josé", "luis", "miguel", "ana", "carmen", "lucia", "raj", "rahul", "priya",
    "anil", "sunita", "ivan", "olga", "natalia", "irina", "sergei", "dmitri", "giorgi",
    "nino", "aibek", "dilnoza", "katharina", "friederike", "sophie", "hannes", "jörg",
    "birgit", "claudia", "elena", "camila", "youssef", "ayşe", "ayse", "mehmet", "stefan",
    "ines", "lea", "leonie", "johanna", "franziska", "miriam", "judith", "ruth", "esther",
    "hanna", "marta", "martha", "sofia", "sophia", "isabel", "isabella", "valentina",
    "alessandro", "matteo", "luca", "pablo", "diego", "javier", "fernando",
    "gabriel", "rafael", "samuel", "noah", "liam", "oliver", "ethan", "henry",
    "edward", "arthur", "oscar", "hugo", "louis", "jules", "olivia", "amelia", "chloe",
    "lucy", "ella", "aisha", "amir",
    "mustafa", "ahmad", "khalid", "emre", "murat", "elif", "zeynep", "deniz",
}

# --- Name parts that are also ordinary English or German words.  Alone, they count as a
# name only when written with a capital, not after an article, and not at the start of a
# sentence unless a reporting verb follows ("Will raised ...", but not "Will the BMI ...").
NAME_LIKE_WORDS = {
    "will", "rose", "grace", "frank", "mark", "may", "june", "april", "hope", "joy",
    "faith", "bill", "grant", "rich", "young", "long", "white", "black", "green", "brown",
    "king", "stein", "vogel", "brand", "wolf", "fuchs", "koch", "schmied", "bauer",
    "jung", "lang", "klein", "gross", "groß", "sommer", "winter", "frost", "new",
    "said", "case", "love", "dean", "page", "hall", "chance", "summer", "lamb",
    # first names that are also words: sentence-initial "Hope is not a strategy",
    # "Ernst gemeint ist ..."
    "iris", "ivy", "lily", "daisy", "amber", "ruby", "pearl", "hazel", "holly",
    "dawn", "eve", "autumn", "sunny", "pat", "sue", "ray", "don", "art", "gene", "guy",
    "jack", "nick", "rob", "earl", "chase", "miles", "sterling", "major", "noble", "rex",
    "sky", "river", "stone", "brook", "heather", "olive", "violet", "clay", "wade", "glen",
    "cliff", "lance", "drew", "carol", "sandy", "patience", "prudence", "constance",
    "felicity", "charity", "honor", "star", "angel", "precious", "blessing", "gift",
    "comfort", "mercy", "peace", "happy", "lucky", "justice", "liberty", "ernst", "heide",
    "rosa", "erika", "till", "kai", "kurt", "harry", "jean", "august", "can", "deniz",
    # surnames that are also professions or common nouns: "die Richter am Gericht",
    # "Koch ist ein Ausbildungsberuf", "Fischer families", "the Weber in Bangladesh"
    "fischer", "richter", "weber", "jäger", "jaeger", "schäfer", "schaefer",
    "gärtner", "gaertner", "zimmermann", "maurer", "schuster", "wagner", "sattler", "bäcker",
    "metzger", "fleischer", "schreiner", "tischler", "glaser", "maler", "lehrer", "kaufmann",
    "vogt", "graf", "kaiser", "könig", "koenig", "herzog", "pfarrer", "schreiber", "weiss",
    "weiß", "schwarz", "braun", "roth", "hahn", "hase", "kranz", "baum", "berg", "busch",
    "baker", "cook", "butler", "carter", "mason", "fisher", "hunter", "miller", "porter",
    "turner", "judge", "shepherd", "farmer", "cooper", "walker", "marshall", "bishop",
    "knight", "steward", "weaver", "archer", "ward", "smith", "taylor", "sawyer", "fowler",
    # words of other languages in this setting: Swahili "asante" (thank you)
    "asante",
}

# Verbs that, right after a sentence-initial name-like word, show that it is a name.
REPORTING_VERBS = {
    "said", "says", "raised", "raises", "mentioned", "mentions", "made", "makes", "asked",
    "asks", "argued", "argues", "noted", "notes", "pointed", "suggested", "suggests",
    "proposed", "proposes", "explained", "explains", "agreed", "agrees", "thinks",
    "wrote", "writes", "has", "had", "sagte", "sagt", "meinte", "meint",
    "erwähnte", "hat", "schlug", "fragte", "betonte", "wies", "erklärte", "showed", "shows",
    "presented", "described", "zeigte", "zeigt", "stellte", "beschrieb",
}
# "is"/"ist" after a sentence-initial word-like name shows a name only before one of these
# ("Will is right", "Koch ist ein Beruf" is not): a bare "is" follows nouns just as often.
COPULAS = {"is", "was", "ist", "war"}
COPULA_NAME_WORDS = {"right", "correct", "wrong", "spot", "recht", "richtig", "correct,"}

# Capitalised words that must never be fuzzy-matched to a roster name.
NOT_NAMES = {
    "about", "after", "again", "among", "asian", "being", "brief", "could", "every",
    "first", "forum", "other", "their", "there", "these", "those", "under",
    "until", "where", "which", "while", "would", "thanks", "danke", "dabei", "damit",
    "daher", "dafür", "diese", "dieser", "dieses", "einen", "einer", "unser", "unsere",
    "wieder", "schon", "sehen", "heute", "bitte", "bäcker", "becken", "weser",
    "hanse", "thema", "kammer", "amine", "january", "february", "march",
    "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
}

# Given names that are one name in several languages: "Paul Nowak" may be roster Paweł
# Nowak, "Joseph Mensah" roster Józef Mensah, so neither is taken for somebody else.
GIVEN_NAME_VARIANTS = [
    {"paul", "pawel", "pablo", "paolo", "pavel", "paulo", "pal"},
    {"peter", "piotr", "pedro", "pietro", "pierre", "petr", "petro"},
    {"john", "jan", "johann", "johannes", "juan", "giovanni", "jean", "ivan", "joao", "jon"},
    {"joseph", "jozef", "jose", "giuseppe", "josef", "yusuf", "youssef", "yosef"},
    {"michael", "michal", "miguel", "michele", "michel", "mikhail", "mikael", "mihai"},
    {"george", "jerzy", "jorge", "giorgio", "georg", "giorgi", "yuri", "jiri"},
    {"thomas", "tomasz", "tomas", "tommaso", "tom"},
    {"stephen", "steven", "stefan", "stephan", "esteban", "stefano", "etienne", "stepan"},
    {"andrew", "andrzej", "andreas", "andres", "andrea", "andre", "andrei", "andriy"},
    {"james", "jakub", "jacob", "jakob", "diego", "giacomo", "jacques", "jaime"},
    {"william", "wilhelm", "guillermo", "guglielmo", "willem", "will", "bill", "wil"},
    {"henry", "heinrich", "henryk", "enrique", "enrico", "henri"},
    {"charles", "karl", "carlos", "carlo", "karol", "carl"},
    {"francis", "franz", "francisco", "francesco", "francois", "franciszek", "frank"},
    {"alexander", "aleksander", "alejandro", "alessandro", "alexandre", "oleksandr", "alex"},
    {"katharina", "catherine", "katarzyna", "caterina", "catalina", "ekaterina", "katherine",
     "kathrin", "katrin", "kate"},
    {"maria", "mary", "marie", "marija", "mariya", "maryam", "mariam"},
    {"anna", "anne", "ann", "hanna", "hannah", "ana", "anja", "ania"},
    {"elisabeth", "elizabeth", "elzbieta", "isabel", "isabella", "elisabetta", "elisa"},
    {"margarethe", "margaret", "malgorzata", "margarita", "margherita", "margit"},
    {"mohamed", "mohammed", "muhammad", "mehmet", "mohammad", "mahmoud"},
    {"ahmed", "ahmad", "ahmet"},
    {"ibrahim", "abraham", "avraham"},
    {"daniel", "daniele", "danilo", "danijel"},
]

# Word-like names that are words in English only: in a German text "frank" or "hope" is a
# name even in lower case ("vllt kann frank was dazu sagen").
ENGLISH_ONLY_NAME_WORDS = {
    "hope", "grace", "frank", "joy", "faith", "bill", "grant", "rich", "young", "long",
    "white", "black", "green", "brown", "king", "new", "said", "case", "love", "dean", "page",
    "hall", "chance", "summer", "lamb", "ivy", "lily", "daisy", "ruby", "pearl", "hazel",
    "holly", "dawn", "sunny", "ray", "guy", "jack", "nick", "earl", "chase", "miles",
    "sterling", "noble", "sky", "river", "brook", "heather", "olive", "violet", "clay", "wade",
    "cliff", "lance", "drew", "patience", "prudence", "charity", "mercy", "peace", "happy",
    "lucky", "justice", "liberty", "blessing", "gift", "comfort", "precious", "baker", "cook",
    "butler", "carter", "mason", "fisher", "hunter", "miller", "porter", "turner", "judge",
    "shepherd", "farmer", "cooper", "walker", "bishop", "knight", "weaver", "archer", "smith",
    "taylor", "sawyer", "fowler", "steward", "ward",
}
