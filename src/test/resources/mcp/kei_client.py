"""Drives `kei-skill mcp` with the official MCP Python SDK client (McpServerTest runs it).

usage: kei_client.py MODE TRANSCRIPT OUT -- SERVER_COMMAND...

  replay  kei_start with the transcript's skill, intake and clock, then kei_answer with each exchange's answers
          until done; prints every tool result's text, one line each, and exits 0.
  abuse   starts the same run, then abuses the protocol (unknown tool, wrong argument types, a huge argument, no
          run, a second start); each must be an error, the server still answering and the state file unchanged.
          Prints one line per check passed; exits 1 at the first failure.
  elicit  declares elicitation (form mode) and calls kei_start once: the person (this script) fills in each form
          from the transcript's answers, an "other" field where an answer is no option; prints the done envelope,
          then every resource's name and checks that reading db/schema.sql gives the file's text.
  decline declares elicitation; declines the first form, cancels it on the second kei_start, then submits an
          invalid answer (which must come back as the same form with the engine's message) and the transcript's
          answers; prints one line per check passed.
"""

import asyncio
import json
import os
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import MCPError
import mcp_types as types


def envelope(result):
    text = result.content[0].text
    parsed = json.loads(text)
    if parsed != result.structured_content:
        raise AssertionError("text and structured content differ: %s / %s" % (text, result.structured_content))
    if result.is_error != (parsed["type"] == "error"):
        raise AssertionError("isError does not match the envelope: %s" % text)
    return text, parsed


async def replay(session, transcript, out):
    result = await session.call_tool(
        "kei_start",
        {"skill": transcript["skill"], "intake": transcript["intake"], "out": out, "clock": transcript["clock"]},
    )
    for number, exchange in enumerate(transcript["exchanges"], start=1):
        text, ask = envelope(result)
        print(text, flush=True)
        if ask["type"] != "ask" or ask["ids"] != exchange["ids"] or ask["payload"] != exchange["payload"]:
            raise AssertionError("exchange %d: the server asked %s" % (number, text))
        # a question that reads schema text says so beside the envelope, with its grammar; others add nothing
        note = result.content[1].text if len(result.content) > 1 else None
        reads_text = {"entities", "relations", "review", "irreversible"} & set(ask["ids"])
        if bool(note) != bool(reads_text):
            raise AssertionError("exchange %d: free-text note %r for %s" % (number, note, ask["ids"]))
        if note and ({"entities", "review"} & reads_text) and "contracts section 7" not in note:
            raise AssertionError("exchange %d: the note gives no schema text grammar: %s" % (number, note))
        result = await session.call_tool("kei_answer", {"answers": exchange["answers"]})
    text, done = envelope(result)
    print(text, flush=True)
    if done["type"] != "done":
        raise AssertionError("expected done, got %s" % text)


async def abuse(session, transcript, out):
    state_file = os.path.join(out, ".kei", "state.json")
    start = {"skill": transcript["skill"], "intake": transcript["intake"], "out": out, "clock": transcript["clock"]}
    first, ask = envelope(await session.call_tool("kei_start", start))
    assert ask["type"] == "ask", first
    with open(state_file, "rb") as f:
        state = f.read()

    async def still_waiting(check):
        with open(state_file, "rb") as f:
            if f.read() != state:
                raise AssertionError(check + ": the state file changed")
        text, _ = envelope(await session.call_tool("kei_status", {"out": out}))
        if text != first:
            raise AssertionError(check + ": kei_status shows " + text)
        print("ok " + check, flush=True)

    async def tool_error(check, name, arguments, code=None):
        result = await session.call_tool(name, arguments)
        if not result.is_error:
            raise AssertionError(check + ": no tool error: " + result.content[0].text[:300])
        if code is not None:
            _, error = envelope(result)
            if error["code"] != code:
                raise AssertionError(check + ": code " + error["code"] + ", expected " + code)
        await still_waiting(check)

    try:
        await session.call_tool("kei_delete_everything", {})
        raise AssertionError("unknown tool: no protocol error")
    except MCPError:
        await still_waiting("unknown tool is a protocol error")

    await tool_error("answers of the wrong type", "kei_answer", {"answers": "PostgreSQL", "out": out})
    await tool_error("an answer list where an object belongs", "kei_answer", {"answers": ["PostgreSQL"], "out": out})
    await tool_error("intake of the wrong type", "kei_start", {"intake": 42, "out": out})
    await tool_error("out of the wrong type", "kei_status", {"out": {"path": out}})
    await tool_error("an unknown argument", "kei_answer", {"answers": {"db": "PostgreSQL"}, "out": out, "x": 1})
    await tool_error("a missing argument", "kei_answer", {"out": out})
    huge = "x" * ((1 << 20) + 1)
    await tool_error("a huge answer", "kei_answer", {"answers": {"db": huge}, "out": out}, "INVALID_ANSWER")
    await tool_error("a huge intake", "kei_start", dict(start, intake=huge))
    await tool_error("an invalid answer", "kei_answer", {"answers": {"db": "Oracle"}, "out": out}, "INVALID_ANSWER")
    empty = os.path.join(out, "nothing-here")
    await tool_error("kei_answer with no run", "kei_answer", {"answers": {"db": "PostgreSQL"}, "out": empty}, "NO_RUN")
    await tool_error("kei_status with no run", "kei_status", {"out": empty}, "NO_RUN")
    if os.path.exists(empty):
        raise AssertionError("a call with no run created " + empty)
    await tool_error("a second start with another intake", "kei_start", dict(start, intake="a blog"), "STATE_MISMATCH")

    # a second kei_start of the same run resumes it: it shows the question it waits on, and changes nothing
    again, _ = envelope(await session.call_tool("kei_start", start))
    if again != first:
        raise AssertionError("a second start of the same run shows " + again)
    await still_waiting("a second start of the same run resumes it")


def form_content(params, answers):
    """The transcript's answers as the form's content: option consts, or the "other" field for free text."""
    props = params.requested_schema["properties"]
    content = {}
    for key, value in answers.items():
        field = props.get(key)
        if field is None:
            raise AssertionError("the form has no field %s: %s" % (key, sorted(props)))
        options = field.get("oneOf") or field.get("items", {}).get("anyOf", [])
        consts = [o["const"] for o in options]

        def match(label):
            for c in consts:
                if c.lower() in (label.lower(), label.lower() + " (recommended)"):
                    return c
            return None

        labels = value if isinstance(value, list) else ([value] if field["type"] == "string" else value.split(", "))
        matched = [match(label) for label in labels]
        if all(matched):
            content[key] = matched if field["type"] == "array" else matched[0]
            continue
        if key + "_other" not in props:
            raise AssertionError("free text for %s, which has no other field: %s" % (key, value))
        content[key + "_other"] = value if isinstance(value, str) else ", ".join(value)
    return content


class Person:
    """Fills in the forms kei sends: from the transcript's exchanges in turn, after any scripted refusals."""

    def __init__(self, transcript, script=()):
        self.exchanges = list(transcript["exchanges"])
        self.script = list(script)
        self.forms = []

    async def __call__(self, context, params):
        self.forms.append(params)
        if self.script:
            action = self.script.pop(0)
            if action == "invalid":
                return types.ElicitResult(action="accept", content={"db": "Oracle"})
            return types.ElicitResult(action=action)
        exchange = self.exchanges.pop(0)
        for q in exchange.get("payload", {}).get("questions", []):
            if q["question"] not in params.message:
                raise AssertionError("the form's message lacks %r: %s" % (q["question"], params.message))
        return types.ElicitResult(action="accept", content=form_content(params, exchange["answers"]))


async def elicit(session, transcript, out, person):
    start = {"skill": transcript["skill"], "intake": transcript["intake"], "out": out, "clock": transcript["clock"]}
    text, done = envelope(await session.call_tool("kei_start", start))
    print(text, flush=True)
    if done["type"] != "done":
        raise AssertionError("expected done, got %s" % text)
    if person.exchanges:
        raise AssertionError("%d exchanges were not asked" % len(person.exchanges))
    resources = (await session.list_resources()).resources
    names = sorted(r.name for r in resources)
    if names != sorted(a["path"] for a in done["artifacts"]):
        raise AssertionError("resources %s, artifacts %s" % (names, done["artifacts"]))
    for r in resources:
        print("resource " + r.name, flush=True)
        if r.name == "db/schema.sql":
            contents = (await session.read_resource(r.uri)).contents
            with open(os.path.join(out, "db", "schema.sql"), encoding="utf-8") as f:
                if contents[0].text != f.read():
                    raise AssertionError("the db/schema.sql resource is not the file")


async def decline(session, transcript, out, person):
    state_file = os.path.join(out, ".kei", "state.json")
    start = {"skill": transcript["skill"], "intake": transcript["intake"], "out": out, "clock": transcript["clock"]}
    for action in ("decline", "cancel"):
        result = await session.call_tool("kei_start", start)
        text, ask = envelope(result)
        if ask["type"] != "ask" or ask["step"] != 1:
            raise AssertionError(action + ": expected the first ask, got " + text)
        note = result.content[1].text if len(result.content) > 1 else ""
        said = {"decline": "the person declined the form", "cancel": "the person cancelled the form"}[action]
        if said not in note or "kei_answer" not in note:
            raise AssertionError(action + ": the result does not say so: " + note)
        if not os.path.exists(state_file):
            raise AssertionError(action + ": no state to resume")
        print("ok " + action + " leaves the run waiting at its question and says so", flush=True)
    with open(state_file, "rb") as f:
        state = f.read()
    status, _ = envelope(await session.call_tool("kei_status", {"out": out}))
    if status != text:
        raise AssertionError("kei_status after a cancel shows " + status)
    with open(state_file, "rb") as f:
        if f.read() != state:
            raise AssertionError("kei_status changed the state")
    # an answer the engine rejects comes back as the same form, with its message first
    text, done = envelope(await session.call_tool("kei_start", start))
    if done["type"] != "done":
        raise AssertionError("expected done after the forms, got " + text)
    rejected = person.forms[3]
    if not rejected.message.startswith("That answer was not accepted") or "db" not in rejected.requested_schema["properties"]:
        raise AssertionError("the rejected form was not asked again with the message: " + rejected.message)
    print("ok an invalid form answer is asked again with the engine's message", flush=True)
    print(text, flush=True)


async def main():
    mode, transcript_file, out = sys.argv[1:4]
    command = sys.argv[sys.argv.index("--") + 1 :]
    with open(transcript_file, encoding="utf-8") as f:
        transcript = json.load(f)
    server = StdioServerParameters(command=command[0], args=command[1:])
    person = None
    if mode in ("elicit", "decline"):
        person = Person(transcript, ["decline", "cancel", "invalid"] if mode == "decline" else [])
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write, elicitation_callback=person) as session:
            await session.initialize()
            tools = {tool.name: tool for tool in (await session.list_tools()).tools}
            if sorted(tools) != ["kei_answer", "kei_start", "kei_status"]:
                raise AssertionError("tools: %s" % sorted(tools))
            # the arguments in their declared order, the same in every run of the server
            arguments = list(tools["kei_start"].input_schema["properties"])
            if arguments != ["skill", "intake", "out", "clock", "forms"]:
                raise AssertionError("kei_start's arguments: %s" % arguments)
            if person is None:
                await {"replay": replay, "abuse": abuse}[mode](session, transcript, out)
            else:
                await {"elicit": elicit, "decline": decline}[mode](session, transcript, out, person)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except BaseException as e:  # an ExceptionGroup from the task groups: show its leaves
        leaves = [e]
        while leaves and hasattr(leaves[0], "exceptions"):
            leaves = list(leaves[0].exceptions)
        print("FAILED: %r" % (leaves[0] if leaves else e), file=sys.stderr)
        sys.exit(1)
