"""Round 9 (h9a): slots of a participant that other rules missed (``name_addressed.py``) and
senses of a roster word that mean no participant (``name_public_senses.py``).

Invented examples only (no fixture sentence, no fixture name pair). Every class has
examples that must be found with their extent and look-alikes that must stay clean; every
clean-sense class also has a participant in a similar slot who must still be found.
"""

from __future__ import annotations

import pytest
from span_helpers import labelled as spans

from dialogue.deid import Detector, RosterEntry

NAMES = ["Ian Becker", "Ivy Sandoval", "Hope Tetteh", "May Lindqvist", "Chidi Ude",
         "Patience Quaye", "Greta Fuchs", "Olaf Adler", "Iris Kamara", "Ines Sahl",
         "Markus Steinhoff", "Doris Kaltenbach", "Arta Berisha", "Efua Mahama", "Lina Drake",
         "Lado Kenyi", "Amir Sudani", "Jonas Nail", "Eli Brick", "Tariq Brenner", "Lukas Haydn",
         "Shalom Levi", "Goodluck Okonjo",
         "Felix Baum", "Amani Tesfaye", "Nils Hammer", "Lena Bäcker", "Ida Kaiser",
         "Minh Thu Tran", "Nabil Al-Sayed", "Mark Odum", "Rania Saleh", "Yusuf Dahl",
         "Erik Stark", "Ole Wild", "Eva Johansson"]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector([RosterEntry(n, "", "Netzwerk Rückkehr", "ngo") for n in NAMES])


def persons(detector: Detector, text: str) -> list[str]:
    return [t for label, t in spans(detector, text) if label == "PERSON"]


# --- name_addressed: slots of a person ----------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a vocative between commas after a clause of the writer's
    ("Tell me if I misread the table, Ian, but the stipend was paid monthly?", "Ian"),
    ("I may be wrong here, Ivy, but the pilot ended in March.", "Ivy"),
    ("Ich weiß nicht, Ian, ob die Zahlen schon freigegeben sind.", "Ian"),
    # a dash or colon after the name opening the post, before a question or an aside
    ("May – quick question – is the hotline also open at weekends?", "May"),
    ("Ivy: one question, who pays for the flights?", "Ivy"),
    ("Ian – kurze Frage: gilt das auch für Familien?", "Ian"),
    # presence in the meeting
    ("Is Ude still online? I wanted to follow up on the hotline.", "Ude"),
    ("Ist Ivy noch da? Ich hätte eine Rückfrage.", "Ivy"),
    ("Was Hope on the call yesterday?", "Hope"),
    ("Let me be quick because Pateince has to leave at three.", "Pateince"),
    ("Hope muss gleich los, deshalb ziehe ich ihre Frage vor.", "Hope"),
    # a question put to the participant, a remark credited, a vocative closing the sentence
    ("Can Ian confirm the stipend figure?", "Ian"),
    ("Did Ude mention the hotline number earlier?", "Ude"),
    ("Kann Ude die Zahl bestätigen?", "Ude"),
    ("Hat Ivy die Liste schon geschickt?", "Ivy"),
    ("What Ian described matches our data from Tema.", "Ian"),
    ("Was Ude beschrieben hat, passt zu unseren Zahlen.", "Ude"),
    ("Good point from Ian earlier about the fees.", "Ian"),
    ("Gute Frage von Ude, die hatten wir auch.", "Ude"),
    ("Over to you, Ian.", "Ian"),
    ("Ich schließe mich Ude da an.", "Ude"),
    ("Da hat Ian völlig recht.", "Ian"),
    ("Laut Ude fehlen die Mittel für Familien.", "Ude"),
    ("Adler – thanks, very helpful.", "Adler"),
    ("Fuchs – danke, das hilft.", "Fuchs"),
    # the genitive of a name ending in a hissing sound, an apostrophe alone
    ("Fuchs' Vorschlag ist gut.", "Fuchs'"),
    ("I liked Fuchs' point about the fees.", "Fuchs'"),
    ("Laut Brenners Folien und Fuchs' Zahlen dauert es drei Wochen.", "Fuchs'"),
    # handing the floor
    ("I'd like to bring in Iris, because the counties see the effects first.", "Iris"),
    ("Let me hand over to Hope for the numbers.", "Hope"),
    ("Ich gebe das Wort an Iris weiter.", "Iris"),
])
def test_a_participant_in_a_slot_of_a_person_is_found(detector: Detector, text: str,
                                                       expected: str) -> None:
    assert expected in persons(detector, text)


@pytest.mark.parametrize(("text", "expected"), [
    # two lower-case roster words joined before a verb of people, in German
    ("fuchs und adler haben beide auf die Löhne hingewiesen.", ["fuchs", "adler"]),
    ("adler und fuchs sagten das schon im Frühjahr.", ["adler", "fuchs"]),
    ("Wie gesagt: fuchs und adler sind sich da einig.", ["fuchs", "adler"]),
    # chat reactions and +1
    ("lol ivy that's exactly what the recruiter told us", ["ivy"]),
    ("haha iris so true, the forms are a nightmare", ["iris"]),
    ("+1 zu adler, ohne Beratung keine Rückkehr", ["adler"]),
    ("good point fuchs, the fees are the real issue", ["fuchs"]),
    ("sorry becker, missed that – which table?", ["becker"]),
    ("Thanks, adler – that helps a lot.", ["adler"]),
    ("ok steinhoff you win, let's use your numbers", ["steinhoff"]),
    ("fuchs und ich waren letzte Woche in Accra.", ["fuchs"]),
    ("kamara and I ran the survey together.", ["kamara"]),
    ("good point mark, the fees are the problem", ["mark"]),
    ("Thanks, al-sayed – that helps a lot.", ["al-sayed"]),
    ("I agree with al-sayed here.", ["al-sayed"]),
    # a self-introduction after a word that opens the sentence
    ("Nochmal Adler vom Flüchtlingsrat: die Zahlen stimmen so nicht.", ["Adler"]),
    ("Again Becker from the return network here, one more point.", ["Becker"]),
    ("Kurz Wild von der Diakonie – wir sehen das anders.", ["Wild"]),
    # forms the lookup misses: swapped letters after a title, lower-case typos in chat
    ("Herr Dhal, gilt die Regel auch für Familien?", ["Herr Dhal"]),
    ("Frau Shal hat die Liste schon geschickt.", ["Frau Shal"]),
    ("hat jemand die folien von frau kaltenbch?", ["frau kaltenbch"]),
    ("wie herr steinhof gestern meinte, dauert das zu lange", ["herr steinhof"]),
    ("laut frau hamer dauert das zu lange", ["frau hamer"]),
    ("berisa hat recht, die Papiere fehlen oft", ["berisa"]),
])
def test_a_participant_in_chat_or_misspelt_is_found(detector: Detector, text: str,
                                                     expected: list[str]) -> None:
    assert persons(detector, text) == expected


@pytest.mark.parametrize("text", [
    "Is there still hope on the call for a deal?",
    "wild und stark sind die Geschichten aus Accra.",
    "Ich gebe das Wort an Kenya weiter, also an die Botschaft.",
    "lol hope that's true",
    "Ich weiß, May, Juni und Juli sind schwierig.",
    "May is when the money usually runs out.",
    "Can May survive as a deadline for the transfers?",
    "Die 'Fuchs' Kampagne lief im Sommer.",
    "The ‘Fuchs’ Label is what the campaign was called.",
    "sorry, hammer time again with the embassy",
    "ok hammer time, let's vote",
    "ok will you send it round again?",
    "ok hope you're all well",
    "good point, mark it in the minutes",
    "lol hope that's gone by now",
    "Good point from Hope-based groups in the south.",
    "thanks, will do!",
    "Thanks, nail polish is not an essential good.",
    "Did May bring the first transfers that people mentioned?",
    "Fuchs – thanks to the new law – can now apply.",
    "Der Adler vom Stadtwappen: ein schönes Motiv.",
    "Nochmal Adler von oben: so sah das Wappen aus.",
])
def test_look_alikes_of_the_new_slots_stay_clean(detector: Detector, text: str) -> None:
    assert persons(detector, text) == []


# --- name_public_senses: the public namesake, a place, a word -----------------------------
@pytest.mark.parametrize("text", [
    # a ruler's rank, President in English, a military rank before a famous surname
    "Queen Rania opened the training centre in Amman last year.",
    "Sheikh Tariq opened the new mosque in Doha.",
    "President Kenyi has promised faster consular checks.",
    "Captain Drake never had to sign a readmission clause.",
    "Scheich Saleh hat die Stiftung gegründet.",
    # a public figure's surname with an office as apposition (Magnus Brunner)
    "Johansson as Commissioner has asked member states for more return hubs.",
    # a country only a typo away from a roster name
    "Kenya exports more tea than anyone else in the region.",
    "Sudan hat die Grenze im Frühjahr geschlossen.",
    "The talks with Sudan stalled over the readmission clause.",
    # an era or a public figure's policy in a compound
    "Mahama-era reforms still shape the recruitment rules.",
    "Die Brenner-Ära ist vorbei.",
    # an institution or place named after somebody, in English word order
    "Haydn Technical College runs the welding courses.",
    "Brenner County has its own return desk.",
    # the maker of a work, a figure of history
    "Haydn wrote more than a hundred symphonies, which is more than our ministry writes reports.",
    "Mahama ruled the region in 1979, long before anyone talked about return.",
    # a ruler: a government, a country as the subject, "under" the name
    "Mahama's government wants consultations before any charter.",
    "Mahamas Regierung hat die Charterflüge abgelehnt.",
    "Haydn's Austria was a different place.",
    "Under Drake, England raided the Spanish ports.",
    # a greeting, a wish, a fixed Latin phrase
    "Shalom to everyone joining from Haifa.",
    "Shalom aleichem ... sorry, Salam aleikum to the colleagues in Erbil.",
    "goodluck getting the embassy to answer before Christmas",
    "Felix culpa: the failed pilot taught us the most.",
    # a thing called by the name
    "The programme is called Amani, which means peace in Swahili.",
    # a kunya or patronym that is not the participant's
    "Abu Tariq runs the bakery where the returnees meet.",
    "Das Lager Abu Saleh ist seit Monaten überfüllt.",
    "Das Projekt heißt Amani und läuft in Mombasa.",
    # English words in lower case
    "The red brick of the old station is being restored.",
    "The entry nail in the door is rusty.",
    "They will quickly nail that agreement down before the summit.",
    "A red-brick building houses the counselling office.",
    "Thus the pilot ended early.",
    # German nouns after a possessive, "als" and an adjective, the predicate of a saying
    "Mein Fuchs ist schlauer als jede Behörde, sagt meine Tochter.",
    "Als gelernter Bäcker findet man in Accra schnell Arbeit.",
    "Der Kunde ist Kaiser, sagen die Agenturen.",
])
def test_a_namesake_place_or_word_is_no_participant(detector: Detector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a rank or title that participants do bear, and an addressed president
    ("Dr Mahama has promised faster consular checks.", "Dr Mahama"),
    ("President Kenyi, welcome to the panel – could you start?", "Kenyi"),
    ("Johansson as moderator has asked us to be brief.", "Johansson"),
    ("Captain Brenner of the rescue ship described the port allocation.", "Captain Brenner"),
    ("Rania Saleh hat die Stiftung gegründet.", "Rania Saleh"),
    # the participant whose surname is near a country
    ("Kenyi said the consulate needs two weeks.", "Kenyi"),
    ("Dr Kenyi hat das bestätigt.", "Dr Kenyi"),
    ("Sudani hat die Zahlen aus Khartum geschickt.", "Sudani"),
    # a contribution compound, an organisation after a comma
    ("Der Brenner-Vorschlag ist gut.", "Brenner"),
    ("Haydn, from the technical college, said the courses are full.", "Haydn"),
    # a participant who wrote something in the meeting
    ("Haydn wrote in the chat that the symphony of forms never ends.", "Haydn"),
    ("Haydn painted a bleak picture of the counselling situation.", "Haydn"),
    ("Haydn's Austria office is small but busy.", "Haydn's"),
    ("Haydn founded the network in 1985 with three other returnees.", "Haydn"),
    ("Efua's Ghana has changed a lot, she says.", "Efua's"),
    ("Under Kenyi, the consular section got faster.", "Kenyi"),
    # a participant greeted and addressed
    ("Shalom, could you share the figures from Haifa?", "Shalom"),
    ("Thanks Goodluck, that was helpful.", "Goodluck"),
    ("Felix said the pilot taught us the most.", "Felix"),
    # a person called so, not a thing
    ("My colleague here is called Amani and runs the Mombasa office.", "Amani"),
    ("The project lead is called Amani and she runs it from Mombasa.", "Amani"),
    # the participant without a kunya
    ("Tariq and Saleh both asked about the camp near Abu Dhabi.", "Tariq"),
    ("Ich bin Tariq, Berater bei der Rückkehrberatung in Kiel.", "Tariq"),
    # the lower-case participant in a slot of a person
    ("Could you ask hammer about the fees?", "hammer"),
    ("as hammer said, the fees are the problem", "hammer"),
    ("Thanks to our colleague brick for the table.", "colleague brick"),
    ("As nail said, the fees are the problem.", "nail"),
    # German: a colleague, a genitive, a verb of speaking
    ("Mein Kollege Fuchs hat das geprüft.", "Kollege Fuchs"),
    ("Unsere Greta hat das wieder super organisiert.", "Greta"),
    ("Wie Bäcker sagte, fehlen die Papiere.", "Bäcker"),
    ("Kaiser hat das bestätigt.", "Kaiser"),
])
def test_the_participant_in_a_similar_slot_is_still_found(detector: Detector, text: str,
                                                          expected: str) -> None:
    assert expected in persons(detector, text)
