"""Drives `bin/kei-skill next db-change --to TARGET` in step mode to the end, as an assistant would: the current
schema from db/schema.sql, each rename question answered as the case's answers.txt says (Rename when it names a
rename, else Drop and add), a data loss confirmed, the migrations written, not applied.
Usage: diff_drive.py OUT TARGET [ANSWERS]"""
import json
import pathlib
import subprocess
import sys

out, target = sys.argv[1], sys.argv[2]
answers = pathlib.Path(sys.argv[3]) if len(sys.argv) > 3 else None
rename = answers is not None and answers.exists() and any(
    line.startswith("rename ") for line in answers.read_text().splitlines())
fixed = {"source": "db/schema.sql", "loss_ok": "Yes, delete it", "review": "Write them", "apply": "Not now"}
state = str(pathlib.Path(out) / ".kei" / "state.json")


def call(*args):
    run = subprocess.run(["bin/kei-skill", *args], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"kei-skill {' '.join(args)} exited {run.returncode}:\n{run.stdout}{run.stderr}")
    return json.loads(run.stdout)


e = call("next", "db-change", "--out", out, "--clock", "2027-01-01T09:00:00Z", "--to", target)
while e["type"] == "ask":
    chosen = {}
    for i in e["ids"]:
        chosen[i] = ("Rename" if rename else "Drop and add") if i.startswith("rename_") else fixed[i]
    e = call("answer", "--state", state, "--json", json.dumps({"answers": chosen}))
print(e["type"])
