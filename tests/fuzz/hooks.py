"""Schemathesis hooks of the API fuzz test (tests/e2e/fuzz.rs): one check the built-in ones lack.

A request that is valid by the OpenAPI document may still be refused 422 for a rule a JSON
Schema cannot state (the database, the clock, the chapter's settings or another field decide):
the document lists those fields per operation, on its 422 answer, under
`x-rules-beyond-schema`. `schemathesis.toml` lets `positive_data_acceptance` take a 422; this
check takes it only for those fields, so every other refusal of valid data still fails the run.
"""

import json

import schemathesis
from schemathesis.specs.openapi.checks import is_unexpected_http_status_case


@schemathesis.check
def refused_only_by_rules_beyond_schema(ctx, response, case):
    """A schema-valid request answered 422 names only fields the schema cannot judge."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    if is_unexpected_http_status_case(case):
        return None
    answer = case.operation.definition.raw.get("responses", {}).get("422", {})
    beyond = set(answer.get("x-rules-beyond-schema", []))
    try:
        fields = set(json.loads(response.content)["error"]["fields"])
    except (ValueError, KeyError, TypeError):
        raise AssertionError("A 422 answer without `error.fields`")
    refused = sorted(fields - beyond)
    if refused:
        raise AssertionError(
            f"Schema-valid data refused for {', '.join(refused)}: the document allows what the server refuses "
            f"(rules beyond the schema here: {', '.join(sorted(beyond)) or 'none'})"
        )
    return None
