from enum import StrEnum


class TaskGrouping(StrEnum):
    AGENT = "agent"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
