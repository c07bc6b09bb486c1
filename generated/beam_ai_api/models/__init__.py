"""Contains all the data models used in inputs/outputs.

Models load lazily (PEP 562 `__getattr__`): importing this package, or one model, does not import
all of them. Custom template: openapi/templates/models_init.py.jinja.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort_task_request import AbortTaskRequest
    from .access_token_request import AccessTokenRequest
    from .active_tool import ActiveTool
    from .active_tool_list import ActiveToolList
    from .add_context_files_form import AddContextFilesForm
    from .add_edge_request import AddEdgeRequest
    from .add_node_request import AddNodeRequest
    from .agent import Agent
    from .agent_analytics import AgentAnalytics
    from .agent_category import AgentCategory
    from .agent_config import AgentConfig
    from .agent_context_feedback_result import AgentContextFeedbackResult
    from .agent_context_file import AgentContextFile
    from .agent_detail import AgentDetail
    from .agent_graph import AgentGraph
    from .agent_graph_edge import AgentGraphEdge
    from .agent_graph_lite import AgentGraphLite
    from .agent_graph_lite_node import AgentGraphLiteNode
    from .agent_graph_node import AgentGraphNode
    from .agent_graph_node_input import AgentGraphNodeInput
    from .agent_graph_response import AgentGraphResponse
    from .agent_info import AgentInfo
    from .agent_list import AgentList
    from .agent_settings import AgentSettings
    from .agent_setup_step import AgentSetupStep
    from .agent_suggestion import AgentSuggestion
    from .agent_task import AgentTask
    from .agent_task_node import AgentTaskNode
    from .agent_task_node_summary import AgentTaskNodeSummary
    from .agent_template import AgentTemplate
    from .agent_type import AgentType
    from .approve_task_request import ApproveTaskRequest
    from .chat_file import ChatFile
    from .chat_file_user import ChatFileUser
    from .complete_agent_graph_edge import CompleteAgentGraphEdge
    from .complete_agent_graph_node import CompleteAgentGraphNode
    from .complete_agent_graph_request import CompleteAgentGraphRequest
    from .complete_agent_graph_settings import CompleteAgentGraphSettings
    from .complete_edge_condition_group import CompleteEdgeConditionGroup
    from .complete_edge_condition_rule import CompleteEdgeConditionRule
    from .complete_input_param import CompleteInputParam
    from .complete_tool_configuration import CompleteToolConfiguration
    from .condition_group_update import ConditionGroupUpdate
    from .condition_rule_update import ConditionRuleUpdate
    from .context_feedback_request import ContextFeedbackRequest
    from .context_file_download_link import ContextFileDownloadLink
    from .create_agent_request import CreateAgentRequest
    from .create_task_request import CreateTaskRequest
    from .create_trigger_request import CreateTriggerRequest
    from .create_view_request import CreateViewRequest
    from .create_webhook_request import CreateWebhookRequest
    from .created_agent_graph import CreatedAgentGraph
    from .created_custom_integration import CreatedCustomIntegration
    from .created_task import CreatedTask
    from .created_trigger import CreatedTrigger
    from .created_view import CreatedView
    from .created_view_column import CreatedViewColumn
    from .credit_balance import CreditBalance
    from .custom_integration_request import CustomIntegrationRequest
    from .daily_task_metrics import DailyTaskMetrics
    from .delete_agent_tools_request import DeleteAgentToolsRequest
    from .edge_condition_group import EdgeConditionGroup
    from .edge_condition_rule import EdgeConditionRule
    from .edge_evaluation import EdgeEvaluation
    from .encoded_context_file import EncodedContextFile
    from .error_response import ErrorResponse
    from .export_analytics_request import ExportAnalyticsRequest
    from .export_view_request import ExportViewRequest
    from .external_file_urls import ExternalFileUrls
    from .feature_flag import FeatureFlag
    from .food_for_thought import FoodForThought
    from .generated_graph import GeneratedGraph
    from .generated_graph_edge import GeneratedGraphEdge
    from .generated_graph_node import GeneratedGraphNode
    from .input_param import InputParam
    from .input_param_write import InputParamWrite
    from .issue_action_request import IssueActionRequest
    from .latest_executions import LatestExecutions
    from .learning_issue import LearningIssue
    from .link_match_column import LinkMatchColumn
    from .link_params import LinkParams
    from .linked_view import LinkedView
    from .merge_issues_request import MergeIssuesRequest
    from .metrics_delta import MetricsDelta
    from .minimal_agent_graph_node import MinimalAgentGraphNode
    from .minimal_agent_task import MinimalAgentTask
    from .move_context_file_request import MoveContextFileRequest
    from .node_condition import NodeCondition
    from .node_condition_group import NodeConditionGroup
    from .node_configurations import NodeConfigurations
    from .node_evaluation import NodeEvaluation
    from .optimize_tool_request import OptimizeToolRequest
    from .output_param import OutputParam
    from .output_param_type_options import OutputParamTypeOptions
    from .output_param_write import OutputParamWrite
    from .page_info import PageInfo
    from .param_option import ParamOption
    from .period_metrics import PeriodMetrics
    from .preferred_model import PreferredModel
    from .rate_task_output_request import RateTaskOutputRequest
    from .records_page import RecordsPage
    from .refresh_token_request import RefreshTokenRequest
    from .reject_job_request import RejectJobRequest
    from .reject_task_request import RejectTaskRequest
    from .remove_connection_request import RemoveConnectionRequest
    from .reoptimize_job_request import ReoptimizeJobRequest
    from .retry_task_request import RetryTaskRequest
    from .sample_task import SampleTask
    from .set_default_connection_request import SetDefaultConnectionRequest
    from .setup_agent import SetupAgent
    from .setup_agent_response import SetupAgentResponse
    from .setup_feedback_step import SetupFeedbackStep
    from .setup_session import SetupSession
    from .setup_step_request import SetupStepRequest
    from .setup_step_result import SetupStepResult
    from .sort_direction import SortDirection
    from .step_feedback_request import StepFeedbackRequest
    from .submit_feedback_request import SubmitFeedbackRequest
    from .submit_user_input_request import SubmitUserInputRequest
    from .task_feedback_request import TaskFeedbackRequest
    from .task_feedback_result import TaskFeedbackResult
    from .task_group import TaskGroup
    from .task_group_list import TaskGroupList
    from .task_grouping import TaskGrouping
    from .task_neighbours import TaskNeighbours
    from .task_node_feedback import TaskNodeFeedback
    from .task_node_feedback_per_key import TaskNodeFeedbackPerKey
    from .task_node_input_value import TaskNodeInputValue
    from .task_node_list import TaskNodeList
    from .task_node_output import TaskNodeOutput
    from .task_node_parent_task import TaskNodeParentTask
    from .task_node_tool_data import TaskNodeToolData
    from .task_query import TaskQuery
    from .task_ref import TaskRef
    from .task_ref_agent_graph import TaskRefAgentGraph
    from .task_template import TaskTemplate
    from .task_template_category import TaskTemplateCategory
    from .task_template_step import TaskTemplateStep
    from .test_node_request import TestNodeRequest
    from .toggle_trigger_request import ToggleTriggerRequest
    from .token_credential_request import TokenCredentialRequest
    from .token_pair import TokenPair
    from .tool_configuration import ToolConfiguration
    from .tool_configuration_input import ToolConfigurationInput
    from .tool_configuration_update import ToolConfigurationUpdate
    from .tool_optimization_thread import ToolOptimizationThread
    from .transcribe_audio_form import TranscribeAudioForm
    from .tuner_config import TunerConfig
    from .tuner_config_update import TunerConfigUpdate
    from .update_agent_request import UpdateAgentRequest
    from .update_connection_request import UpdateConnectionRequest
    from .update_edge_request import UpdateEdgeRequest
    from .update_node_params_request import UpdateNodeParamsRequest
    from .update_node_prompt_request import UpdateNodePromptRequest
    from .update_node_request import UpdateNodeRequest
    from .update_trigger_request import UpdateTriggerRequest
    from .updated_agent_graph import UpdatedAgentGraph
    from .upload_context_file_form import UploadContextFileForm
    from .upload_setup_files_form import UploadSetupFilesForm
    from .user import User
    from .user_input_answer import UserInputAnswer
    from .user_question import UserQuestion
    from .view import View
    from .view_column import ViewColumn
    from .view_column_request import ViewColumnRequest
    from .view_column_update import ViewColumnUpdate
    from .view_list import ViewList
    from .webhook_trigger_form import WebhookTriggerForm
    from .workspace import Workspace
    from .workspace_agent import WorkspaceAgent
    from .workspace_role import WorkspaceRole

_MODULE_OF = {
    "AbortTaskRequest": ".abort_task_request",
    "AccessTokenRequest": ".access_token_request",
    "ActiveTool": ".active_tool",
    "ActiveToolList": ".active_tool_list",
    "AddContextFilesForm": ".add_context_files_form",
    "AddEdgeRequest": ".add_edge_request",
    "AddNodeRequest": ".add_node_request",
    "Agent": ".agent",
    "AgentAnalytics": ".agent_analytics",
    "AgentCategory": ".agent_category",
    "AgentConfig": ".agent_config",
    "AgentContextFeedbackResult": ".agent_context_feedback_result",
    "AgentContextFile": ".agent_context_file",
    "AgentDetail": ".agent_detail",
    "AgentGraph": ".agent_graph",
    "AgentGraphEdge": ".agent_graph_edge",
    "AgentGraphLite": ".agent_graph_lite",
    "AgentGraphLiteNode": ".agent_graph_lite_node",
    "AgentGraphNode": ".agent_graph_node",
    "AgentGraphNodeInput": ".agent_graph_node_input",
    "AgentGraphResponse": ".agent_graph_response",
    "AgentInfo": ".agent_info",
    "AgentList": ".agent_list",
    "AgentSettings": ".agent_settings",
    "AgentSetupStep": ".agent_setup_step",
    "AgentSuggestion": ".agent_suggestion",
    "AgentTask": ".agent_task",
    "AgentTaskNode": ".agent_task_node",
    "AgentTaskNodeSummary": ".agent_task_node_summary",
    "AgentTemplate": ".agent_template",
    "AgentType": ".agent_type",
    "ApproveTaskRequest": ".approve_task_request",
    "ChatFile": ".chat_file",
    "ChatFileUser": ".chat_file_user",
    "CompleteAgentGraphEdge": ".complete_agent_graph_edge",
    "CompleteAgentGraphNode": ".complete_agent_graph_node",
    "CompleteAgentGraphRequest": ".complete_agent_graph_request",
    "CompleteAgentGraphSettings": ".complete_agent_graph_settings",
    "CompleteEdgeConditionGroup": ".complete_edge_condition_group",
    "CompleteEdgeConditionRule": ".complete_edge_condition_rule",
    "CompleteInputParam": ".complete_input_param",
    "CompleteToolConfiguration": ".complete_tool_configuration",
    "ConditionGroupUpdate": ".condition_group_update",
    "ConditionRuleUpdate": ".condition_rule_update",
    "ContextFeedbackRequest": ".context_feedback_request",
    "ContextFileDownloadLink": ".context_file_download_link",
    "CreateAgentRequest": ".create_agent_request",
    "CreateTaskRequest": ".create_task_request",
    "CreateTriggerRequest": ".create_trigger_request",
    "CreateViewRequest": ".create_view_request",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreatedAgentGraph": ".created_agent_graph",
    "CreatedCustomIntegration": ".created_custom_integration",
    "CreatedTask": ".created_task",
    "CreatedTrigger": ".created_trigger",
    "CreatedView": ".created_view",
    "CreatedViewColumn": ".created_view_column",
    "CreditBalance": ".credit_balance",
    "CustomIntegrationRequest": ".custom_integration_request",
    "DailyTaskMetrics": ".daily_task_metrics",
    "DeleteAgentToolsRequest": ".delete_agent_tools_request",
    "EdgeConditionGroup": ".edge_condition_group",
    "EdgeConditionRule": ".edge_condition_rule",
    "EdgeEvaluation": ".edge_evaluation",
    "EncodedContextFile": ".encoded_context_file",
    "ErrorResponse": ".error_response",
    "ExportAnalyticsRequest": ".export_analytics_request",
    "ExportViewRequest": ".export_view_request",
    "ExternalFileUrls": ".external_file_urls",
    "FeatureFlag": ".feature_flag",
    "FoodForThought": ".food_for_thought",
    "GeneratedGraph": ".generated_graph",
    "GeneratedGraphEdge": ".generated_graph_edge",
    "GeneratedGraphNode": ".generated_graph_node",
    "InputParam": ".input_param",
    "InputParamWrite": ".input_param_write",
    "IssueActionRequest": ".issue_action_request",
    "LatestExecutions": ".latest_executions",
    "LearningIssue": ".learning_issue",
    "LinkMatchColumn": ".link_match_column",
    "LinkParams": ".link_params",
    "LinkedView": ".linked_view",
    "MergeIssuesRequest": ".merge_issues_request",
    "MetricsDelta": ".metrics_delta",
    "MinimalAgentGraphNode": ".minimal_agent_graph_node",
    "MinimalAgentTask": ".minimal_agent_task",
    "MoveContextFileRequest": ".move_context_file_request",
    "NodeCondition": ".node_condition",
    "NodeConditionGroup": ".node_condition_group",
    "NodeConfigurations": ".node_configurations",
    "NodeEvaluation": ".node_evaluation",
    "OptimizeToolRequest": ".optimize_tool_request",
    "OutputParam": ".output_param",
    "OutputParamTypeOptions": ".output_param_type_options",
    "OutputParamWrite": ".output_param_write",
    "PageInfo": ".page_info",
    "ParamOption": ".param_option",
    "PeriodMetrics": ".period_metrics",
    "PreferredModel": ".preferred_model",
    "RateTaskOutputRequest": ".rate_task_output_request",
    "RecordsPage": ".records_page",
    "RefreshTokenRequest": ".refresh_token_request",
    "RejectJobRequest": ".reject_job_request",
    "RejectTaskRequest": ".reject_task_request",
    "RemoveConnectionRequest": ".remove_connection_request",
    "ReoptimizeJobRequest": ".reoptimize_job_request",
    "RetryTaskRequest": ".retry_task_request",
    "SampleTask": ".sample_task",
    "SetDefaultConnectionRequest": ".set_default_connection_request",
    "SetupAgent": ".setup_agent",
    "SetupAgentResponse": ".setup_agent_response",
    "SetupFeedbackStep": ".setup_feedback_step",
    "SetupSession": ".setup_session",
    "SetupStepRequest": ".setup_step_request",
    "SetupStepResult": ".setup_step_result",
    "SortDirection": ".sort_direction",
    "StepFeedbackRequest": ".step_feedback_request",
    "SubmitFeedbackRequest": ".submit_feedback_request",
    "SubmitUserInputRequest": ".submit_user_input_request",
    "TaskFeedbackRequest": ".task_feedback_request",
    "TaskFeedbackResult": ".task_feedback_result",
    "TaskGroup": ".task_group",
    "TaskGroupList": ".task_group_list",
    "TaskGrouping": ".task_grouping",
    "TaskNeighbours": ".task_neighbours",
    "TaskNodeFeedback": ".task_node_feedback",
    "TaskNodeFeedbackPerKey": ".task_node_feedback_per_key",
    "TaskNodeInputValue": ".task_node_input_value",
    "TaskNodeList": ".task_node_list",
    "TaskNodeOutput": ".task_node_output",
    "TaskNodeParentTask": ".task_node_parent_task",
    "TaskNodeToolData": ".task_node_tool_data",
    "TaskQuery": ".task_query",
    "TaskRef": ".task_ref",
    "TaskRefAgentGraph": ".task_ref_agent_graph",
    "TaskTemplate": ".task_template",
    "TaskTemplateCategory": ".task_template_category",
    "TaskTemplateStep": ".task_template_step",
    "TestNodeRequest": ".test_node_request",
    "ToggleTriggerRequest": ".toggle_trigger_request",
    "TokenCredentialRequest": ".token_credential_request",
    "TokenPair": ".token_pair",
    "ToolConfiguration": ".tool_configuration",
    "ToolConfigurationInput": ".tool_configuration_input",
    "ToolConfigurationUpdate": ".tool_configuration_update",
    "ToolOptimizationThread": ".tool_optimization_thread",
    "TranscribeAudioForm": ".transcribe_audio_form",
    "TunerConfig": ".tuner_config",
    "TunerConfigUpdate": ".tuner_config_update",
    "UpdateAgentRequest": ".update_agent_request",
    "UpdateConnectionRequest": ".update_connection_request",
    "UpdateEdgeRequest": ".update_edge_request",
    "UpdateNodeParamsRequest": ".update_node_params_request",
    "UpdateNodePromptRequest": ".update_node_prompt_request",
    "UpdateNodeRequest": ".update_node_request",
    "UpdateTriggerRequest": ".update_trigger_request",
    "UpdatedAgentGraph": ".updated_agent_graph",
    "UploadContextFileForm": ".upload_context_file_form",
    "UploadSetupFilesForm": ".upload_setup_files_form",
    "User": ".user",
    "UserInputAnswer": ".user_input_answer",
    "UserQuestion": ".user_question",
    "View": ".view",
    "ViewColumn": ".view_column",
    "ViewColumnRequest": ".view_column_request",
    "ViewColumnUpdate": ".view_column_update",
    "ViewList": ".view_list",
    "WebhookTriggerForm": ".webhook_trigger_form",
    "Workspace": ".workspace",
    "WorkspaceAgent": ".workspace_agent",
    "WorkspaceRole": ".workspace_role",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AbortTaskRequest",
    "AccessTokenRequest",
    "ActiveTool",
    "ActiveToolList",
    "AddContextFilesForm",
    "AddEdgeRequest",
    "AddNodeRequest",
    "Agent",
    "AgentAnalytics",
    "AgentCategory",
    "AgentConfig",
    "AgentContextFeedbackResult",
    "AgentContextFile",
    "AgentDetail",
    "AgentGraph",
    "AgentGraphEdge",
    "AgentGraphLite",
    "AgentGraphLiteNode",
    "AgentGraphNode",
    "AgentGraphNodeInput",
    "AgentGraphResponse",
    "AgentInfo",
    "AgentList",
    "AgentSettings",
    "AgentSetupStep",
    "AgentSuggestion",
    "AgentTask",
    "AgentTaskNode",
    "AgentTaskNodeSummary",
    "AgentTemplate",
    "AgentType",
    "ApproveTaskRequest",
    "ChatFile",
    "ChatFileUser",
    "CompleteAgentGraphEdge",
    "CompleteAgentGraphNode",
    "CompleteAgentGraphRequest",
    "CompleteAgentGraphSettings",
    "CompleteEdgeConditionGroup",
    "CompleteEdgeConditionRule",
    "CompleteInputParam",
    "CompleteToolConfiguration",
    "ConditionGroupUpdate",
    "ConditionRuleUpdate",
    "ContextFeedbackRequest",
    "ContextFileDownloadLink",
    "CreateAgentRequest",
    "CreateTaskRequest",
    "CreateTriggerRequest",
    "CreateViewRequest",
    "CreateWebhookRequest",
    "CreatedAgentGraph",
    "CreatedCustomIntegration",
    "CreatedTask",
    "CreatedTrigger",
    "CreatedView",
    "CreatedViewColumn",
    "CreditBalance",
    "CustomIntegrationRequest",
    "DailyTaskMetrics",
    "DeleteAgentToolsRequest",
    "EdgeConditionGroup",
    "EdgeConditionRule",
    "EdgeEvaluation",
    "EncodedContextFile",
    "ErrorResponse",
    "ExportAnalyticsRequest",
    "ExportViewRequest",
    "ExternalFileUrls",
    "FeatureFlag",
    "FoodForThought",
    "GeneratedGraph",
    "GeneratedGraphEdge",
    "GeneratedGraphNode",
    "InputParam",
    "InputParamWrite",
    "IssueActionRequest",
    "LatestExecutions",
    "LearningIssue",
    "LinkMatchColumn",
    "LinkParams",
    "LinkedView",
    "MergeIssuesRequest",
    "MetricsDelta",
    "MinimalAgentGraphNode",
    "MinimalAgentTask",
    "MoveContextFileRequest",
    "NodeCondition",
    "NodeConditionGroup",
    "NodeConfigurations",
    "NodeEvaluation",
    "OptimizeToolRequest",
    "OutputParam",
    "OutputParamTypeOptions",
    "OutputParamWrite",
    "PageInfo",
    "ParamOption",
    "PeriodMetrics",
    "PreferredModel",
    "RateTaskOutputRequest",
    "RecordsPage",
    "RefreshTokenRequest",
    "RejectJobRequest",
    "RejectTaskRequest",
    "RemoveConnectionRequest",
    "ReoptimizeJobRequest",
    "RetryTaskRequest",
    "SampleTask",
    "SetDefaultConnectionRequest",
    "SetupAgent",
    "SetupAgentResponse",
    "SetupFeedbackStep",
    "SetupSession",
    "SetupStepRequest",
    "SetupStepResult",
    "SortDirection",
    "StepFeedbackRequest",
    "SubmitFeedbackRequest",
    "SubmitUserInputRequest",
    "TaskFeedbackRequest",
    "TaskFeedbackResult",
    "TaskGroup",
    "TaskGroupList",
    "TaskGrouping",
    "TaskNeighbours",
    "TaskNodeFeedback",
    "TaskNodeFeedbackPerKey",
    "TaskNodeInputValue",
    "TaskNodeList",
    "TaskNodeOutput",
    "TaskNodeParentTask",
    "TaskNodeToolData",
    "TaskQuery",
    "TaskRef",
    "TaskRefAgentGraph",
    "TaskTemplate",
    "TaskTemplateCategory",
    "TaskTemplateStep",
    "TestNodeRequest",
    "ToggleTriggerRequest",
    "TokenCredentialRequest",
    "TokenPair",
    "ToolConfiguration",
    "ToolConfigurationInput",
    "ToolConfigurationUpdate",
    "ToolOptimizationThread",
    "TranscribeAudioForm",
    "TunerConfig",
    "TunerConfigUpdate",
    "UpdateAgentRequest",
    "UpdateConnectionRequest",
    "UpdateEdgeRequest",
    "UpdateNodeParamsRequest",
    "UpdateNodePromptRequest",
    "UpdateNodeRequest",
    "UpdateTriggerRequest",
    "UpdatedAgentGraph",
    "UploadContextFileForm",
    "UploadSetupFilesForm",
    "User",
    "UserInputAnswer",
    "UserQuestion",
    "View",
    "ViewColumn",
    "ViewColumnRequest",
    "ViewColumnUpdate",
    "ViewList",
    "WebhookTriggerForm",
    "Workspace",
    "WorkspaceAgent",
    "WorkspaceRole",
)
