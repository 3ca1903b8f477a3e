"""The arithmetic of poll results and word clouds. Pure functions, no database.

The small-number rule is the project's (docs/method.md, options/results.py): a result
with fewer than k answers shows no figure at all (``too_few``: not even its n). Above k,
the counts per choice or per point of the scale are shown like a rating's distribution
(they add up to n for a single choice and a scale; no cell is hidden, so none can be
worked out). A word cloud shows a word only when at least ``WORD_MIN_PEOPLE`` people used
it: a word only one person gave stays that person's words, and is never shown. The
word counts are people per word, not a split of n, so nothing hidden follows from them.
See docs/polls.md.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from ..options.results import too_few

FREE_MAX = 60  # the longest free answer, in characters
WORD_MIN_PEOPLE = 2  # a word shows in the cloud once this many people used it
CLOUD_MAX = 40  # the most words a cloud shows
SCALE_MAX = 10

# Words that say nothing in a cloud, in both of the app's languages.
STOP_WORDS = frozenset("""
a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your
yours yourself yourselves also us get got let lot much many really
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
anderes anders auch auf aus bei bin bis bist da damit dann das dass dein deine dem den
denn der des dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein
eine einem einen einer eines einig einige er es etwas euch euer eure für gegen gewesen
hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem
ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine können könnte machen man
manche mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne
sehr sein seine selbst sich sie sind so solche soll sollte sondern sonst über um und uns
unser unter viel vom von vor war waren warst was weg weil weiter welche wenn werde
werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar
zwischen
""".split())
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def words_of(text: str) -> set[str]:
    """The words of one answer, normalised: case folded, punctuation dropped, stop words
    and one-letter words left out; each word once, so a person counts once per word."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return {word.replace("’", "'") for word in _WORD.findall(folded)
            if len(word) > 1 and word not in STOP_WORDS and not word.isdigit()}


def cloud(texts: Iterable[str], minimum: int = WORD_MIN_PEOPLE) -> list[dict]:
    """[{word, count}] where count is how many people used the word, at least
    ``minimum``; the most used first, ties in alphabetical order, at most CLOUD_MAX."""
    people: Counter[str] = Counter()
    for text in texts:
        people.update(words_of(text))
    shown = [(word, count) for word, count in people.items() if count >= minimum]
    shown.sort(key=lambda pair: (-pair[1], pair[0]))
    return [{"word": word, "count": count} for word, count in shown[:CLOUD_MAX]]


def summary(kind: str, values: Sequence[dict], keys: Sequence[str], scale_max: int,
            k: int) -> dict:
    """The figures of a poll from its counted answers' values, or no figure if n < k.

    single / multiple: ``counts`` {choice key: people}; scale: ``counts`` {"1".."max"}
    and the ``median``; words: ``words`` (the cloud). ``n`` is how many answered.
    """
    n = len(values)
    figures: dict = {"n": n, "counts": {}, "median": None, "words": []}
    if kind in ("single", "multiple"):
        chosen: Counter[str] = Counter(key for value in values
                                       for key in set(value.get("choices", ())))
        figures["counts"] = {key: chosen.get(key, 0) for key in keys}
    elif kind == "scale":
        scores = [int(value["score"]) for value in values if "score" in value]
        spread = Counter(scores)
        figures["counts"] = {str(point): spread.get(point, 0)
                             for point in range(1, scale_max + 1)}
        figures["median"] = round(float(statistics.median(scores)), 2) if scores else None
    else:
        figures["words"] = cloud(str(value.get("text", "")) for value in values)
    if n < k:  # no figure at all, not even n (options.results.too_few)
        hidden = too_few(figures)
        hidden.pop("distribution", None)
        return hidden | {"counts": {}, "words": []}
    return figures | {"too_few": False}
