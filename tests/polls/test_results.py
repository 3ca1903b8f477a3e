"""The arithmetic of poll figures and word clouds (dialogue/polls/results.py)."""

from __future__ import annotations

from dialogue.polls.results import CLOUD_MAX, cloud, summary, words_of


def test_words_are_case_folded_without_punctuation_or_stop_words_in_both_languages():
    assert words_of("Trust, TRUST and the trust!") == {"trust"}
    assert words_of("Das Vertrauen und die Zeit.") == {"vertrauen", "zeit"}
    assert words_of("co-operation; e-mail? x 2026") == {"co-operation", "e-mail"}


def test_a_word_shows_only_once_two_people_used_it_and_counts_people_not_repeats():
    words = cloud(["trust trust trust", "trust time", "money", "time"])
    assert words == [{"word": "time", "count": 2}, {"word": "trust", "count": 2}]
    assert all(entry["word"] != "money" for entry in words)


def test_the_cloud_is_capped_most_used_first():
    texts = [f"w{n:02d}a" for n in range(60)] * 2 + ["common"] * 5
    words = cloud(texts)
    assert len(words) == CLOUD_MAX
    assert words[0] == {"word": "common", "count": 5}


def test_fewer_than_k_answers_show_no_figure_at_all_not_even_n():
    values = [{"choices": ["c1"]}, {"choices": ["c2"]}]
    hidden = summary("single", values, ["c1", "c2"], 5, k=3)
    assert hidden["too_few"] is True
    assert hidden["n"] is None and hidden["counts"] == {} and hidden["words"] == []
    shown = summary("single", [*values, {"choices": ["c1"]}], ["c1", "c2", "c3"], 5, k=3)
    assert shown == {"n": 3, "counts": {"c1": 2, "c2": 1, "c3": 0}, "median": None,
                     "words": [], "too_few": False}


def test_multiple_choice_counts_people_per_choice_and_a_scale_has_its_median():
    multiple = summary("multiple", [{"choices": ["c1", "c2"]}, {"choices": ["c2"]},
                                    {"choices": ["c2", "c2"]}], ["c1", "c2"], 5, k=3)
    assert multiple["counts"] == {"c1": 1, "c2": 3} and multiple["n"] == 3
    scale = summary("scale", [{"score": 1}, {"score": 4}, {"score": 4}, {"score": 5}],
                    [], 5, k=3)
    assert scale["counts"] == {"1": 1, "2": 0, "3": 0, "4": 2, "5": 1}
    assert scale["median"] == 4.0


def test_a_word_cloud_of_too_few_answers_shows_no_word():
    hidden = summary("words", [{"text": "trust"}, {"text": "trust"}], [], 5, k=3)
    assert hidden["too_few"] is True and hidden["words"] == []
