"""Drives `kei-skill mcp` with the official MCP Python SDK client (McpServerTest runs it).

usage: kei_client.py MODE TRANSCRIPT OUT -- SERVER_COMMAND...

  replay  kei_start with the transcript's skill, intake and clock, then kei_answer with each exchange's answers
          until done; prints every tool result's text, one line each, and exits 0.
  abuse   starts the same run, then abuses the protocol (unknown tool, wrong argument types, a huge argument, no
          run, a second start); each must be an error, the server still answering and the state file unchanged.
          Prints one line per check passed; exits 1 at the first failure.
"""

import asyncio
import json
import os
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import MCPError


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


async def main():
    mode, transcript_file, out = sys.argv[1:4]
    command = sys.argv[sys.argv.index("--") + 1 :]
    with open(transcript_file, encoding="utf-8") as f:
        transcript = json.load(f)
    server = StdioServerParameters(command=command[0], args=command[1:])
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            names = sorted(tool.name for tool in (await session.list_tools()).tools)
            if names != ["kei_answer", "kei_start", "kei_status"]:
                raise AssertionError("tools: %s" % names)
            await {"replay": replay, "abuse": abuse}[mode](session, transcript, out)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except BaseException as e:  # an ExceptionGroup from the task groups: show its leaves
        leaves = [e]
        while leaves and hasattr(leaves[0], "exceptions"):
            leaves = list(leaves[0].exceptions)
        print("FAILED: %r" % (leaves[0] if leaves else e), file=sys.stderr)
        sys.exit(1)
