"""One thread for the language model's matrix sums, unless the user chose otherwise.

The model's sums run on numpy's BLAS (`language.nlp.USE_BLIS`). Left to
itself, BLAS starts a thread for every core and keeps them spinning: on two
cores that made the main pass about a fifth quicker for half as much
processor time again, and with `--jobs` each worker would start its own
threads and fight the others for the same cores. So the command asks BLAS
for one thread per process. It must be said before numpy is loaded, which
the command does only when it loads the model. A user who sets one of these
variables (or OMP_NUM_THREADS) keeps their own choice.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

#: OpenBLAS (numpy's wheels on Linux and Windows), Intel's MKL, Apple's Accelerate.
VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")


def one_thread(environ: MutableMapping[str, str] = os.environ) -> None:
    """Ask BLAS for one thread, unless a thread count is already set."""
    if any(name in environ for name in (*VARIABLES, "OMP_NUM_THREADS")):
        return
    for name in VARIABLES:
        environ[name] = "1"
