"""The contribution statuses and their moves live in one table (models.board.TRANSITIONS):
every move the table allows works from each of its sources, every other one is refused
``wrong_state`` and leaves the item as it was."""

from __future__ import annotations

import pytest

from dialogue.boards.services import move
from dialogue.models import Contribution
from dialogue.models.board import CONTRIBUTION_STATUSES, TRANSITIONS, ContributionStatus
from dialogue.refusals import Refused


def test_the_statuses_are_the_stored_strings():
    assert CONTRIBUTION_STATUSES == ("pending", "published", "dismissed", "withdrawn",
                                     "archived", "merged")
    assert ContributionStatus("pending") == "pending"


@pytest.mark.parametrize("step", sorted(TRANSITIONS))
def test_each_step_moves_from_its_sources_and_is_refused_from_the_rest(step):
    sources, target = TRANSITIONS[step]
    for status in CONTRIBUTION_STATUSES:
        item = Contribution(text="x", status=status, spotlight=True)
        if status in sources:
            move(item, step)
            assert item.status == target
            assert item.spotlight is (target == ContributionStatus.PUBLISHED)
        else:
            with pytest.raises(Refused) as refused:
                move(item, step)
            assert refused.value.code == "wrong_state"
            assert (item.status, item.spotlight) == (status, True)


def test_nothing_leaves_withdrawn_and_only_an_undo_leaves_merged():
    for step, (sources, _target) in TRANSITIONS.items():
        assert "withdrawn" not in sources, step
        assert "merged" not in sources or step.startswith("unmerge_"), step
