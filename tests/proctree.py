"""The process tree below a pid, read from /proc, for tests that must find (and sometimes kill) the real child
processes a stage starts: semgrep-core under the code scanner, Chromium's renderers under the crawler. One reader
for both, so a process that exits between listing and reading is skipped the same way everywhere."""

from __future__ import annotations

import os
from pathlib import Path


def read(pid: int, name: str) -> str:
    """A /proc/<pid>/<name> file as text (NULs as spaces); empty when the process is gone."""
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = read(int(entry), "stat")
            if stat:
                kids.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    return kids


def group(pgid: int) -> list[int]:
    """The live (not zombie) members of one process group: a stage started in a session of its own with every
    process it spawned, even those reparented when their parent died. Another test's processes (the suite runs
    on two xdist workers) belong to other groups."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = read(int(entry), "stat").rsplit(")", 1)[-1].split()
            if len(fields) > 2 and fields[0] != "Z" and int(fields[2]) == pgid:
                members.append(int(entry))
    return members


def descendants(pid: int | None = None) -> list[int]:
    """Every process below pid (default: this test process), nothing else on the machine."""
    kids, out, todo = _children(), [], [os.getpid() if pid is None else pid]
    while todo:
        for child in kids.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def pss(pid: int) -> int:
    """Proportional set size in bytes: Chromium's processes share much of their memory, which RSS would count
    again for each of them."""
    for line in read(pid, "smaps_rollup").splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0
