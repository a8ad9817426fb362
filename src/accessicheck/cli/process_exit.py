"""End the `accessicheck` process as soon as its work is done.

When Python ends normally it frees every object it made, one by one: the
language model's tables, the word lists, the loaded modules. For a check of
one paper that took about 0.2 to 0.3 seconds, about a tenth of the whole
run, and nobody is waiting for it: the operating system takes the memory
back at once. So `run` flushes the output, runs the exit handlers (which
remove temporary folders and close logs) and then ends the process
directly with the command's exit code. Under a profiler or a debugger it
ends the usual way, so that they can write what they found.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys


def run() -> None:
    """Run the `accessicheck` command, then end the process without tidying up memory."""
    from .blas_threads import one_thread
    from .collector import fewer_collections

    one_thread()  # before numpy is loaded
    fewer_collections()
    from .commands import main

    try:
        main()  # click's standalone mode: it always ends in SystemExit
    except SystemExit as done:
        code = exit_code(done.code)
    else:  # pragma: no cover - click always raises SystemExit
        code = 0
    if sys.getprofile() is not None or sys.gettrace() is not None:
        # A profiler or debugger (`python -m cProfile -m accessicheck`) writes its
        # results after the program ends: end the usual way, so it can.
        raise SystemExit(code)
    atexit._run_exitfuncs()  # temporary folders, logging, multiprocessing
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`)
            stream.flush()
    os._exit(code)


def exit_code(code: object) -> int:
    """The process exit code for `SystemExit(code)`, as Python itself would choose it."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    with contextlib.suppress(OSError, ValueError):
        print(code, file=sys.stderr)  # Python prints a message given to SystemExit
    return 1
