"""The canary watch itself: it finds what is planted, short acronyms included, and does
not cry wolf at an acronym's letters inside an unrelated word."""

from __future__ import annotations

from .canary import CanaryWatch


def _leaks(*outputs: str) -> list[tuple[str, str]]:
    watch = CanaryWatch()
    watch.forbid("ZQF", "EoF", "Quagmeyer", 7)
    for number, output in enumerate(outputs):
        watch.record(f"output {number}", output)
    return watch.leaks()


def test_a_planted_acronym_is_found_as_a_word_and_only_as_a_word():
    for planted in ("ZQF", "posted by the ZQF.", "(EoF)", '{"text": "EoF says"}',
                    "line\nZQF\n", "ZQF-led", "«ZQF»", "ZQF_id"):
        assert _leaks(planted), planted
    # Inside a longer word, or in another case, the letters are something else.
    assert _leaks("ZQFX", "AZQF", "ZQF2", "zqf", "EOF at the end", "eofs", "Leoful") == []
    # Long values are found anywhere, in any case; a short number (an id) never.
    assert _leaks("by quagmeyerS", "page 7 of 7") == [("output 0", "Quagmeyer")]
