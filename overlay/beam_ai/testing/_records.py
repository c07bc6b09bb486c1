"""NocoDB-style record querying for views: ``fields``, ``sort`` (``-`` = DESC) and ``where``."""

from __future__ import annotations

import re
from typing import Any

from ._errors import bad_request

JSON = dict[str, Any]
_CLAUSE = re.compile(r"\(([^,()]+),(eq|neq|like|gt|lt|gte|lte),([^()]*)\)")


def _matches(record: JSON, field: str, op: str, value: str) -> bool:
    actual = record.get(field)
    if op == "like":
        return value.strip("%").lower() in str(actual).lower()
    if op in ("eq", "neq"):
        equal = str(actual) == value
        return equal if op == "eq" else not equal
    try:
        left, right = float(actual), float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return {"gt": left > right, "lt": left < right, "gte": left >= right, "lte": left <= right}[op]


def apply_where(records: list[JSON], where: str | None) -> list[JSON]:
    if not where:
        return records
    parts = re.split(r"~(and|or)", where)
    clauses = parts[0::2]
    joins = parts[1::2]
    parsed = []
    for clause in clauses:
        match = _CLAUSE.fullmatch(clause.strip())
        if match is None:
            raise bad_request("where must look like (field,op,value)~and(field,op,value)")
        parsed.append(match.groups())

    def keep(record: JSON) -> bool:
        result = _matches(record, *parsed[0])
        for join, clause in zip(joins, parsed[1:], strict=True):
            current = _matches(record, *clause)
            result = (result and current) if join == "and" else (result or current)
        return result

    return [r for r in records if keep(r)]


def apply_sort(records: list[JSON], sort: str | None) -> list[JSON]:
    ordered = list(records)
    for key in reversed([k.strip() for k in (sort or "").split(",") if k.strip()]):
        field = key.lstrip("-")
        ordered.sort(
            key=lambda r: (
                (0, r[field], "") if isinstance(r.get(field), int | float) else (1, 0, str(r.get(field)))
            ),
            reverse=key.startswith("-"),
        )
    return ordered


def apply_fields(records: list[JSON], fields: str | None) -> list[JSON]:
    if not fields:
        return [dict(r) for r in records]
    wanted = {f.strip() for f in fields.split(",") if f.strip()} | {"Id"}
    return [{k: v for k, v in r.items() if k in wanted} for r in records]


def page_info(total: int, page: int, size: int) -> JSON:
    return {
        "totalRows": total,
        "page": page,
        "pageSize": size,
        "isFirstPage": page == 1,
        "isLastPage": page * size >= total,
    }
