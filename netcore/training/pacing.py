"""How long the compiled calls take, and so how much each call should do; and the trial that
decides whether XLA is faster for this network on this machine.

Times are kept per mode (with or without XLA) and per kind of call ("train" steps, "val"
steps, whole "epochs"); a mode's first call of a kind compiles and is not counted.
"""

from __future__ import annotations

import statistics

#: A call's length: each ends in a sync with Python (the step count, the metrics, the events),
#: measured at 7.5 % of LeNet's CPU time with 30 ms calls (perf); 100 ms still answers a pause
#: or a stop faster than a student's eye follows.
TARGET_CALL_SECONDS = 0.1
#: A call's length while weight snapshots are asked for (a live picture redraws from them, and
#: they are taken between calls): up to 40 pictures a second.
LIVE_CALL_SECONDS = 0.025
TRIAL_CALLS = 3  # warm calls measured in each mode before choosing
MARGIN = 1.15  # XLA stays unless it is slower than this factor


class Pacing:
    """Measured seconds per step (or per epoch) and the XLA trial.

    Args:
        steps: The run's ``CompiledSteps`` (its ``xla``/``use_xla`` are the mode, its
            ``xla_plan`` says whether to try XLA, ``xla_ready`` when XLA is compiled).
        target: Seconds one call should take.
        decided: Called with (XLA kept, XLA's speed-up) when a trial ends, to remember it.
    """

    def __init__(self, steps, target: float = TARGET_CALL_SECONDS, decided=None):
        self.s = steps
        self.target = target
        self.decided = decided or getattr(steps, "on_decided", None)
        self._alternating = False
        self._per: dict[tuple[bool, str], float] = {}
        self._warm: set[tuple[bool, str]] = set()
        self._samples: dict[bool, list[float]] = {True: [], False: []}
        plan = getattr(steps, "xla_plan", "try")
        self.trial = plan == "try" and steps.xla_possible  # choosing between XLA and not
        self._switch = plan == "on"  # remembered faster: take XLA as soon as it is compiled
        self.choice = ""  # the outcome in words, once made

    # ----------------------------------------------------------------- reading

    def per(self, kind: str) -> float | None:
        """Seconds per unit (step or epoch) of this kind in the current mode, once measured."""
        return self._per.get((self.s.xla, kind))

    def warm(self, kind: str) -> bool:
        return (self.s.xla, kind) in self._warm

    def steps_per_call(self, kind: str) -> int:
        per = self.per(kind)
        if per is None or not self.warm(kind):
            return 1  # the first call compiles; the second measures
        return max(1, int(self.target / max(per, 1e-7)))

    def epoch_seconds(self) -> float | None:
        """An epoch's expected seconds in the current mode (None: not known yet)."""
        whole = self.per("epochs")
        if whole is not None:
            return whole
        train = self.per("train")
        if train is None:
            return None
        if self.s.n_val and self.per("val") is None:
            return None
        return train * self.s.steps + (self.per("val") or 0.0) * self.s.val_steps

    # ----------------------------------------------------------------- recording

    def record(self, kind: str, seconds: float, units: int, cpu: float | None = None) -> None:
        """A call of ``kind`` did ``units`` steps (or epochs) in ``seconds``, using ``cpu``
        seconds of the process's processor time (all its threads).

        The trial compares processor time when it is known: on a machine shared with other
        programs the wall time of a call mostly says how long it waited for a core (measured:
        with five programs' worth of load on two cores, XLA was once judged 1.6x slower by wall
        time where it trains 10-20x faster), while the work a call needs does not change. A
        mode that keeps two cores busy counts half its processor time (``_side_by_side``)."""
        key = (self.s.xla, kind)
        if key in self._warm and units:
            per = seconds / units
            old = self._per.get(key)
            self._per[key] = per if old is None else 0.7 * old + 0.3 * per
            if self.trial and kind in ("train", "epochs"):
                steps = units if kind == "train" else units * self.s.steps
                spent = seconds if cpu is None or cpu <= 0 else cpu / self._side_by_side()
                self._samples[self.s.xla].append(spent / max(steps, 1))
        self._warm.add(key)
        if self.trial:
            self._advance_trial()
        elif self._switch and self.s.xla_ready.is_set():
            self._switch = False
            self.s.use_xla(True)

    def _side_by_side(self) -> int:
        """How many cores the current mode's steps keep busy at once: a step whose batch is
        cut in halves (``splitstep``, never under XLA) spends its processor time on two, so
        its wall time is about half of it; without this, the trial would prefer a mode that
        runs on one core to one that finishes sooner on two."""
        return 1 if self.s.xla else max(1, int(getattr(self.s, "parts", 1)))

    def _advance_trial(self) -> None:
        """Train without XLA until it is compiled; then alternate the modes call by call (so
        both meet the same conditions: a window drawing, another program) until each has
        ``TRIAL_CALLS`` samples, and keep the faster; XLA keeps its place unless it is
        clearly slower (by more than ``MARGIN``)."""
        if not self.s.xla_possible:  # XLA failed to compile: nothing to choose
            self.trial = False
            self.s.use_xla(False)
            return
        if not self.s.xla_ready.is_set():
            return
        if not self._alternating:  # from now on both modes meet the same conditions
            self._alternating = True
            self._samples = {True: [], False: []}
        with_xla, without = self._samples[True], self._samples[False]
        if len(with_xla) >= TRIAL_CALLS and len(without) >= TRIAL_CALLS:
            fast = statistics.median(with_xla[-TRIAL_CALLS:])
            slow = statistics.median(without[-TRIAL_CALLS:])
            self.trial = False
            keep = fast <= slow * MARGIN
            if keep:
                speed = f"{slow / fast:.1f}x faster" if fast < slow else "about as fast"
                self.choice = f"compiled with XLA ({speed} here)"
            else:
                self.choice = f"compiled without XLA (XLA was {fast / slow:.1f}x slower here)"
            keep_only = getattr(self.s, "keep_only", self.s.use_xla)
            keep_only(keep)
            if self.decided is not None:
                self.decided(keep, slow / fast)
            return
        self.s.use_xla(len(with_xla) <= len(without))
