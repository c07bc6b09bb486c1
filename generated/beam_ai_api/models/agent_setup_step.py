from enum import StrEnum


class AgentSetupStep(StrEnum):
    AGENT_UPDATED = "AGENT_UPDATED"
    CREATE_TASK = "CREATE_TASK"
    GENERATE_SOP = "GENERATE_SOP"
    GRAPH_GENERATION = "GRAPH_GENERATION"
    TOOL_GENERATION = "TOOL_GENERATION"
    TOOL_INTEGRATION = "TOOL_INTEGRATION"
    TOOL_MATCHING = "TOOL_MATCHING"
    UPDATE_AGENT = "UPDATE_AGENT"

    def __str__(self) -> str:
        return str(self.value)
