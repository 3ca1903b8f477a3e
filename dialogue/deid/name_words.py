"""Word lists of the name finder (data only): first names, word-like names, verbs.

See ``names.py`` and ``name_context.py`` for how they are used; ``gazetteer`` re-exports
them. Extend the lists rather than adding special cases to the matching code.
"""

from __future__ import annotations

# --- Common first names (German and international).  A roster surname directly preceded
# by one of these that is not the participant's own first name denotes somebody else.
COMMON_FIRST_NAMES = {
    "muhammad", "mohammad", "muhammed", "joschka",
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
    # surnames that are German adjectives: "Kühn wäre es, ...", "kühn, as we say"
    "kühn", "kuehn", "stolz", "fromm", "klug", "frisch", "scharf", "hart", "froh",
    # colours and other adjectives and nouns of both languages: "Grün ist die Hoffnung",
    # "Die Grünen im Bundestag", "Strong on data", "Im Park", "The Meister title"
    "grün", "gruen", "blau", "strong", "park", "meister",
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
    # surnames that are animals, plants or things in German: "Adler und Falke", "der Hirsch"
    "adler", "falke", "fink", "strauß", "strauss", "storch", "kranich", "hirsch", "bär",
    "baer", "lamm", "ochs", "ochse", "specht", "taube", "rabe", "schwan", "löwe", "loewe",
    "hecht", "biber", "dachs", "igel", "luchs", "marder", "haas", "wal", "blume", "sonne",
    "stern", "wald", "feld", "bach", "engel", "held", "freund", "kurz", "frei",
    "linde", "eiche", "birke", "kirsch", "pfeffer", "salz", "zucker",
    "wein", "korn", "brot", "kuchen", "nagel", "hammer", "ring", "krone", "burg", "turm",
    # words of other languages in this setting: Swahili "asante" (thank you)
    "asante",
}
# More German nouns and adjectives that are surnames ("kein Mensch versteht das", "Kraft
# und Ausdauer", "Lange hat es gedauert", "Freitag ist Abgabe"): word-like for the rules.
# A set of its own so that the learned tagger's features (which read NAME_LIKE_WORDS) stay
# as they were trained.
MORE_NAME_LIKE_WORDS = {
    # round 7 (h14ab; the grammar is in name_kinds.py): weekdays and months, virtues and
    # qualities, given names that are English adjectives, nouns or verbs, weather words and
    # animal nouns ("Sunday is quiet", "Given the floods", "Families prosper", "Bond
    # markets", "den Sturm und die Flut", "Memory is short")
    "monday", "tuesday", "wednesday", "thursday", "sunday", "saturday", "dienstag",
    "mittwoch", "donnerstag", "samstag", "sonnabend", "january", "february", "march", "july",
    "september", "october", "november", "december", "januar", "februar", "märz", "maerz",
    "mai", "juni", "juli", "oktober", "dezember",
    "innocent", "given", "prosper", "memory", "bond", "goodness", "favour", "favor",
    "wisdom", "knowledge", "freedom", "progress", "happiness", "fortune", "fortunate",
    "promise", "success", "victory", "glory", "treasure", "welcome", "beauty", "bliss",
    "unity", "trust", "truth", "virtue", "honour", "loyal", "humble", "gentle", "sweet",
    "clever", "smart", "honest", "brilliant", "marvellous", "divine", "royal", "prince",
    "princess", "wonder", "providence", "deliverance", "modesty", "serenity", "temperance",
    "storm", "sturm", "rain", "regen", "snow", "schnee", "wind", "hagel", "nebel", "blitz",
    "donner", "wolke", "cloud", "thunder", "sunshine", "rainbow", "breeze", "gale", "hail",
    "fox", "crane", "hawk", "swan", "finch", "crow", "drake", "wren", "lark", "sparrow",
    "bull", "bear", "falk", "möwe", "reiher", "elster", "amsel", "drossel", "meise", "stier",
    "esel", "wiesel", "hummel", "käfer", "krebs", "lachs", "hering", "katz", "maus",
    "kuckuck",
    "mensch", "kraft", "lange", "sauer", "freitag", "sonntag", "montag", "morgen", "abend",
    "licht", "hell", "dunkel", "laut", "reich", "arm", "wild", "bitter", "kalt", "warm",
    "süß", "suess", "glück", "glueck", "segen", "frieden", "friede", "treu", "horn", "krug",
    "bock", "hund", "gans", "kalb", "schaf", "geier", "zorn", "haus", "hof", "dorf", "wiese",
    "fels", "kamm", "kopf", "herz", "hand", "fuß", "fuss", "bart", "kiefer", "tanne",
    # German and English adjectives that are surnames ("stark belastet", "in stark contrast",
    # "Sharp differences", "heiter bis wolkig")
    "stark", "sharp", "bright", "bold", "swift", "still", "mild", "fest", "heiter", "munter",
    "rasch", "zart", "schnell", "edel", "wahr", "gut", "neu", "alt", "wach", "scheu",
    # herbs, plants and stones that are given names, lower case in a recipe or a garden
    # ("fresh basil and mint", "a pinch of ginger")
    "basil", "sage", "rosemary", "ginger", "jasmine", "poppy", "laurel", "jade", "coral",
    "crystal", "melody", "harmony", "destiny", "saffron", "juniper", "willow", "rowan",
    "myrtle", "clementine", "blossom",
    # German landscapes that are given names or surnames ("die Lüneburger …", "die Aue")
    "aue", "moor", "marsch", "au", "heid",
    # materials ("Stahl und Kohle prägten das Revier") and English plural nouns that are
    # surnames ("Mills and factories", "Banks and insurers")
    "stahl", "eisen", "kupfer", "silber", "gold", "mills", "banks", "woods", "fields",
    "hills", "sands", "stones", "brooks", "rivers",
}
WORD_LIKE_NAMES = NAME_LIKE_WORDS | MORE_NAME_LIKE_WORDS

# Verbs that, right after a sentence-initial name-like word, show that it is a name.
REPORTING_VERBS = {
    "said", "says", "raised", "raises", "mentioned", "mentions", "made", "makes", "asked",
    "asks", "argued", "argues", "noted", "notes", "pointed", "suggested", "suggests",
    "proposed", "proposes", "explained", "explains", "agreed", "agrees", "thinks",
    "wrote", "writes", "has", "had", "sagte", "sagt", "meinte", "meint",
    "erwähnte", "hat", "schlug", "fragte", "betonte", "wies", "erklärte", "showed", "shows",
    "presented", "described", "zeigte", "zeigt", "stellte", "beschrieb",
    # what people in the room do with what they know ("Ernst knows this", "frank summed it
    # up", "ernst hatte gesagt")
    "knows", "knew", "summed", "hatte", "weiß", "wusste", "brachte", "sieht", "sah",
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
    "hanse", "thema", "kammer", "amine", "mensch", "menschen", "january", "february", "march",
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
    "taylor", "sawyer", "fowler", "steward", "ward", "strong",
}

# Surnames that are also trades, and other trades: a trade surname is the trade after an
# indefinite article ("Ein Müller in Franken") or in a list of trades ("Müller, Bäcker,
# Fleischer", "Schneider, Schuster"), unless its neighbour in the list is a roster name too.
TRADE_WORDS = {
    "müller", "mueller", "schneider", "fischer", "weber", "koch", "becker", "bäcker",
    "baecker", "schmidt", "schmied", "wagner", "schäfer", "schaefer", "richter", "zimmermann",
    "schuster", "jäger", "jaeger", "maurer", "gärtner", "gaertner", "metzger", "fleischer",
    "schreiner", "tischler", "glaser", "sattler", "maler", "lehrer", "bauer", "kaufmann",
    "schreiber", "pfarrer", "friseur", "elektriker", "klempner", "dachdecker", "schlosser",
    "bäckerin", "köchin", "schneiderin", "fischerin", "müllerin", "weberin", "töpfer",
    "drechsler", "brauer", "winzer", "hirte", "förster", "fuhrmann", "kellner",
    "miller", "baker", "cook", "fisher", "smith", "taylor", "tailor", "weaver", "butcher",
    "carpenter", "mason", "cooper", "turner", "farmer", "shepherd", "hunter", "potter",
}
