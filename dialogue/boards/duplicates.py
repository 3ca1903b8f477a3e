"""Likely duplicates on a board, by text similarity, for the facilitator to merge."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

# token_set_ratio scores a short post contained in a longer one high, which is what a
# moderator wants to see ("more money for training" vs "we need more money for training").
THRESHOLD = 80
LIMIT = 3


def similar(text: str, others: dict[str, str], limit: int = LIMIT,
            threshold: int = THRESHOLD) -> list[dict]:
    """The ids of ``others`` ({public_id: text}) most like ``text``, best first."""
    if not others or not text.strip():
        return []
    found = process.extract(text, others, scorer=fuzz.token_set_ratio,
                            processor=utils.default_process, limit=limit,
                            score_cutoff=threshold)
    return [{"id": key, "score": round(score)} for _text, score, key in found]
