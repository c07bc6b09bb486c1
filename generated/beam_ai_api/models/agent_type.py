from enum import StrEnum


class AgentType(StrEnum):
    BEAM_OS = "beam-os"
    PRE_CONFIGURED_AGENT = "pre-configured-agent"
    USER_AGENT = "user-agent"

    def __str__(self) -> str:
        return str(self.value)
