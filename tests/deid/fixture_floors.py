"""The floors of the later blind fixtures (tests/deid/fixtures/blind2/ to blind69/): the
detector's figures on each, which a change may not fall below (test_deid_fixture_figures.py
reads them). Split from that test module, which had grown past 400 lines."""

# --- the later blind fixtures (tests/deid/fixtures/blind2/ to blind9/), each written by a
# helper who never saw the detector nor the fixtures before it; docs/deid.md has every
# measurement. Each was measured on arrival and again after a round of rules whose author
# never read it; then the next round read its misses as *classes* (not its sentences):
# - blind2: first measured PERSON 50/52, CONTACT 26/26, AFFILIATION 73/87, 5 false alarms;
#   h14f read it, so it is held to the targets.
# - blind3: 149/161, 36/38, 108/161, 13 on arrival; 149/161, 36/38, 117/161, 12 after h14f
#   (still blind); h14g read it (clauses.py), so its floors are its figures after h14g and it
#   is held to the targets.
# - blind4: 171/204, 43/47, 120/201, 29 on arrival; 180/204, 42/47, 140/201, 25 after h14g
#   (still blind); h14h read it, so it is NO LONGER BLIND and its floors are after h14h.
# - blind5: 134/145, 31/35, 88/110, 10 on arrival; 136/145, 33/35, 90/110, 10 after h14h, which
#   never read it. The learned tagger (h14m, docs/deid-learned.md) was measured on it held out:
#   136/145, 34/35, 96/110, 10; then the shipped model was trained on it too (136, 34, 97, 10
#   below), so blind5 is NO LONGER BLIND either.
# - blind6 (548, 275 clean) and blind7 (474, 236 clean), two more writers at once: on arrival
#   (after h14h, which never read them) 82/90, 48/49, 129/169, 5 and 74/75, 42/43, 116/144, 10;
#   with h14m's tagger (which never saw them) 82, 49, 134, 6 and 74, 42, 119, 10. h14n tuned
#   the tagger's second round on them held out (docs/deid-learned.md: 83, 49, 144, 9 and 75,
#   43, 129, 11), then trained the shipped model on them, so they are NO LONGER BLIND and
#   their floors (like blind2 to blind5's) are the figures of a model trained on them.
# - blind8 (510, 252 clean) and blind9 (540, 269 clean), two more, written while the next
#   rounds of rules were being written: on arrival (after h14h) 84/88, 45/46, 139/158, 8 and
#   99/102, 54/54, 141/177, 5; with h14m's tagger 84, 46, 143, 8 and 99, 54, 145, 5; with
#   h14n's (trained up to blind7, never on these) 85, 46, 147, 10 and 100, 54, 159, 8.
# The floors make a change that loses what was reached fail.

# fixture: (PERSON found, CONTACT found, AFFILIATION found, at most false alarms)
FLOORS = {
    "blind2": (52, 26, 87, 0),      # of 52, 26, 87; 139 clean
    "blind3": (161, 38, 160, 0),    # of 161, 38, 161; 243 clean (161 until the retrain of
                                    # 2026-12-02: "er vermittelt ja selbst" is missed since)
    "blind4": (201, 47, 195, 6),    # of 204, 47, 201; 303 clean
    "blind5": (140, 35, 108, 10),   # of 145, 35, 110; 177 clean
    "blind6": (84, 49, 163, 5),     # of 90, 49, 169; 275 clean
    "blind7": (74, 43, 139, 10),    # of 75, 43, 144; 236 clean
    "blind8": (85, 46, 147, 10),    # of 88, 46, 158; 252 clean
    "blind9": (100, 54, 159, 8),    # of 102, 54, 177; 269 clean
    # written 2026-12-02 while h14p, h14q and h14r worked, never read by them nor trained
    # on: measured once on arrival (the detector of 834acea) and once after those rounds
    # round 4 (h14s names, h14t contacts and affiliation look-alikes, h14u affiliations)
    # raised them to its rules + tagger figures: blind10-13 are NO LONGER BLIND
    "blind10": (113, 30, 79, 0),    # of 113, 30, 79; 182 clean (arrival 101, 30, 77, 2)
    "blind11": (86, 27, 99, 0),     # of 86, 27, 99; 182 clean (arrival 80, 27, 88, 12)
    "blind12": (74, 26, 99, 0),     # of 74, 26, 99; 165 clean (arrival 73, 26, 92, 9)
    "blind13": (74, 59, 84, 0),     # of 74, 59, 84; 183 clean (arrival 73, 57, 78, 8)
    # written 2026-12-02 (evening) while round 4 worked, never read by it nor trained on:
    # measured on arrival (the detector of b4f3924) and after round 4 (these floors)
    "blind14": (154, 23, 114, 0),   # of 154, 23, 114; 203 clean (arrival 147, 23, 112, 22;
                                    # after round 4 151, 23, 111, 10; round 6 read it: h14x;
                                    # trained on since the retrain of 2026-12-03; 113 until
                                    # h14z: "Die Dame von der … Botschaft")
    "blind18": (158, 30, 105, 0),   # of 158, 30, 105; 242 clean (arrival 151, 30, 104, 25;
                                    # written during round 5; the round-4 detector 155, 30,
                                    # 104, 17; round 5's retrain loses one name of it;
                                    # round 6 read it: h14x; trained on since 2026-12-03;
                                    # 2 false alarms until h14z: a count of people, a budget
                                    # line)
    # round 5 read blind15-17 (h14v names and contacts, h14w affiliations)
    "blind15": (100, 110, 84, 0),   # of 100, 110, 84; 213 clean (arrival 98, 105, 82, 10)
    "blind16": (87, 25, 173, 0),    # of 87, 25, 174; 254 clean (arrival 86, 25, 160, 14)
    "blind17": (176, 27, 131, 0),   # of 176, 27, 132; 304 clean (arrival 174, 27, 119, 8;
                                    # 130 until h14z: "My government")
    # written 2026-12-03 by helpers who never saw the project, from LABELS.md alone (the
    # labelling rules of blind18's GUIDELINES.md). Arrival is the landed detector of dd1aaed;
    # the floor is the retrained detector of 237f716, measured before anyone read them.
    "blind19": (127, 21, 58, 0),    # of 128, 21, 59; 175 clean (arrival 122, 21, 57, 21;
                                    # 237f716: 122, 21, 58, 19; after h14aa, unread: 15 FA;
                                    # after h14ab, unread: 13; round 8 read it: h14ac
                                    # names, name_shapes.py; round 15: 127, the "Dean —
                                    # sorry, Dean Marshall, not the dean …" opening is a name
                                    # now, and a clause rule then reads the rest as one
                                    # AFFILIATION that swallows "Dean Marshall": redacted
                                    # still, under the other label)
    "blind20": (75, 59, 102, 0),    # of 75, 59, 102; 182 clean (arrival 70, 59, 96, 5;
                                    # after round 8, unread: 71, 58, 96, 4; round 9 read it:
                                    # h9a names, h9b affiliations and contacts)
    "blind21": (83, 72, 76, 0),     # of 83, 72, 76; 168 clean (arrival 81, 72, 75, 5;
                                    # after round 8, unread: 81, 72, 75, 4; round 9 read it)
    "blind22": (122, 12, 81, 2),    # of 122, 12, 82; 176 clean (arrival 120, 12, 78, 36;
                                    # floor of 237f716 120, 12, 78, 31; round 7 read it:
                                    # h14ab names, name_kinds.py; aff_you)
    # written 2026-12-03 while round 7 worked, never read: arrival dd1aaed, floor acfb543
    "blind23": (137, 12, 58, 2),    # of 137, 12, 58; 176 clean (arrival 129, 12, 58, 31;
                                    # acfb543: 26; after h14ab, unread: 21; after round 8: 19;
                                    # round 9 read it: h9a names, h9b affiliations)
    "blind24": (103, 26, 95, 2),    # of 103, 26, 95; 192 clean (arrival 103, 26, 91, 11;
                                    # after round 8, unread: 8; round 9 read it)
    # written 2026-12-03 while round 9 worked, never read by it: arrival 8cda84c, floor the
    # merge of round 9 (h9a, h9b, name_plain_words, the affiliation grid's two fixes)
    "blind25": (124, 24, 74, 20),   # of 126, 24, 74; 173 clean (arrival 121, 24, 74, 23;
                                    # after round 9: 122; its misses diagnosed, round 11)
    "blind26": (58, 62, 106, 4),    # of 58, 62, 110; 182 clean (arrival 58, 62, 104, 11;
                                    # after round 9, unread: the same; round 10 read it)
    "blind27": (76, 25, 66, 4),     # of 78, 25, 68; 199 clean (arrival 75, 25, 66, 7;
                                    # after round 9: 75; diagnosed, round 11)
    # written 2026-12-03 after round 10, never read (one record of blind28 read to find a
    # regression of round 9, fixed): arrival 8cda84c, floor after rounds 9 and 10
    "blind28": (72, 19, 98, 4),     # of 73, 19, 100; 191 clean (arrival 71, 19, 98, 5;
                                    # typical text, not made hard; diagnosed, round 11)
    "blind29": (65, 20, 97, 3),     # of 66, 20, 108; 180 clean (arrival 65, 20, 97, 11;
                                    # organisations and namesakes as subjects)
    # written 2026-12-06 by helpers who never saw the project (LABELS.md, a theme, names to
    # avoid): arrival b597973, measured before anyone read them; the floor is round 12,
    # which read their misses (casing.py, name_talk.introduced_by_name)
    "blind30": (119, 19, 86, 13),   # of 121, 19, 88; 167 clean (arrival 119, 19, 86, 25;
                                    # names hard)
    "blind31": (86, 36, 83, 2),     # of 86, 36, 87; 199 clean (arrival 86, 36, 83, 4: a typical
                                    # session, organisations and public figures as subjects)
    "blind32": (111, 29, 82, 4),    # of 111, 29, 88; 177 clean (arrival 107, 29, 72, 5; a
                                    # live chat typed on phones, mostly lower case)
    # written 2026-12-06 while round 12 worked, never read by it: arrival b597973, then
    # round 12 (af527a2); round 13 read blind33-35's misses; the floor is round 13
    "blind33": (123, 25, 77, 22),   # of 128, 25, 78; 172 clean (arrival 123, 25, 77, 24;
                                    # round 12 the same; names hard)
    "blind34": (67, 34, 85, 1),     # of 68, 34, 86; 198 clean (arrival and round 12 the same;
                                    # a typical session on migration agreements)
    "blind35": (92, 31, 81, 3),     # of 93, 31, 90; 181 clean (arrival 88, 31, 69, 4; round
                                    # 12: 88, 31, 72, 4; a chat typed on phones)
    # written 2026-12-06 while round 13 worked, not read by it: arrival b597973, round 12
    # af527a2, round 13 (its lower-case plural rule dropped after blind38's count); round
    # 14 read their misses; the floors of blind33-38 are round 14
    "blind36": (120, 18, 81, 24),   # of 123, 18, 81; 169 clean (arrival 118, 18, 80, 26;
                                    # round 12 the same as round 13; names hard)
    "blind38": (84, 32, 67, 8),     # of 88, 32, 77; 181 clean (arrival 83, 32, 60, 9; round
                                    # 12: 82, 32, 62, 9; a chat typed on phones)
    # written 2026-12-06 while rounds 12-14 worked, measured after round 14, never read
    "blind37": (77, 41, 76, 3),     # of 77, 41, 81; 198 clean (arrival and rounds 12-14 the
                                    # same; a typical session on EU external migration policy)
    # written 2026-12-06 while round 14 worked, never read: arrival b597973, floor round 14
    "blind39": (132, 22, 70, 19),   # of 135, 22, 74; 168 clean (arrival 131, 22, 70, 23;
                                    # names hard)
    "blind40": (88, 34, 82, 6),     # of 89, 34, 83; 198 clean (arrival the same; a typical
                                    # session on the Eastern Mediterranean route)
    "blind41": (82, 37, 88, 15),    # of 87, 37, 95; 175 clean (arrival 80, 36, 77, 15; a
                                    # chat typed on phones)
    # written 2026-12-07 while round 15 worked, measured after it (arrival e85b5dc); round 16
    # read their misses, and their floors are round 16
    "blind42": (79, 28, 89, 4),     # of 79, 28, 89; 176 clean (arrival the same; a typical
                                    # session on skilled-labour partnerships)
    "blind43": (84, 32, 85, 0),     # of 84, 32, 86; 176 clean (arrival 82, 32, 82, 0; a
                                    # typical session on the CEAS reform)
    "blind44": (95, 34, 94, 3),     # of 95, 34, 95; 173 clean (arrival 95, 33, 94, 9; names
                                    # hard)
    "blind45": (90, 32, 77, 4),     # of 92, 32, 85; 171 clean (arrival 85, 32, 73, 4; a
                                    # chat typed on phones)
    "blind46": (82, 39, 94, 0),     # of 83, 39, 101; 169 clean (arrival the same; a typical
                                    # session, formal written statements, seasonal work)
    # written 2026-12-07 while round 16 worked, measured after it (arrival 9af9239, round
    # 15); round 17 read their misses, and their floors are round 17
    "blind47": (84, 33, 87, 0),     # of 84, 33, 88; 174 clean (arrival the same; a typical
                                    # session on family reunification)
    "blind48": (86, 33, 92, 0),     # of 86, 33, 97; 172 clean (arrival the same; a typical
                                    # session on municipal reception)
    "blind49": (91, 36, 62, 1),     # of 94, 36, 77; 176 clean (arrival 89, 36, 59, 1; a
                                    # chat on international students)
    "blind50": (98, 32, 95, 6),     # of 99, 32, 96; 171 clean (arrival 98, 32, 94, 17; names
                                    # hard; round 17 read it)
    "blind51": (90, 29, 83, 3),     # of 91, 29, 84; 176 clean (arrival the same; a typical
                                    # session, a third hurried)
    # written 2026-12-07 while round 17 worked, measured after it (arrival d305658, round
    # 16); round 18 read their misses, and their floors are round 18
    "blind52": (78, 33, 95, 0),     # of 78, 33, 99; 176 clean (arrival the same; a typical
                                    # session on integration courses)
    "blind53": (87, 41, 82, 0),     # of 88, 41, 84; 172 clean (arrival the same; a typical
                                    # session on refugees from Ukraine)
    "blind54": (80, 40, 63, 2),     # of 80, 40, 82; 176 clean (arrival 76, 40, 63, 2; a
                                    # chat on deportation practice)
    "blind55": (90, 26, 79, 1),     # of 93, 26, 82; 177 clean (arrival the same; a typical
                                    # session, a third hurried)
    "blind56": (93, 36, 90, 8),     # of 93, 36, 95; 171 clean (arrival 93, 36, 90, 15;
                                    # names hard; round 18 read it)
    # written 2026-12-07 while round 18 worked, measured after it (arrival 1d2a22d, round
    # 17; round 18 changed none of their figures); round 19 read their misses, floor round 19
    "blind57": (95, 37, 89, 2),     # of 95, 37, 92; 174 clean (a typical session on
                                    # agreements with Central Asia and the South Caucasus)
    "blind58": (91, 28, 87, 2),     # of 91, 28, 92; 174 clean (a typical session on the
                                    # Mediterranean)
    "blind59": (76, 30, 80, 0),     # of 80, 30, 88; 176 clean (a chat on volunteers)
    "blind60": (99, 35, 86, 0),     # of 99, 35, 87; 172 clean (formal statements on
                                    # statistics and evidence)
    "blind61": (75, 32, 98, 1),     # of 75, 32, 100; 170 clean (a typical session on care,
                                    # a third hurried)
    # written 2026-12-07 while round 19 worked, measured after it (arrival afe8242, round
    # 18); round 20 read their misses, and their floors are round 20
    "blind62": (83, 27, 91, 0),     # of 85, 27, 96; 173 clean (arrival the same; a typical
                                    # session on naturalisation)
    "blind63": (73, 33, 94, 1),     # of 73, 33, 98; 172 clean (arrival the same; a typical
                                    # session on Afghanistan)
    "blind64": (76, 37, 88, 2),     # of 78, 37, 89; 176 clean (arrival the same; a chat on
                                    # schools)
    "blind65": (100, 33, 88, 5),    # of 100, 33, 100; 171 clean (arrival 98, 33, 88, 7;
                                    # names hard; round 20 read it)
    "blind66": (72, 27, 103, 3),    # of 72, 27, 107; 180 clean (arrival the same; formal
                                    # statements on legal pathways into the EU)
    # written 2026-12-07 while round 20 worked, never read: arrival 36d755c (round 19),
    # floor round 20 (which changed none of their figures)
    "blind67": (80, 34, 94, 4),     # of 80, 34, 94; 177 clean (a typical session on return
                                    # and reintegration)
    "blind68": (85, 33, 80, 3),     # of 85, 33, 82; 177 clean (a typical session on women
                                    # and migration)
    "blind69": (93, 39, 86, 3),     # of 96, 39, 87; 170 clean (a typical session on the
                                    # Western Balkans regulation, a third hurried)
}
