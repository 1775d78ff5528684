"""`python -m bench` runs every benchmark, each in its own process; `python -m bench <name>` one.

`--quick` runs the small versions (what CI runs as a smoke test: seconds, no timing asserts).
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time

from bench.common import ROOT, emit, table

# name -> module with `main(argv) -> int`; `python -m bench` runs them in this order.
BENCHMARKS: dict[str, str] = {
    "when": "bench.when",
    "updates": "bench.updates",
    "startup": "bench.startup",
    "burst": "bench.burst",
}
# Run by name only: they need something Wijkbot does not install.
OPTIONAL: dict[str, str] = {
    "versus-dateparser": "bench.versus_dateparser",
    "versus-mail-parser-reply": "bench.versus_mail_parser_reply",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in BENCHMARKS | OPTIONAL:
        module = importlib.import_module((BENCHMARKS | OPTIONAL)[argv[0]])
        return int(module.main(argv[1:]))
    ap = argparse.ArgumentParser(
        prog="python -m bench",
        description=f"Run every benchmark ({', '.join(BENCHMARKS)}), or one by name "
        f"(also: {', '.join(OPTIONAL)}).",
    )
    ap.add_argument("--quick", action="store_true", help="small versions, for a smoke test")
    args = ap.parse_args(argv)
    return run_all(quick=args.quick)


def run_all(*, quick: bool = False) -> int:
    """Each benchmark in a fresh process, so that start-up costs and peak RSS are its own."""
    results: dict[str, dict[str, object]] = {}
    rows: list[list[object]] = []
    failed = False
    for name in BENCHMARKS:
        print(f"==> python -m bench {name}{' --quick' if quick else ''}", flush=True)
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "bench", name, *(["--quick"] if quick else [])],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - started
        print(proc.stdout, end="", flush=True)
        lines = [line for line in proc.stdout.splitlines() if line.strip()]
        try:
            results[name] = json.loads(lines[-1]) if lines else {}
        except json.JSONDecodeError:
            results[name] = {}
        ok = proc.returncode == 0 and bool(results[name])
        failed |= not ok
        rows.append([name, "ok" if ok else f"FAILED ({proc.returncode})", round(seconds, 1)])
        print()
    table(["benchmark", "result", "seconds"], rows, title="Summary")
    emit("all", {"quick": quick, "results": results})
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
