"""`beam`: the command line over the client (`pip install 'beam-ai[cli]'`).

    beam agents list [--search TEXT] [--limit N]
    beam tasks run AGENT_ID "query" [--timeout S] [--answer TEXT] [--approve | --reject]
    beam tasks get TASK_ID
    beam user

Credentials come from `BEAM_API_KEY`, `BEAM_WORKSPACE_ID` and optionally `BEAM_BASE_URL`, as for
the library. `--json` prints machine-readable output. Exit codes say what went wrong; see
`ExitCode`.
"""

from ._exit import ExitCode
from ._main import main

__all__ = ["ExitCode", "main"]
