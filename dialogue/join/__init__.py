"""Participants joining: invite links, the session code, walk-ins, the Rule."""
