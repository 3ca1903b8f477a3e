"""Tests of policy options."""
