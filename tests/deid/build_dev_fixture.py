"""Build ``fixtures/dev/contributions.jsonl``: development examples for the second detector.

Written for issue 14 from its categories of misses (roles without an organisation,
possessives with a place or unit, verbs of belonging, nationality plus institution,
self-introductions, spans that stop short, handles with a domain, link shorteners) and its
sources of false alarms (word-like first names at the start of a sentence, famous
namesakes, professions that are surnames).  The rules were tuned against these and the
first fixture; the blind fixture in ``fixtures/blind/`` was written by someone else and is
only measured.  Same inline markers as ``build_fixture.py``:

    .venv/bin/python tests/deid/build_dev_fixture.py
"""

# ruff: noqa: E501  -- the contributions are data; wrapping them would hurt readability
from __future__ import annotations

from pathlib import Path

from build_fixture import interleaved, write_jsonl

CLEAN = [
    ("en", "Hope is not a strategy: the agreement with Ghana needs a monitoring clause."),
    ("en", "Mark the date: the review of the Western Balkans regulation is due in June."),
    ("en", "Joy at the signing ceremony faded quickly once the visa backlog became public."),
    ("en", "Olaf Scholz presented the Kenya agreement as a breakthrough."),
    ("en", "Grace periods for language certificates would help recruited nurses."),
    ("en", "The Tunisian interior ministry has been reluctant to accept charter flights."),
    ("en", "A Ghanaian recruitment agency was recently fined for charging fees to nurses."),
    ("en", "The chamber of crafts in Cologne runs a good mentoring scheme for apprentices."),
    ("en", "The Senegalese employment office publishes monthly vacancy figures."),
    ("en", "Consulates in Lagos and Abuja have very long waiting times for appointments."),
    ("en", "Our discussion should move from return to legal pathways."),
    ("en", "We in Europe often forget that most migration in West Africa is regional."),
    ("en", "Our partners in Tunisia ask for more scholarships, not more border equipment."),
    ("en", "As a result, the pilot was extended to two more regions."),
    ("en", "The shop steward model used in German factories could help recruited workers."),
    ("en", "Trade unions in Ghana have asked to be consulted on the agreement."),
    ("en", "The works council of a large care provider documented the problem well."),
    ("en", "Social workers in reception centres are overloaded, according to the Caritas survey."),
    ("en", "Angela Merkel's 2015 decision still shapes how partner countries see Germany."),
    ("en", "The Nigerian embassy in Berlin has extended its opening hours."),
    ("en", "The Federal Employment Agency's office in Duisburg reports rising demand."),
    ("en", "As the BAMF reported last week, applications from Tunisia have fallen."),
    ("en", "Fischer families along the coast lose income when fish stocks collapse, which drives migration."),
    ("en", "I think we should treat recognition and recruitment as one package."),
    ("en", "Can the ministry share the evaluation before our next meeting?"),
    ("en", "See the ILO's fair recruitment principles for the definitions."),
    ("en", "The GIZ office in Tunis has run similar projects since 2017."),
    ("en", "I represent nobody but myself here, so take this as a personal view."),
    ("de", "Ernst gemeint ist der Vorschlag sicher, aber er ist nicht finanziert."),
    ("de", "Die Richter am Verwaltungsgericht haben die Praxis der Ausländerbehörden kritisiert."),
    ("de", "Das Jobcenter in Duisburg hat ein Modellprojekt für Geflüchtete gestartet."),
    ("de", "Die tunesische Arbeitsagentur veröffentlicht ihre Zahlen inzwischen online."),
    ("de", "Sozialarbeiterinnen in Erstaufnahmeeinrichtungen sind chronisch überlastet."),
    ("de", "Wir in Deutschland sollten die Anerkennung endlich digitalisieren."),
    ("de", "Unsere Diskussion sollte konkreter werden: Welche drei Empfehlungen geben wir?"),
    ("de", "Die Handwerkskammer zu Köln bildet seit Jahren Geflüchtete aus."),
    ("de", "Koch ist in Tunesien ein gefragter Ausbildungsberuf, das sollten wir nutzen."),
    ("de", "Als Ergebnis bleibt festzuhalten, dass die Rückkehrquoten niedrig sind."),
    ("de", "Der DGB fordert, dass Gewerkschaften bei der Anwerbung mitreden."),
    ("de", "Die Weber in Bangladesch arbeiten unter schwierigen Bedingungen, das ist ein anderes Thema."),
    ("de", "Wir bei der Umsetzung sollten die Kommunen früher einbinden."),
    ("de", "Wie die Bundesagentur berichtet, steigt die Nachfrage nach Pflegekräften."),
    # second batch, written after the first rules
    ("en", "The employment office in Dakar has doubled its staff since the agreement."),
    ("en", "Having a shop steward on every site would help, according to the DGB."),
    ("en", "Employers in the care sector say the recognition rules are the main obstacle."),
    ("en", "Nurses from Kerala often move on to the UK after two years in Germany."),
    ("en", "The union in Accra has signed a cooperation agreement with ver.di."),
    ("en", "Before joining any scheme, workers need independent advice."),
    ("en", "We are a long way from fair recruitment in the care sector."),
    ("en", "Our recommendation is to fund the counselling centres for five years."),
    ("en", "As someone said earlier, the numbers are not the whole story."),
    ("en", "I'm not convinced the ministry will fund it."),
    ("en", "Where I disagree is on the role of private agencies."),
    ("en", "In my view the Senegalese employment office should be a partner."),
    ("de", "Die Handwerkskammer Köln und die IHK sollten enger zusammenarbeiten."),
    ("de", "Bin ich der Einzige, der die Zahlen für zu optimistisch hält?"),
    ("de", "Wir als Gesellschaft müssen Zuwanderung besser erklären."),
    ("de", "Unsere Empfehlung lautet, die Beratung dauerhaft zu finanzieren."),
    ("de", "Als jemand, der die Debatte lange verfolgt, finde ich das richtig."),
    ("de", "Ich war im Frühjahr in Tunis und habe mit Arbeitsvermittlern gesprochen."),
    ("de", "In meiner Stadt gibt es kaum bezahlbaren Wohnraum für Azubis."),
    ("de", "Die Arbeitgeber in der Pflege klagen über lange Anerkennungsverfahren."),
]

MARKED = [
    ("en", "[[A:Speaking as a shop steward]], I can tell you that recruited workers rarely know their rights."),
    ("en", "[[A:As a caseworker in a reception centre]], I see how long recognition takes."),
    ("en", "[[A:Our consulate in Abuja]] processes far more student visas than work visas."),
    ("en", "[[A:Our desk's migration team]] has been asking for a clearer mandate for months."),
    ("en", "[[A:I work for a Nigerian placement agency]] and we are audited twice a year."),
    ("en", "[[A:Coming from the Tunisian ministry of employment]], I can say the figures are accurate."),
    ("en", "[[A:Representing the chamber of crafts]] here, I want to stress apprenticeships."),
    ("en", "[[A:In my role at the labour department]] I negotiated the pilot on seasonal work."),
    ("en", "The numbers at [[A:the Senegalese employment office, where I sit]], tell a different story."),
    ("en", "Hello, [[P:Hope]] here, [[A:from the Ghana Labour Department's migration unit]]: we support the clause."),
    ("en", "[[A:Our agency in Accra]] has placed 300 nurses since 2022."),
    ("en", "You can follow our updates at [[C:@fairrecruit.bsky.social]] and on the website."),
    ("en", "The slides are here: [[C:bit.ly/3xYfair]] and the report at [[C:tinyurl.com/recruit-report]]."),
    ("en", "[[P:Hope]] raised the point about fees last time, and it still stands."),
    ("en", "I agree with [[P:Mark]]: the union should be at the table."),
    ("en", "[[P:Mr Richter]] explained how works councils could help."),
    ("en", "[[A:As a trade union officer]], I have seen contracts that violate the agreement."),
    ("en", "[[A:We at the jobcentre in Duisburg]] see this every day."),
    ("en", "[[A:I'm with a small NGO in Bielefeld]] that supports recruited nurses."),
    ("en", "[[A:My colleagues in the Lagos office]] report the same problem."),
    ("en", "[[A:As someone who works at the Nigerian embassy]], I would urge caution."),
    ("en", "[[A:Our union's legal team]] has documented forty cases."),
    ("en", "Greetings, [[P:Aminata]] here [[A:from the Senegalese youth employment agency]]."),
    ("en", "[[A:I'm a social worker]], so I see the other side of these statistics."),
    ("en", "[[A:In my job at the university's migration lab]], we track recognition times."),
    ("en", "[[P:Lena Scholz]] and I have discussed this with the crafts sector."),
    ("en", "Please message me on [[C:+233 24 555 0192]] or at [[C:hope.mensah(at)ghana-labour.gov.gh]]."),
    ("en", "[[A:We from the Tunisian side]] want more scholarships."),
    ("en", "[[P:Olga]] showed that recognition takes eleven months on average."),
    ("en", "[[P:Dr. Petrenko's]] study is the best evidence we have."),
    ("en", "[[A:Our regional office in Kumasi]] runs the pre-departure courses."),
    ("en", "[[A:I lead the recruitment unit of a large hospital group]], and fees are our main worry."),
    ("en", "[[A:Working for the Ghanaian labour ministry]], I have seen the agreements from the other side."),
    ("en", "[[A:I used to be a nurse in Kumasi]] before moving into policy."),
    ("de", "[[A:Als Sozialarbeiter in einer Erstaufnahme]] sehe ich das ganz anders."),
    ("de", "[[A:Unser Jobcenter in Duisburg]] hat dazu eine eigene Beratung aufgebaut."),
    ("de", "[[A:Ich arbeite für eine tunesische Arbeitsvermittlung]] und kenne die Probleme."),
    ("de", "[[A:Ich komme von der Handwerkskammer]] und wir bilden jedes Jahr Geflüchtete aus."),
    ("de", "[[A:Als Betriebsrätin]] erlebe ich, dass die Verträge oft nicht eingehalten werden."),
    ("de", "Hallo, [[P:Ernst]] hier, [[A:vom Jobcenter Duisburg]]: Die Zahlen stimmen so nicht."),
    ("de", "[[A:In meiner Funktion bei der Caritas]] habe ich viele dieser Fälle begleitet."),
    ("de", "[[A:Wir von der nigerianischen Botschaft]] haben das mehrfach angesprochen."),
    ("de", "[[A:Ich vertrete die Handwerkskammer zu Köln]] und möchte auf die Ausbildung hinweisen."),
    ("de", "[[A:Unsere Beratungsstelle in Köln]] ist völlig überlastet."),
    ("de", "[[A:Bei uns in der Ausländerbehörde]] fehlt schlicht Personal."),
    ("de", "[[P:Herr Richter]] hat die Rolle der Betriebsräte gut erklärt."),
    ("de", "[[P:Fischer]] hat recht, die Jobcenter brauchen mehr Personal."),
    ("de", "Die Folien stehen unter [[C:t.co/Ab12xyz]] bereit."),
    ("de", "Mehr dazu bei [[C:@gewerkschaft.mastodon.social]] und auf der Website."),
    ("de", "[[A:Als Integrationsbeauftragte der Stadt Köln]] kann ich das bestätigen."),
    ("de", "[[A:Ich bin Referentin im Arbeitsministerium]] und wir prüfen das gerade."),
    ("de", "[[A:Meine Abteilung im Auswärtigen Amt]] sieht das ähnlich."),
    ("de", "Die Zahlen aus [[A:der tunesischen Arbeitsagentur, bei der ich arbeite]], sind verlässlich."),
    ("de", "[[A:Im Jobcenter Duisburg erleben wir]] täglich, wie lange die Anerkennung dauert."),
    ("de", "[[P:Kerem]] und [[P:Jonas]] sehen das genauso."),
    ("de", "[[A:Ich war lange bei der Gewerkschaft ver.di]] und weiß, wie das läuft."),
    # second batch, written after the first rules
    ("en", "[[A:I'm based at the Goethe-Institut in Dakar]], so I see the language bottleneck first hand."),
    ("en", "[[A:Having worked at the IOM office in Tunis]] for six years, I doubt these figures."),
    ("en", "[[A:I sit on the works council of a large care provider]] and we see this weekly."),
    ("en", "[[A:My employer, a hospital group in Hamburg]], recruits about forty nurses a year."),
    ("en", "Hi everyone, [[A:I'm Joy from the Nigerian embassy]]; happy to answer questions."),
    ("en", "[[A:We're a small NGO working with returnees]] in Ghana."),
    ("en", "[[A:As the person responsible for visas at our consulate]], I can explain the delays."),
    ("en", "[[A:I'm one of the researchers at Bielefeld University]] who evaluated the pilot."),
    ("en", "From [[A:where I sit in the labour ministry]], the fees problem is underestimated."),
    ("en", "[[A:We, the Tunisian delegation]], ask for more scholarships."),
    ("en", "[[A:Before joining the chamber of crafts]] I ran a small bakery."),
    ("en", "[[A:In our Kumasi branch]] the waiting list is six months long."),
    ("en", "[[P:Grace]] and I ran the survey [[A:at our network's Accra office]]."),
    ("en", "Find me on [[C:linkedin.com/in/hope-mensah]] if you want the data."),
    ("de", "[[A:Seit zehn Jahren bin ich beim Roten Kreuz]] in der Rückkehrberatung."),
    ("de", "[[A:Ich bin Sozialarbeiterin bei der Diakonie in Essen]] und sehe das täglich."),
    ("de", "[[A:Wir als Wohlfahrtsverband]] fordern eine dauerhafte Finanzierung."),
    ("de", "[[A:Bei meinem Arbeitgeber, einem Pflegeheim in Hamburg]], arbeiten viele Philippinerinnen."),
    ("de", "[[A:Unser Träger in Gelsenkirchen]] bietet Sprachkurse an."),
    ("de", "[[A:Ich bin im Vorstand eines Migrantenvereins]] und wir beraten Neuankömmlinge."),
    ("de", "[[A:Als jemand, der im Jobcenter arbeitet]], sehe ich die Probleme jeden Tag."),
    ("de", "[[A:Aus meiner Erfahrung als Lehrerin an einer Berufsschule]] kann ich das bestätigen."),
    ("de", "Hallo zusammen, [[A:ich bin Olga von der Universität Bielefeld]]."),
    ("de", "[[A:Wir vom Flüchtlingsrat]] haben dazu eine Stellungnahme geschrieben."),
    ("de", "[[A:In meinem Job beim Jobcenter]] sehe ich das jeden Tag."),
    ("de", "[[A:Arbeite ich doch selbst seit Jahren in der Ausländerbehörde]], ich kenne das."),
]


def records() -> list[dict]:
    """Clean and marked contributions interleaved, ids in that order."""
    return interleaved([list(CLEAN), list(MARKED)], "d")


def main() -> None:
    write_jsonl(Path(__file__).parent / "fixtures" / "dev" / "contributions.jsonl", records())


if __name__ == "__main__":
    main()
