"""Build ``fixtures/contributions.jsonl`` from hand-written, marked-up contributions.

Gold spans are written inline as ``[[P:...]]`` (PERSON), ``[[C:...]]`` (CONTACT) and
``[[A:...]]`` (AFFILIATION); this script strips the markers and computes the character
offsets, so nobody has to count characters by hand.  Run it from the repository root:

    .venv/bin/python tests/deid/build_fixture.py

The texts were written before the detector was tuned; edit them here, never the jsonl.
"""

# ruff: noqa: E501  -- the contributions are data; wrapping them would hurt readability
from __future__ import annotations

import json
import re
from pathlib import Path

MARKER = re.compile(r"\[\[([PCA]):(.+?)\]\]")
LABELS = {"P": "PERSON", "C": "CONTACT", "A": "AFFILIATION"}

EN_CLEAN = [
    "The BMZ should lead on brain-drain safeguards in the agreement with Ghana, otherwise the health sector there will suffer.",
    "IOM's data shows that irregular departures from Morocco fell in 2023, but we should be careful with attributing that to any single agreement.",
    "Joachim Stamp's agreements with Georgia and Moldova were mostly about return, and that framing has stuck.",
    "The Federal Foreign Office needs more staff in visa sections; the waiting times in New Delhi are still far too long.",
    "Will the new agreement with Kenya include a clause on recognition of nursing qualifications?",
    "Recruitment numbers rose sharply after the Western Balkans regulation was extended, which is a useful precedent.",
    "I want to be frank: the readmission rates from Uzbekistan are not yet what the BMI expected.",
    "A grace period for language certificates would help nurses from the Philippines who arrive under the Triple Win programme.",
    "UNHCR has repeatedly warned that mixed migration routes through Libya are becoming more dangerous.",
    "The Skilled Immigration Act of 2023 introduced the opportunity card, but the BA still has to process the applications quickly.",
    "Colombia is an interesting case because the agreement was negotiated with a government that itself hosts almost three million Venezuelans.",
    "We should ask whether GIZ projects in Kyrgyzstan actually reach people outside Bishkek.",
    "Nancy Faeser presented the agreement with Kyrgyzstan as a model, but the details on return remain vague.",
    "The EU Talent Partnerships are a good frame, but DG HOME and DG INTPA do not always pull in the same direction.",
    "Frontex figures on the Central Mediterranean route should not be the only indicator of success.",
    "I would like to hear from partner countries how they see the balance between mobility and return.",
    "The ZAV placed around 1,200 nurses last year; the question is whether that can scale to 10,000.",
    "Training partnerships need stable funding over at least five years, not annual budget lines.",
    "KfW and GIZ could co-finance vocational schools in Ghana, but only if German employers commit to hiring graduates.",
    "The Section 16d residence permit for recognition measures is underused, according to the BAMF's own evaluation.",
    "Ministers may change, but the agreements should have a secretariat that survives elections.",
    "Our discussion keeps returning to return. Can we spend ten minutes on legal pathways?",
    "The Special Commissioner for Migration Agreements should publish annual progress reports.",
    "The Indian side has been clear that they want student mobility and IT specialists, not only care workers.",
    "Caritas and Diakonie both run counselling services for recruited nurses, which is often overlooked.",
    "In 2022 about 60% of visas for skilled workers went to applicants from third countries outside the Western Balkans.",
    "Pro Asyl has criticised the return components of the agreement with Georgia as one-sided.",
    "Morocco's cooperation on readmission depends heavily on visa facilitation for students and business travellers.",
    "The SVR annual report makes a strong case for evaluating each agreement independently.",
    "ICMPD could be the neutral convener for a regional dialogue in Central Asia.",
    "Annalena Baerbock emphasised feminist foreign policy, but I have not seen that reflected in the mobility clauses.",
    "Can someone explain how the Federal Employment Agency decides which occupations are on the shortage list?",
    "The Philippines has a strong regulatory framework for overseas workers; Germany could learn from the DMW model.",
    "Diaspora organisations should be at the table when the Moldova agreement is reviewed.",
    "The DIW estimates that Germany needs around 400,000 immigrants a year to keep the labour force stable.",
    "May I suggest that we draft three concrete recommendations before the break?",
    "Brain drain is real in Ghana's health sector, and the WHO safeguard list should be respected.",
    "The Goethe-Institut's language courses are full for months in Tashkent and Bishkek.",
    "The DAAD scholarships for Kenyan engineers could be linked to internships with German companies.",
    "The Bundespolizei's role in returns is often discussed, but the Länder actually carry out most deportations.",
    "The European Commission's Pact on Migration and Asylum changes the context for all bilateral agreements.",
    "Ursula von der Leyen's visit to Tunisia showed how controversial these deals can become.",
    "Should the agreements include a commitment to fair recruitment under the ILO principles?",
    "The Uzbek labour ministry has built an impressive pre-departure orientation system.",
    "Employers complain about recognition procedures taking more than a year; the Länder need to speed up.",
    "Georgia's visa-free status with the Schengen area is a strong incentive for cooperation on return.",
    "The AA and the BMI still disagree on who leads on visa digitalisation.",
    "Mark my words: without housing, recruited workers will leave after two years.",
    "The Red Cross has documented the humanitarian situation on the route through the Darién Gap, which matters for the Colombia agreement.",
    "Let us not forget that remittances to Kyrgyzstan make up almost a third of its GDP.",
    "Hubertus Heil has pushed the Western Balkans regulation as a success story, and the numbers broadly support that.",
    "The EUAA guidance on country of origin information is relevant for the Moldovan caseload.",
    "Frank exchanges like this one are exactly what the Chatham House Rule is for.",
    "It would be useful to compare the Kenyan and Ghanaian approaches to licensing private recruitment agencies.",
    "The BMAS pilot on fair recruitment in care should be evaluated before it is expanded.",
    "Return counselling works best when it starts early and is run by independent organisations.",
    "What is the timeline for the agreement with the Philippines? Rumours say 2025.",
    "The SWP has argued that migration agreements should not be tied to development funding conditionality.",
    "Even Thomas Müller could not score as many own goals as our visa system does.",
    "Mixed migration through the Sahel cannot be addressed by bilateral agreements alone.",
    "India's Ministry of External Affairs has been quick to respond on the mobility partnership.",
    "The OECD's talent attractiveness index ranks Germany lower than many expect.",
    "Can the BAMF share anonymised data on asylum applications from Colombia?",
    "Gerhard Schröder's Agenda 2010 is sometimes cited in these debates, but it is not relevant here.",
    "Manfred Weber has called for more return agreements at EU level.",
    "We in Germany tend to underestimate how attractive Canada and Australia are for Indian IT specialists.",
    "Our partners in Kenya have asked for more transparency on visa rejections.",
    "The embassy in Nairobi should get more staff for the visa section.",
    "Rose-tinted glasses won't help: return numbers to Morocco are still low.",
    "I will circulate a short summary after the session.",
]

DE_CLEAN = [
    "Das Auswärtige Amt sollte Visaverfahren beschleunigen, sonst verlieren wir die Fachkräfte an Kanada.",
    "Die Bundesagentur für Arbeit muss die Anerkennung von Berufsabschlüssen aus Indien vereinfachen.",
    "Das BMZ sollte klarstellen, wie Entwicklungsgelder und Rückführung zusammenhängen.",
    "Der Sonderbevollmächtigte für Migrationsabkommen hat mit Kenia ein umfassendes Abkommen geschlossen.",
    "Laut BAMF stieg die Zahl der Asylanträge aus Georgien bis 2023 deutlich, danach sank sie.",
    "Die GIZ hat in Marokko gute Erfahrungen mit Ausbildungspartnerschaften gemacht.",
    "Wir sollten die Rolle der Länder bei Rückführungen nicht unterschätzen.",
    "Die Zahl der Visa für Pflegekräfte von den Philippinen ist 2024 um rund 20 Prozent gestiegen.",
    "Die Aufenthaltserlaubnis nach § 16d AufenthG bietet mehr Möglichkeiten, als derzeit genutzt werden.",
    "Die Kooperation mit Usbekistan zeigt, dass Arbeitsmigration und Rückführung zusammen verhandelt werden können.",
    "Pro Asyl kritisiert, dass die Abkommen vor allem der Rückführung dienen.",
    "Joachim Stamps Ansatz war, Abkommen auf Augenhöhe zu schließen.",
    "Die Kolumbianer erwarten vor allem Erleichterungen bei Studentenvisa.",
    "Das Bundesinnenministerium und das Auswärtige Amt müssen sich bei der Digitalisierung der Visaverfahren einigen.",
    "Die IOM sollte in Moldau die Reintegration von Rückkehrenden stärker begleiten.",
    "Es wäre hilfreich, wenn die KfW Berufsschulen in Ghana mitfinanziert.",
    "Der UNHCR warnt seit Jahren vor den Gefahren der zentralen Mittelmeerroute.",
    "Die Diakonie und die Caritas beraten angeworbene Pflegekräfte, oft ohne ausreichende Finanzierung.",
    "Ich schlage vor, dass wir bis zur Pause drei Empfehlungen formulieren.",
    "Die Anerkennungsverfahren dauern in manchen Ländern über ein Jahr, das ist nicht hinnehmbar.",
    "Der Westbalkanregelung verdanken wir einen großen Teil der Arbeitsmigration der letzten Jahre.",
    "Kirgistan ist stark von Rücküberweisungen abhängig, das sollten wir bei der Rückkehrpolitik bedenken.",
    "Die Europäische Kommission hat mit dem Asyl- und Migrationspakt neue Rahmenbedingungen geschaffen.",
    "Wir in Deutschland unterschätzen oft, wie attraktiv Kanada für indische IT-Fachkräfte ist.",
    "Das Goethe-Institut kommt mit den Sprachkursen in Usbekistan kaum hinterher.",
    "Nancy Faesers Reise nach Usbekistan wurde von Menschenrechtsorganisationen kritisiert.",
    "Das BMAS sollte faire Anwerbung in der Pflege verbindlich regeln.",
    "Die Botschaft in Neu-Delhi braucht dringend mehr Personal in der Visastelle.",
    "Die Bundespolizei ist für Rückführungen auf dem Luftweg zuständig, aber die Ausländerbehörden entscheiden.",
    "Der SVR hat empfohlen, jedes Abkommen unabhängig zu evaluieren.",
    "Die Wartezeiten für Termine in der Visastelle in Accra betragen teilweise sechs Monate.",
    "Frontex sollte nicht der einzige Maßstab für den Erfolg der Abkommen sein.",
    "Ab dem 01.03.2024 gilt die neue Chancenkarte, das sollten wir im Papier erwähnen.",
    "Die Rücküberweisungen nach Kirgistan betrugen 2022 rund 2,7 Mrd. USD.",
    "Der DAAD könnte Stipendien für kenianische Ingenieurinnen mit Praktika verbinden.",
    "Die Zahlen stiegen im Zeitraum 2019-2023 kontinuierlich, trotz Pandemie.",
    "Die Bundesregierung sollte das Abkommen mit Marokko transparenter kommunizieren.",
]

EN_MARKED = [
    "I agree with [[P:Katharina]] that the brain-drain question cannot be postponed.",
    "[[P:Dr. Müller's]] point on safeguards is important, and I'd add the WHO list.",
    "Following up on [[P:Ms Osei's]] remark: the IOM figures on Libya need context.",
    "[[A:In my unit at the BMZ]] we have been arguing for brain-drain safeguards for two years.",
    "[[A:We at the embassy]] receive hundreds of enquiries about the opportunity card every week.",
    "Please send the draft to [[C:k.mueller@bmz.bund.de]] before Friday.",
    "You can reach me on [[C:+49 30 18535 2451]] if the link does not work.",
    "The full study is at [[C:https://www.svr-migration.de/publikationen/studie-2024]] for those interested.",
    "As [[P:Stefan]] said, the BAMF data on Georgia are not yet published.",
    "[[A:Our ministry]] has not yet taken a position on the Kenyan proposal.",
    "[[A:Speaking for GIZ]], I can say that the training partnerships in Morocco are running well.",
    "[[A:As head of the Central Asia desk]], I see the Uzbek side pushing hard for visa facilitation.",
    "I'd like to build on what [[P:Prof. Brückner]] said about independent evaluation.",
    "[[P:Mueller]] made the same point last year, and nothing changed.",
    "Thanks to [[P:Ambassador Kamau]] for the clear presentation of the Kenyan priorities.",
    "[[A:Our team at IOM]] is ready to support reintegration in Moldova.",
    "I fully share [[P:Nino's]] concern about the rising asylum numbers from Georgia.",
    "[[P:Hofmann]] is right that the ZAV cannot scale without more staff.",
    "I posted the summary on my account [[C:@k_mueller_dev]], feel free to share it.",
    "[[A:We at DIW Berlin]] have modelled the labour-force effects of the Western Balkans regulation.",
    "[[A:My colleagues at the BAMF]] would dispute that figure.",
    "[[P:Mr El Amrani]] explained the Moroccan position very clearly, thank you.",
    "[[A:As a desk officer in the Federal Foreign Office]], I see the visa backlog every day.",
    "I spoke with [[P:weissenbach]] about the visa backlog yesterday.",
    "[[P:Camila]] and [[P:Priya]] both emphasised student mobility.",
    "[[P:Rodriguez Pena]] raised an important point on Venezuelan migrants in Colombia.",
    "Call my office on [[C:030 18 444 1234]] or write to [[C:sabine.hoffmann@arbeitsagentur.de]].",
    "[[A:In our embassy]] the consular section has doubled since 2022.",
    "I would like to respond to [[P:Dr Demir]]: the DIW estimate assumes constant participation rates.",
    "[[A:I work for KfW]] and we would co-finance, but only with clear employer commitments.",
    "[[P:Will]] raised a good point about protection-sensitive return.",
    "[[P:Rose]] mentioned that the Philippine regulator audits German recruitment agencies.",
    "I agree with [[P:Grace]] on the need for independent return monitoring.",
    "[[P:Paul Frank's]] proposal for a regional dialogue deserves support.",
    "To be honest, [[P:Frank]] underestimated the political sensitivity in Central Asia.",
    "[[A:Here at the Goethe-Institut]] we cannot keep up with demand for B1 courses.",
    "[[A:In my role as ambassador]], I have raised this with the Foreign Office several times.",
    "[[A:Our NGO]] has documented dozens of cases of recruitment fees charged to nurses.",
    "[[P:Sophie]] knows the Commission's thinking on Talent Partnerships better than anyone here.",
    "[[A:We at the Commission]] see the bilateral agreements as building blocks for Talent Partnerships.",
    "The contact person for the pilot is [[P:Jan-Philipp Vogel]], [[C:jp.vogel@pflegepartner-gmbh.de]].",
    "[[P:Karimowa]] described the Uzbek pre-departure training in detail.",
    "[[P:toktogulov]] said the Kyrgyz side would welcome seasonal work schemes.",
    "I'd ask [[P:Mrs Hansen]] to share the Caritas counselling figures.",
    "[[A:We at the Ghanaian embassy]] have asked for a review of the health worker recruitment list.",
    "More details are on [[C:www.pflegepartner-gmbh.de/kenia]] and in the brochure.",
    "Text me at [[C:0171/5550123]] if you want the slides.",
    "[[A:My department at the BMAS]] is drafting the fair recruitment guidelines right now.",
    "[[P:Yilmaz-Schroeder]] raised the counselling gap, and I share that view.",
    "I second [[P:Ayşe]]: the counselling services are chronically underfunded.",
    "[[A:In my capacity as head of the migration unit at Diakonie]], I can confirm those numbers.",
    "[[P:Beridse's]] figures on asylum applications differ from the BAMF's.",
    "[[A:Our organisation]] works with returnees in Moldova and Georgia.",
    "Let me add to [[P:Elena's]] point: the Moldovan diaspora in Germany is growing fast.",
    "I met [[P:Kwame Asante]] at the conference in Accra, and he made the same argument.",
    "[[A:Our chamber]] surveyed 3,000 companies about recruitment from India.",
    "For the Philippines data see [[C:dfa.gov.ph/overseas-employment]] and the annual report.",
    "[[A:I'm with the ZAV]] and we see similar bottlenecks.",
    "[[P:Raghunatan]] made the case for IT specialists very convincingly.",
    "[[A:We at UNHCR]] are concerned about protection standards in the return clauses.",
    "Please contact [[C:+254 20 4442 150]] for the Nairobi office.",
    "[[A:In our directorate]], the agreement with Kyrgyzstan was negotiated in only six months.",
    "[[P:Thomas]] and [[P:Friederike]] will present the joint paper tomorrow.",
    "[[P:Katharina Müller]] and I disagree on conditionality, which is fine.",
    "[[A:As a researcher at the SVR]], I'd caution against reading too much into one year of data.",
    "The paper by [[P:Brueckner]] and colleagues is the best evaluation so far.",
    "[[A:Our desk at the Federal Foreign Office]] has asked for a clearer mandate.",
    "[[P:Lefevre]] said the Commission would fund the pilot. Is that confirmed?",
    "[[P:Ciobanu]] and [[P:Karimova]] both raised the issue of pension portability.",
    "[[A:I am from GIZ]] and can say that the Kenyan nursing schools are ready.",
    "Write to [[C:info@pflegepartner-gmbh.de]] or call [[C:(030) 123 45 67]].",
    "[[A:We in the BMI]] have always said that return and mobility belong together.",
    "[[P:Villaneuva's]] figures on deployment are impressive.",
    "[[A:Our embassy]] has processed 4,000 student visas this year.",
    "[[P:demir]] has a point, but the assumptions matter.",
]

DE_MARKED = [
    "[[A:Bei uns im Auswärtigen Amt]] wird die Digitalisierung der Visaverfahren seit Jahren diskutiert.",
    "[[A:In unserem Referat]] sehen wir das anders.",
    "[[A:In meiner Abteilung im BMI]] wird gerade ein Entwurf für das Abkommen mit Kirgistan erarbeitet.",
    "[[A:Ich als Referentin im BMAS]] kann sagen, dass die Leitlinien zur fairen Anwerbung bald kommen.",
    "[[P:Müllers]] Vorschlag zu Schutzklauseln gegen Brain Drain unterstütze ich ausdrücklich.",
    "Ich stimme [[P:Frau Dr. Müller]] zu: Entwicklungspolitik darf nicht zum Hebel für Rückführungen werden.",
    "Wie [[P:Herr Krüger]] richtig sagte, fehlen die Daten zu Georgien.",
    "Ich gebe [[P:Stefan]] Recht, die Zahlen sind noch nicht belastbar.",
    "[[P:Brückners]] Studie zeigt, dass die Abkommen kaum evaluiert werden.",
    "Bitte schicken Sie Rückfragen an [[C:friederike.vonstein@bmas.bund.de]].",
    "Erreichbar bin ich unter [[C:0228 99 535 3712]] oder mobil unter [[C:0151 23456789]].",
    "[[A:Wir bei der GIZ]] haben in Marokko gute Erfahrungen mit Ausbildungspartnerschaften gemacht.",
    "[[A:Unser Haus]] hat sich dazu noch nicht positioniert.",
    "[[P:Frau von Stein-Hartmann]] hat die Zahlen der ZAV zitiert, die ich bestätigen kann.",
    "Danke an [[P:Herrn Weißenbach]] für die klaren Worte zur Visastelle.",
    "[[A:Ich spreche hier für die Caritas]] und sage: Die Beratung ist unterfinanziert.",
    "[[A:Wir von der Botschaft]] erhalten täglich Anfragen zur Chancenkarte.",
    "Die Studie finden Sie unter [[C:https://www.diw.de/de/diw_01.c.123456.de/publikationen.html]].",
    "[[P:Kamaus]] Hinweis auf die Anerkennung von Pflegeabschlüssen ist zentral.",
    "[[A:Als Leiterin des Referats Migration und Entwicklung]] sehe ich das mit Sorge.",
    "[[P:Hansen]] hat völlig recht, die Beratungsstellen sind überlastet.",
    "[[A:In meinem Team bei der IOM]] arbeiten wir an Reintegrationsprogrammen in Moldau.",
    "Wie [[P:Katharina]] schon sagte, brauchen wir Schutzklauseln.",
    "[[P:Toktogulow]] hat die Position Kirgistans gut erklärt.",
    "[[A:Bei uns in der Botschaft]] ist die Visastelle völlig überlastet.",
    "[[P:Prof. Dr. Brückner]] hat auf die fehlende Evaluation hingewiesen.",
    "Folgen Sie [[C:@svr_migration]] für aktuelle Zahlen.",
    "[[A:Ich arbeite beim BAMF]] und kann bestätigen, dass die Anträge aus Georgien zurückgehen.",
    "[[P:Frau Hoffman]] hat darauf hingewiesen, dass die ZAV mehr Personal braucht.",
    "[[A:Unsere Botschaft]] hat in diesem Jahr 4.000 Studentenvisa bearbeitet.",
    "[[A:Wir im Bundesministerium für wirtschaftliche Zusammenarbeit]] sehen das kritisch.",
    "Ich habe mit [[P:frau weber]] gesprochen, die DIHK-Umfrage kommt im Herbst.",
    "[[P:Herr Becker]] und [[P:Herr Demir]] sehen das unterschiedlich.",
    "[[A:Aus Sicht unseres Hauses]] ist die Rückkehrkomponente zu schwach.",
    "[[P:Claudia Webers]] Umfrage unter Unternehmen ist sehr aufschlussreich.",
    "[[A:Meine Kolleginnen im Auswärtigen Amt]] sehen das ähnlich.",
    "Die Präsentation liegt auf [[C:www.bamf.de/abkommen]].",
    "Für Rückfragen: [[C:+49 (0)228 99 529-0]].",
    "[[P:Lukas Schneider]] hat die Zahlen der GIZ vorgestellt.",
    "[[A:Ich bin bei der KfW]] für Berufsbildung in Westafrika zuständig.",
    "[[P:Amina]] hat gesagt, dass die IOM mehr Mittel für Reintegration braucht.",
    "Bitte an [[C:mdemir@diw.de]] schreiben, [[P:Mehmet]] schickt die Daten.",
    "[[A:Als Botschafter]] kann ich sagen, dass unsere Regierung das Abkommen sehr schätzt.",
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip the markers from *marked* and return the plain text and its gold spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        inner = m.group(2)
        spans.append({"start": length, "end": length + len(inner), "label": LABELS[m.group(1)]})
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced marker in {marked!r}")
    return text, spans


def records() -> list[dict]:
    """Interleave the four groups so that ids do not give away the category."""
    groups = [
        [("en", t) for t in EN_CLEAN],
        [("en", t) for t in EN_MARKED],
        [("de", t) for t in DE_CLEAN],
        [("de", t) for t in DE_MARKED],
    ]
    return interleaved(groups, "c")


def interleaved(groups: list[list[tuple[str, str]]], prefix: str) -> list[dict]:
    """One (lang, marked text) from each group in turn, parsed; ids ``prefix001``... in
    that order."""
    groups = [list(group) for group in groups]
    ordered: list[tuple[str, str]] = []
    while any(groups):
        for g in groups:
            if g:
                ordered.append(g.pop(0))
    result = []
    for i, (lang, marked) in enumerate(ordered, start=1):
        text, spans = parse(marked)
        result.append({"id": f"{prefix}{i:03d}", "lang": lang, "text": text, "spans": spans})
    return result


def write_jsonl(target: Path, rows: list[dict]) -> None:
    with target.open("w", encoding="utf-8") as fh:
        for rec in rows:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {target}")


def main() -> None:
    write_jsonl(Path(__file__).parent / "fixtures" / "contributions.jsonl", records())


if __name__ == "__main__":
    main()
