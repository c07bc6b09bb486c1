"""The API's data models, generated from openapi/beam.yaml: `from beam_ai.models import AgentTask`.

Each is an attrs class with `from_dict` / `to_dict`. Attributes read `T` where the API always sends
the field and `T | None` where it may be absent or null. Models load lazily, as in
`beam_ai_api.models`: importing this module loads none of them until one is used.
"""

from typing import TYPE_CHECKING

from beam_ai_api import models as _models

if TYPE_CHECKING:
    from beam_ai_api.models import *  # noqa: F403

__all__ = _models.__all__


def __getattr__(name: str) -> object:
    value = getattr(_models, name)  # AttributeError for a name that is not a model
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
