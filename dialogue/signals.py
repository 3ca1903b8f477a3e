"""Signals between features that must not import each other (blinker, as Flask's own).

Each is sent with the session, after the change was committed:
- ``participant_joined``: a seat was taken (join/views.py); the boards follow it with the
  console's counts;
- ``agenda_changed``: the set-up pages changed the agenda (facilitate/views.py); the boards
  announce the new agenda to the room.

``session_closing`` is the exception: it is sent inside the closing transaction, before
the link is severed (facilitate/services.close_session), so that networking can write
its tickets from the seats that took part (networking/services.py).
"""

from __future__ import annotations

from blinker import Namespace

_signals = Namespace()

participant_joined = _signals.signal("participant-joined")
agenda_changed = _signals.signal("agenda-changed")
session_closing = _signals.signal("session-closing")
