"""The seeded workspace: constants tests can rely on and builders for fresh copies of the data."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

JSON = dict[str, Any]

FAKE_API_KEY = "bm_key_fake_0000000000000000"
FAKE_USER_ID = "7f3c2a10-0000-4000-8000-00000000fa6e"
FAKE_WORKSPACE_ID = "3d5e8a42-0000-4000-8000-00000000f00d"
FOREIGN_WORKSPACE_ID = "9a9a9a9a-0000-4000-8000-0000000bad00"

SUPPORT_AGENT_ID = "a1000000-0000-4000-8000-000000000001"
INVOICE_AGENT_ID = "a2000000-0000-4000-8000-000000000002"
SEEDED_AGENT_IDS = (SUPPORT_AGENT_ID, INVOICE_AGENT_ID)
SEEDED_TASK_IDS = ("t1000000-0000-4000-8000-000000000001", "t1000000-0000-4000-8000-000000000002")
INPUT_WAITING_TASK_ID = "t2000000-0000-4000-8000-000000000001"
CONSENT_WAITING_TASK_ID = "t2000000-0000-4000-8000-000000000002"
SEEDED_CONTEXT_FILE_ID = "f1000000-0000-4000-8000-000000000001"
SEEDED_CONTEXT_FILE_KEY = "context_a1000000_refund-policy.pdf"
SEEDED_THREAD_ID = "th100000-0000-4000-8000-000000000001"
SUPPORT_GRAPH_ID = "g1000000-0000-4000-8000-000000000001"
INVOICE_GRAPH_ID = "g2000000-0000-4000-8000-000000000002"
SUPPORT_WEBHOOK_ID = "wh100000-0000-4000-8000-000000000001"
INVOICE_VIEW_ID = "v2000000-0000-4000-8000-000000000002"
VENDOR_VIEW_ID = "v3000000-0000-4000-8000-000000000003"
VENDOR_LINK_COLUMN_ID = "c2000000-0000-4000-8000-000000000004"

SEEDED_NODE_ID = "n1000000-0000-4000-8000-000000000001"
#: An id of the seeded workspace for each parameter or body field name that must name something that
#: exists (a new operation taking an `agentId` gets a real agent): for tests that call every operation.
SEEDED_VALUES = {
    "agentId": SUPPORT_AGENT_ID,
    "graphId": SUPPORT_GRAPH_ID,
    "agentGraphId": SUPPORT_GRAPH_ID,
    "nodeId": SEEDED_NODE_ID,
    "graphNodeId": SEEDED_NODE_ID,
    "sourceNodeId": SEEDED_NODE_ID,
    "targetNodeId": "n1000000-0000-4000-8000-000000000002",
    "taskId": SEEDED_TASK_IDS[0],
    "viewId": INVOICE_VIEW_ID,
    "columnId": VENDOR_LINK_COLUMN_ID,
    "recordId": "1",
    "edgeId": "e1000000-0000-4000-8000-000000000001",
    "toolFunctionName": "classify_ticket",
    "webhookId": SUPPORT_WEBHOOK_ID,
    "fileId": SEEDED_CONTEXT_FILE_ID,
    "fileKey": SEEDED_CONTEXT_FILE_KEY,
    "threadId": SEEDED_THREAD_ID,
    "apiKey": FAKE_API_KEY,
}

SEED_TIME = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).timestamp()


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _node(node_id: str, tool: str, tool_name: str, objective: str, position: int, *, exit_node: bool) -> JSON:
    created = iso(SEED_TIME)
    config_id = f"tc-{node_id}"
    return {
        "id": node_id,
        "customId": f"node-{position}",
        "objective": objective,
        "evaluationCriteria": [f"{tool_name} output is complete"],
        "isEntryNode": position == 1,
        "isExitNode": exit_node,
        "isEvaluationEnabled": True,
        "autoRetryWhenAccuracyLessThan": 80,
        "autoRetryLimitWhenAccuracyIsLow": 1,
        "enableAutoRetryWhenAccuracyIsLow": False,
        "enableAutoRetryWhenFailure": True,
        "autoRetryDescription": None,
        "enableAutoRetryDescription": False,
        "autoRetryCountWhenFailure": 1,
        "autoRetryWaitTimeWhenFailureInMs": 1000,
        "isAttachmentDataPulledIn": False,
        "isEdited": False,
        "createdAt": created,
        "xCoordinate": 100.0 + 300.0 * (position - 1),
        "yCoordinate": 200.0,
        "toolConfiguration": {
            "id": config_id,
            "toolFunctionName": tool,
            "toolName": tool_name,
            "requiresConsent": False,
            "isMemoryTool": False,
            "isBackgroundTool": False,
            "isBatchExecutionEnabled": False,
            "isCodeExecutionEnabled": False,
            "inputParams": [
                {
                    "id": f"in-{node_id}",
                    "paramName": "input_text",
                    "fillType": "ai_fill",
                    "agentToolConfigurationId": config_id,
                    "createdAt": created,
                    "updatedAt": created,
                    "position": 1,
                    "question": "What should be processed?",
                    "paramDescription": "Text the tool works on",
                    "required": True,
                    "dataType": "string",
                    "options": [],
                }
            ],
            "outputParams": [
                {
                    "id": f"out-{node_id}",
                    "paramName": "result",
                    "agentToolConfigurationId": config_id,
                    "dataType": "string",
                    "isArray": False,
                    "typeOptions": {"enumValues": []},
                    "createdAt": created,
                    "updatedAt": created,
                    "position": 1,
                    "paramDescription": f"Result of {tool_name}",
                    "paramPath": "result",
                    "outputExample": "ok",
                }
            ],
            "originalTool": {"prompt": f"You are the {tool_name} step.", "preferredModel": "GPT_4O"},
        },
    }


def _edge(edge_id: str, source: str, target: str) -> JSON:
    created = iso(SEED_TIME)
    return {
        "id": edge_id,
        "sourceAgentGraphNodeId": source,
        "targetAgentGraphNodeId": target,
        "condition": "",
        "isAttachmentDataPulledIn": False,
        "createdAt": created,
        "updatedAt": created,
        "conditionGroups": [],
    }


def _graph(graph_id: str, agent_id: str, nodes: list[JSON], edges: list[JSON]) -> JSON:
    return {
        "id": graph_id,
        "agentId": agent_id,
        "isActive": True,
        "isDraft": True,
        "isPublished": True,
        "publishedAt": iso(SEED_TIME),
        "isEdited": False,
        "isEverExecuted": True,
        "isEverUsedForTemplate": False,
        "nodes": nodes,
        "edges": {e["id"]: e for e in edges},
    }


def _agent(agent_id: str, name: str, description: str, order: int) -> JSON:
    return {
        "id": agent_id,
        "name": name,
        "type": "user-agent",
        "creatorId": FAKE_USER_ID,
        "order": order,
        "description": description,
        "themeIconUrl": "https://example.invalid/icons/agent.png",
        "agentCategoryId": "cat-operations",
        "category": {
            "id": "cat-operations",
            "title": "Operations",
            "publish": True,
            "createdAt": iso(SEED_TIME),
            "updatedAt": iso(SEED_TIME),
            "deletedAt": None,
        },
        "workspaceId": FAKE_WORKSPACE_ID,
        "settings": {"prompts": [], "preferredModel": "GPT_4O", "instructions": ""},
        "webhookIds": [SUPPORT_WEBHOOK_ID] if agent_id == SUPPORT_AGENT_ID else [],
    }


def seed_agents() -> dict[str, JSON]:
    return {
        SUPPORT_AGENT_ID: _agent(
            SUPPORT_AGENT_ID, "Support Triage", "Classifies tickets and drafts replies.", 1
        ),
        INVOICE_AGENT_ID: _agent(
            INVOICE_AGENT_ID, "Invoice Extractor", "Pulls fields out of supplier invoices.", 2
        ),
    }


def seed_graphs() -> dict[str, JSON]:
    s1, s2, s3 = (f"n1000000-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))
    i1, i2 = (f"n2000000-0000-4000-8000-00000000000{i}" for i in (1, 2))
    support = _graph(
        SUPPORT_GRAPH_ID,
        SUPPORT_AGENT_ID,
        [
            _node(s1, "classify_ticket", "Classify ticket", "Classify the ticket", 1, exit_node=False),
            _node(s2, "draft_reply", "Draft reply", "Draft a reply", 2, exit_node=False),
            _node(s3, "send_email", "Send email", "Send the reply", 3, exit_node=True),
        ],
        [
            _edge("e1000000-0000-4000-8000-000000000001", s1, s2),
            _edge("e1000000-0000-4000-8000-000000000002", s2, s3),
        ],
    )
    invoice = _graph(
        INVOICE_GRAPH_ID,
        INVOICE_AGENT_ID,
        [
            _node(
                i1, "extract_invoice_fields", "Extract fields", "Extract invoice fields", 1, exit_node=False
            ),
            _node(i2, "record_invoice", "Record invoice", "Record the invoice", 2, exit_node=True),
        ],
        [_edge("e2000000-0000-4000-8000-000000000001", i1, i2)],
    )
    return {SUPPORT_GRAPH_ID: support, INVOICE_GRAPH_ID: invoice}


def seed_views() -> dict[str, JSON]:
    created = iso(SEED_TIME)

    def column(col_id: str, name: str, position: int, **extra: Any) -> JSON:
        return {
            "id": col_id,
            "name": name,
            "dataType": "string",
            "paramType": "output",
            "paramName": name,
            "position": position,
            "createdAt": created,
            "updatedAt": created,
            **extra,
        }

    invoice_view: JSON = {
        "id": INVOICE_VIEW_ID,
        "agentId": INVOICE_AGENT_ID,
        "agent": {"id": INVOICE_AGENT_ID, "name": "Invoice Extractor"},
        "name": "Processed invoices",
        "description": "One row per processed invoice",
        "isActive": True,
        "createdAt": created,
        "updatedAt": created,
        "columns": [
            column("c2000000-0000-4000-8000-000000000001", "invoiceNumber", 1),
            column("c2000000-0000-4000-8000-000000000002", "vendor", 2),
            column("c2000000-0000-4000-8000-000000000003", "amount", 3, dataType="number"),
            column(
                VENDOR_LINK_COLUMN_ID,
                "vendorRecord",
                4,
                dataType="link",
                linkedAgentViewId=VENDOR_VIEW_ID,
                linkedView={"id": VENDOR_VIEW_ID, "name": "Vendors"},
                linkType="mm",
            ),
        ],
        "records": [
            {
                "Id": 1,
                "invoiceNumber": "INV-1001",
                "vendor": "Acme GmbH",
                "amount": 1200.5,
                "vendorRecord": [1],
            },
            {"Id": 2, "invoiceNumber": "INV-1002", "vendor": "Globex", "amount": 89.9, "vendorRecord": [2]},
            {
                "Id": 3,
                "invoiceNumber": "INV-1003",
                "vendor": "Acme GmbH",
                "amount": 455.0,
                "vendorRecord": [1],
            },
            {
                "Id": 4,
                "invoiceNumber": "INV-1004",
                "vendor": "Initech",
                "amount": 3020.0,
                "vendorRecord": [3],
            },
            {"Id": 5, "invoiceNumber": "INV-1005", "vendor": "Globex", "amount": 17.25, "vendorRecord": [2]},
        ],
    }
    vendor_view: JSON = {
        "id": VENDOR_VIEW_ID,
        "agentId": INVOICE_AGENT_ID,
        "agent": {"id": INVOICE_AGENT_ID, "name": "Invoice Extractor"},
        "name": "Vendors",
        "description": "Known vendors",
        "isActive": True,
        "createdAt": created,
        "updatedAt": created,
        "columns": [
            column("c3000000-0000-4000-8000-000000000001", "name", 1),
            column("c3000000-0000-4000-8000-000000000002", "country", 2),
        ],
        "records": [
            {"Id": 1, "name": "Acme GmbH", "country": "DE"},
            {"Id": 2, "name": "Globex", "country": "US"},
            {"Id": 3, "name": "Initech", "country": "US"},
        ],
    }
    return {INVOICE_VIEW_ID: invoice_view, VENDOR_VIEW_ID: vendor_view}


def seed_user() -> JSON:
    return {
        "id": FAKE_USER_ID,
        "name": "Fake User",
        "email": "fake.user@example.com",
        "avatarSrc": "",
        "featureFlags": [],
        "createdAt": iso(SEED_TIME),
        "isInternalUser": False,
        "workspaces": [
            {
                "id": FAKE_WORKSPACE_ID,
                "name": "Fake Workspace",
                "role": {"isOwner": True, "isAdmin": True},
                "creditBalance": {"totalCredits": 1000, "usedCredits": 12.5, "lastUpdatedAt": iso(SEED_TIME)},
                "createdAt": iso(SEED_TIME),
                "creatorId": FAKE_USER_ID,
            }
        ],
    }


def preferred_models() -> list[JSON]:
    return [
        {
            "id": f"model-{i}",
            "name": name,
            "value": value,
            "isDefault": i == 0,
            "workspaceGroupId": "wg-default",
            "isPremium": premium,
            "creditsCost": cost,
            "inputTokenPrice": 0.000003,
            "outputTokenPrice": 0.000015,
            "isChatEnabled": True,
            "LlmsGroup": {"name": "default"},
        }
        for i, (name, value, premium, cost) in enumerate(
            [
                ("GPT-4o", "GPT_4O", False, 1.0),
                ("Claude Sonnet 4", "BEDROCK_CLAUDE_SONNET_4", True, 2.0),
            ]
        )
    ]


def seed_context_files() -> dict[str, JSON]:
    return {
        SEEDED_CONTEXT_FILE_ID: {
            "id": SEEDED_CONTEXT_FILE_ID,
            "createdAt": iso(SEED_TIME),
            "updatedAt": iso(SEED_TIME),
            "name": "refund-policy.pdf",
            "src": f"s3://fake-beam/{SEEDED_CONTEXT_FILE_KEY}",
            "agentId": SUPPORT_AGENT_ID,
            "fileKey": SEEDED_CONTEXT_FILE_KEY,
            "uploadStatus": "uploaded",
            "uploadSource": "file_upload",
        }
    }
