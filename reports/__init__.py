"""The report engine: verdicts from a ScanResult, the release gate, and every output format."""
