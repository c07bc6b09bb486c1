import sys
from pathlib import Path

# Test helpers (spec_tools) live beside the tests.
sys.path.insert(0, str(Path(__file__).parent))
pytest_plugins = ["beam_ai.testing.pytest_plugin"]
