"""Named exit codes, as semgrep's CLI names them: every command returns one of these and nothing else."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # scan done, gate passed (or no gate applied)
    GATE_FAILED = 1  # scan done, the release gate failed
    USAGE = 2  # bad arguments or configuration: nothing was scanned
    SCAN_ERROR = 3  # the scan itself failed (site unreachable, semgrep crashed); partial results written
