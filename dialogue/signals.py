"""Signals between features that must not import each other (blinker, as Flask's own).

``participant_joined`` is sent with the session after a seat was taken and committed
(join/views.py); the boards follow it with the console's counts.
"""

from __future__ import annotations

from blinker import Namespace

_signals = Namespace()

participant_joined = _signals.signal("participant-joined")
