"""`beam-ai`: the command line over the client (`pip install '.[cli]'`; also `python -m beam_ai`).

    beam-ai agents list [--search TEXT] [--limit N]
    beam-ai tasks run AGENT_ID "query" [--timeout S] [--answer TEXT] [--approve | --reject]
    beam-ai tasks get TASK_ID                       (a task id, or a link pasted from the app)
    beam-ai tasks list [--agent ID] [--status S] [--limit N]
    beam-ai tasks answer TASK_ID "text" | approve TASK_ID | reject TASK_ID [--yes]
    beam-ai tasks abort TASK_ID [--reason TEXT] [--yes]
    beam-ai <namespace> <method> [ARGS] [--option VALUE]   (every namespace method; JSON out)
    beam-ai user
    beam-ai batch run AGENT_ID rows.jsonl --query "Summarise: {ticket}" --out results.jsonl [--resume]
    beam-ai batch status results.jsonl
    beam-ai batch answer results.jsonl KEY "text" | --approve | --reject

The command is `beam-ai`, not `beam`: Beam's own official CLI installs `beam`.

Credentials come from `BEAM_API_KEY`, `BEAM_WORKSPACE_ID` and optionally `BEAM_BASE_URL`, as for
the library. `--json` prints machine-readable output. Exit codes say what went wrong; see
`ExitCode`.
"""

from ._exit import ExitCode
from ._main import main

__all__ = ["ExitCode", "main"]
