from enum import StrEnum


class SetupFeedbackStep(StrEnum):
    CONNECT_INTEGRATIONS = "CONNECT_INTEGRATIONS"
    GRAPH_GENERATION = "GRAPH_GENERATION"
    SOP_GENERATION = "SOP_GENERATION"
    TOOL_GENERATION = "TOOL_GENERATION"
    TOOL_MATCHING = "TOOL_MATCHING"

    def __str__(self) -> str:
        return str(self.value)
