"""What a start needs, without Qt: every rule the Start button applies, each refusing with the
message a student reads, and a plan that carries a replay's start and a run's own folder."""

import os
import time

import numpy as np
import pytest

from netcore.datasets.sources import DatasetSource
from netcore.network.editing import set_param
from netcore.project.model import Project, WeightSource
from netcore.project.planning import PlanProblem
from netcore.project.projectmodel import ProjectModel
from netcore.training.config import TrainConfig
from netcore.training.history import RunRecord
from tests.netcore.project.test_project_model import xor_spec, xor_weights

XOR = DatasetSource(name="xor")


@pytest.fixture
def model():
    return ProjectModel(Project(xor_spec(), dataset=XOR))


def refused(model, config=None, **kwargs) -> PlanProblem:
    with pytest.raises(PlanProblem) as caught:
        model.plan_run(config or TrainConfig(), **kwargs)
    return caught.value


def test_a_plan_is_the_project_as_it_is(model):
    plan = model.plan_run(TrainConfig(learning_rate=0.5, seed=3))
    assert plan.spec == model.spec and plan.spec is not model.spec
    assert plan.dataset == XOR
    assert plan.config == TrainConfig(learning_rate=0.5, seed=3)
    assert plan.initial_weights is None and plan.replay_of is None


def test_a_second_start_is_refused_naming_what_runs(model):
    with model.gate.hold("the experiment board"):
        problem = refused(model)
    assert str(problem) == "the experiment board is running: stop it or let it finish first."
    assert problem.code == "running"
    model.plan_run(TrainConfig())  # released: fine again


def test_a_start_needs_a_dataset():
    model = ProjectModel(Project(xor_spec()))
    problem = refused(model)
    assert str(problem) == "Choose a dataset in the toolbar first."
    assert (problem.code, problem.kind) == ("no_dataset", "info")


def test_a_network_with_problems_does_not_train(model):
    broken = xor_spec()
    set_param(broken, "out", "units", 0)
    model.network_changed(broken)
    problem = refused(model)
    assert "fix them before training" in str(problem)
    assert (problem.code, problem.kind) == ("network_problems", "error")
    # the editor's own count is used when given (no second analysis)
    assert model.plan_run(TrainConfig(), problems=0).spec == broken


def test_hand_set_weights_must_exist_to_start_from_them(model):
    hand = TrainConfig(initial_weights="hand")
    problem = refused(model, hand)
    assert str(problem).startswith("No hand-set weights yet: set them in the Weights tab")
    model.set_weights(xor_weights(), WeightSource.TRAINED)  # trained ones are not hand-set
    assert refused(model, hand).code == "no_hand_weights"
    model.set_weights(xor_weights(), WeightSource.HAND_SET)
    plan = model.plan_run(hand)
    assert plan.initial_weights is model.weights


def test_a_replay_starts_from_that_runs_weights_and_seed(model):
    start = xor_weights()
    model.add_run(RunRecord(config={"seed": 11}, start=start))
    model.add_run(RunRecord(config={"seed": 4}))  # kept no start
    plan = model.plan_run(TrainConfig(learning_rate=0.05, seed=0), replay=0)
    assert plan.initial_weights is start and plan.replay_of == 0
    assert plan.config.seed == 11 and plan.config.learning_rate == 0.05
    problem = refused(model, replay=1)
    assert str(problem).startswith("Run 2 did not keep its starting weights")
    assert refused(model, replay=5).code == "replay_without_start"


def test_a_replay_wins_over_hand_set_weights(model):
    model.set_weights(xor_weights(), WeightSource.HAND_SET)
    start = {"h": [np.zeros((2, 2)), np.zeros(2)], "out": [np.zeros((2, 1)), np.zeros(1)]}
    model.add_run(RunRecord(config={"seed": 2}, start=start))
    model.set_weights(xor_weights(), WeightSource.HAND_SET)
    plan = model.plan_run(TrainConfig(initial_weights="hand"), replay=0)
    assert plan.initial_weights is start


def test_each_run_writes_tensorboard_files_to_a_folder_of_its_own(model, tmp_path):
    config = TrainConfig(tensorboard_dir=str(tmp_path))
    moment = time.mktime((2026, 3, 4, 10, 20, 30, 0, 0, -1))
    plan = model.plan_run(config)
    assert os.path.dirname(plan.config.tensorboard_dir) == str(tmp_path)
    from netcore.project.planning import plan_run

    fixed = plan_run(model.project(), config, now=moment)
    assert fixed.config.tensorboard_dir == os.path.join(str(tmp_path), "run-20260304-102030")
    assert model.plan_run(TrainConfig()).config.tensorboard_dir is None
