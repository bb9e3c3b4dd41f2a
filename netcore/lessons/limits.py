"""How big a lesson, a lesson folder and a progress file may be.

A lesson file comes from a teacher, a colleague or a download; it is checked against these
before anything is built, trained or shown, and refused with the figure and the limit. Each
limit is far above what a lesson for a class needs (the twenty-one shipped lessons: at most 5
steps, 729 characters of text, 9 hand-set weights, 300 epochs of a toy set, networks of 138 M
parameters counted but 670 k trained) and far below what hurts a lab machine.
"""

from __future__ import annotations

from netcore.limits import MAX_BUILD_PARAMETERS

#: Bytes of one lesson file: a lesson is text and small tables (the largest shipped: 7 KB).
MAX_BYTES = 512 * 1024
#: Steps of one lesson: a class works through 3–10; the verifier replays every one of them.
MAX_STEPS = 200
#: Lesson files read from one folder (the rest are named in one message): a whole course.
MAX_LESSONS = 300
#: Characters of a title, a lesson's summary, a step's task or question, and a step's text.
MAX_TITLE = 200
MAX_SUMMARY = 2_000
MAX_TASK = 4_000
MAX_TEXT = 50_000
#: Choices of a question, and characters of each.
MAX_CHOICES = 26
MAX_CHOICE = 200
#: Edits a solution's ``set`` makes.
MAX_EDITS = 100
#: Numbers of hand-set weights in one step's ``weights`` table (a Conv2D of 32 3×3×32 filters
#: is 9,248); a teacher types these, so far fewer in practice.
MAX_WEIGHT_VALUES = 65_536
#: Nesting of tables and lists in a lesson (the shipped ones: 8; a 4-D kernel adds 4).
MAX_DEPTH = 24
#: Parts of one dotted key or table name (``a.b.c``): Python's TOML reader takes quadratic time
#: in them (12,000 parts: 6 s), so long ones are refused before it reads the file.
MAX_KEY_PARTS = 32
#: Whole numbers in a lesson: within the range a float keeps exactly.
MAX_INTEGER = 2**53
#: Parameters of any network a lesson sets up (shown in the editor, counted, built by a view):
#: the builder's own limit, so a lesson can still count VGG16's 138 M.
MAX_NETWORK_PARAMETERS = MAX_BUILD_PARAMETERS
#: Parameters of a network a step trains, runs on data or sets weights of: lessons train toys
#: and LeNet-sized networks in seconds; 10 M parameters train about 100× slower than LeNet.
MAX_MODEL_PARAMETERS = 10_000_000
#: Epochs × training examples of one training step: the verifier trains every such step, and a
#: class waits for it (300 epochs of 300 spiral points: 90,000; 5 epochs of MNIST: 270,000).
MAX_EXAMPLES_SEEN = 5_000_000
#: Parameters × examples seen, a rough measure of a training step's work (the shipped lessons:
#: at most 3.7·10⁹, LeNet for one epoch of MNIST, about 5 s here): one step at most ~13× that,
#: a whole lesson ~50×, so ``layerlab lessons --verify`` of a lesson ends within minutes.
MAX_STEP_WORK = 5 * 10**10
MAX_LESSON_WORK = 2 * 10**11
#: Epochs of one training step (the trainer allows 100,000).
MAX_EPOCHS = 10_000
#: Training examples of the built-in image sets whose size is not in their options (MNIST and
#: Fashion-MNIST train on 60,000 minus the validation share; an upper bound is enough here).
IMAGE_TRAIN_EXAMPLES = 60_000

#: A student's progress file: a few hundred bytes per lesson.
MAX_PROGRESS_BYTES = 1 << 20
#: Lessons kept in a progress file (the rest are dropped with a note).
MAX_PROGRESS_LESSONS = 1_000
#: Characters of the student's name.
MAX_STUDENT = 200
