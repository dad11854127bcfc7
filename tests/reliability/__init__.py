"""Exactly once (issue 11): every way found to pay twice or to lose a paid label, over real sockets.

Where each case of the issue is reproduced (labels counted at the simulator, jobs at the printer):

§1 Paying twice
- 1.1 two processes, one order; the claim operation; live and dead holders: `test_claims.py`
- 1.2 a label call Sendcloud finishes after the client gave up; the settle window; the wait in
  words (CLI and packing screen); a lead's decision: `test_unknown_outcome.py`
- 1.3 recovery that claims another attempt's parcel; the upgrade of a journal holding one parcel
  twice: `test_recovery.py`
- 1.4 unconfirmed prints never reprinted at start-up: `test_recovery.py`, and the packing window's
  list and F5 in `tests/qt/test_main_window.py`

§2 Losing a label
- 2.1 a lost answer, then one document 500 (and a document that keeps failing): `test_recovery.py`
- 2.2 one failed lookup among several unsettled attempts: `test_recovery.py`
- 2.3 `packstation reprint`, `packstation recover`, `doctor`: `test_recovery.py`

§3 Requests the spec refuses, answers the client refused (with Sendcloud's OpenAPI files)
- 3.1, 3.2 one order selector, no integration list: `tests/sendcloud/test_spec_requests.py`
- 3.3 the tolerant reader, driven by the spec's own examples: `tests/contract/test_tolerant_reader.py`
- 3.4 a simulator as strict as the spec: `tests/contract/test_simulator_strictness.py`

§4 Smaller defects
- a bad settings file at start-up: `tests/qt/test_app.py`; the printer's full stops:
  `tests/qt/test_failure_paths.py`; a reset mid-job: `tests/printing/test_printer.py`; echoed values
  and secrets: `tests/test_validation.py`; "Wait 0 seconds": `tests/sendcloud/test_faults.py`;
  what exit 5 proved: `test_unknown_outcome.py`.

The standing measurement under SIGKILL is `bench/crash_trials.py` (docs/performance.md).
"""
