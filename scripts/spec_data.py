"""Ship the spec inside the generated package: `beam_ai_api/openapi.json`, read by the fake server.

Usage (run by scripts/regen.sh with the generator's Python): spec_data.py SPEC.yaml OUT.json

The fake (`beam_ai.testing`) builds a route for every operation without a hand-written one from this
copy, so an installed wheel answers exactly the spec its client was generated from. The document is
loaded with the generator's own reader (the same one gen_surface.py uses) and written with its key
order kept, one key per line, so a spec change reads as a small diff here too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from openapi_python_client import _get_document


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    document = _get_document(source=source, timeout=5)
    if not isinstance(document, dict):
        raise SystemExit(f"spec_data: cannot read {source}: {document}")
    target.write_text(
        json.dumps(document, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
