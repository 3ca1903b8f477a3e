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

from . import name_words
from .countries import MORE_COUNTRIES

# The name finder's word lists live in name_words.py; here under their old names too.
COMMON_FIRST_NAMES = name_words.COMMON_FIRST_NAMES
COPULA_NAME_WORDS = name_words.COPULA_NAME_WORDS
COPULAS = name_words.COPULAS
ENGLISH_ONLY_NAME_WORDS = name_words.ENGLISH_ONLY_NAME_WORDS
GIVEN_NAME_VARIANTS = name_words.GIVEN_NAME_VARIANTS
NAME_LIKE_WORDS = name_words.NAME_LIKE_WORDS
WORD_LIKE_NAMES = name_words.WORD_LIKE_NAMES
NOT_NAMES = name_words.NOT_NAMES
REPORTING_VERBS = name_words.REPORTING_VERBS

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
# ... and the rest of the world, so that "I'm from Cameroon" is a place, not an employer.
COUNTRIES = COUNTRIES + MORE_COUNTRIES

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

# --- Companies, publishers and foundations named after people: "Hugo Boss", "simon &
# schuster", "the Heinrich Böll Foundation" are no participant, even in lower case; nor
# are placeholder names and characters of tales. They are skipped like public figures
# (``name_context._public_figures``).
NAMED_BRANDS = [
    "Kraft Heinz", "Kraft Foods", "Harper Collins", "HarperCollins", "Simon & Schuster",
    "Johnson & Johnson", "Marks & Spencer", "Procter & Gamble", "Hugo Boss", "Calvin Klein",
    "Ralph Lauren", "Tommy Hilfiger", "Louis Vuitton", "Hewlett Packard", "Hewlett-Packard",
    "Roland Berger", "Weber Shandwick", "Mercedes Benz", "Mercedes-Benz", "Rolls Royce",
    "Rolls-Royce", "Harley Davidson", "Harley-Davidson", "Jack Wolfskin", "Tom Tailor",
    "Dolce & Gabbana", "Morgan Stanley", "Goldman Sachs", "Merrill Lynch", "Lehman Brothers",
    "Warner Bros", "Walt Disney", "Charles Schwab", "Ben & Jerry", "Baker McKenzie",
    "Freshfields Bruckhaus", "Penguin Random House", "Thomson Reuters", "Ernst Klett",
    "Rosa Luxemburg", "Heinrich Böll", "Friedrich Ebert", "Konrad Adenauer", "Hanns Seidel",
    "Friedrich Naumann", "Robert Bosch", "Otto Brenner", "Hans Böckler", "Bertelsmann",
    "Max Planck", "Ludwig Erhard", "Alexander von Humboldt", "Carl Zeiss", "Axel Springer",
    # placeholder names and characters of tales and books: "Max Mustermann", "Hans im Glück"
    "Max Mustermann", "Erika Mustermann", "Otto Normalverbraucher", "Lieschen Müller",
    "Hans im Glück", "Hans Dampf", "Hans Wurst", "Max und Moritz", "Hänsel und Gretel",
    "Peter und der Wolf", "Peter Pan", "John Doe", "Jane Doe", "Joe Bloggs", "Tom Sawyer",
    "Harry Potter", "Pippi Langstrumpf", "Frau Holle", "Tom, Dick and Harry",
]
