"""Real time over Socket.IO: rooms, sequenced delta events, replay, coalesced tallies.

``broadcast`` is the only module that emits; ``events`` holds the thin handlers.
"""
