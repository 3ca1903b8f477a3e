"""Facilitator set-up: sessions from templates, agenda, settings, invite list, close."""
