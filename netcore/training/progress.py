"""What the window says while a run goes: a smooth per-batch loss curve and the time left."""

from __future__ import annotations


class BatchSmoother:
    """Keras reports running means since the start of the epoch, which jump at every epoch
    start. From two running means the mean of the batches between them is exact; an
    exponential moving average of those gives a smooth per-batch curve across epochs."""

    def __init__(self, alpha: float = 0.3):
        self.alpha = alpha
        self.last = (0, 0, 0.0, 0.0)  # epoch, batch, running loss, running accuracy
        self.ema: list[float | None] = [None, None]

    def add(
        self, epoch: int, batch: int, loss: float | None, accuracy: float | None
    ) -> tuple[float | None, float | None]:
        """The smoothed (loss, accuracy) after a report of running means at ``batch``."""
        last_epoch, last_batch, loss_run, acc_run = self.last
        if epoch != last_epoch:
            last_batch, loss_run, acc_run = 0, 0.0, 0.0
        span = batch - last_batch
        values = []
        for n, (now, before) in enumerate(((loss, loss_run), (accuracy, acc_run))):
            if now is None or span <= 0:
                values.append(self.ema[n])
                continue
            interval = (batch * now - last_batch * before) / span
            self.ema[n] = (
                interval
                if self.ema[n] is None
                else self.alpha * interval + (1 - self.alpha) * self.ema[n]
            )
            values.append(self.ema[n])
        self.last = (epoch, batch, loss, accuracy or 0.0)
        return values[0], values[1]


def seconds_left(done_steps: int, total_steps: int, elapsed: float) -> float:
    """Time left at the pace so far (0 before the first step)."""
    if done_steps <= 0:
        return 0.0
    return max(total_steps - done_steps, 0) * elapsed / done_steps


def duration(seconds: float) -> str:
    """'42 s', '3 min 05 s', '1 h 02 min'."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, s = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {s:02d} s"
    hours, m = divmod(minutes, 60)
    return f"{hours} h {m:02d} min"
