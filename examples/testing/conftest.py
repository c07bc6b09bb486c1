"""Your project's root conftest.py: one line gives your tests the fake Beam API and clients for it."""

pytest_plugins = ["beam_ai.testing.pytest_plugin"]
