"""The 'Inside the network' tabs: filters, feature maps, decision boundary, hand-set weights,
backprop by hand (all look at one ``ModelState``), and the computational-graph calculator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QSizePolicy, QTabWidget, QToolButton

from desktop.inspect.activations import ActivationExplorer
from desktop.inspect.backprop import BackpropView
from desktop.inspect.boundary import DecisionBoundaryView
from desktop.inspect.compgraph import ComputationGraphView
from desktop.inspect.curvefit import CurveFitView
from desktop.inspect.embedding import EmbeddingView
from desktop.inspect.featuremaps import FeatureMapView
from desktop.inspect.filters import FilterView
from desktop.inspect.gradients import GradientView
from desktop.inspect.maximization import MaximizationView
from desktop.inspect.perceptron import PerceptronView
from desktop.inspect.saliency import SaliencyView
from desktop.inspect.sequences import SequenceView
from desktop.inspect.weights import WeightEditor


class InsidePanel(QTabWidget):
    def __init__(self, state, dialogs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("insidePanel")
        self.state = state
        self.filters = FilterView(state)
        self.feature_maps = FeatureMapView(state, dialogs)
        self.boundary = DecisionBoundaryView(state)
        self.weights = WeightEditor(state)
        self.addTab(self.filters, self.tr("Filters"))
        self.addTab(self.feature_maps, self.tr("Feature maps"))
        self.saliency = SaliencyView(state, dialogs)
        self.addTab(self.saliency, self.tr("Why this answer"))
        self.embedding = EmbeddingView(state)
        self.addTab(self.embedding, self.tr("What it sees"))
        self.maximization = MaximizationView(state)
        self.addTab(self.maximization, self.tr("What a unit wants"))
        self.embedding.example_chosen.connect(self._open_example)
        self.addTab(self.boundary, self.tr("Decision boundary"))
        self.addTab(self.weights, self.tr("Weights by hand"))
        self.weights.kernels.show_maps_requested.connect(lambda: self.show_view(self.feature_maps))
        self.backprop = BackpropView(state)
        self.addTab(self.backprop, self.tr("Backprop by hand"))
        self.perceptron = PerceptronView(state)
        self.addTab(self.perceptron, self.tr("Perceptron rule"))
        self.gradients = GradientView(state.session)
        self.addTab(self.gradients, self.tr("Gradients"))
        self.activations = ActivationExplorer(state)
        self.addTab(self.activations, self.tr("Activations"))
        self.curve_fit = CurveFitView(state)
        self.addTab(self.curve_fit, self.tr("Fitted curve"))
        self.sequences = SequenceView(state)
        self.addTab(self.sequences, self.tr("Sequences"))
        self.graph_calculator = ComputationGraphView()
        self.addTab(self.graph_calculator, self.tr("Computational graph"))
        self._add_view_list()
        self.currentChanged.connect(self._size_by_current)
        self._size_by_current()

    def _size_by_current(self, *_) -> None:
        """The panel needs the room of the view in front only: a hidden view's wide controls
        (a stack takes every page's minimum) would make the dock scroll sideways."""
        current = self.currentWidget()
        for i in range(self.count()):
            view = self.widget(i)
            policy = QSizePolicy.Policy.Preferred if view is current else QSizePolicy.Policy.Ignored
            view.setSizePolicy(policy, policy)
        self.updateGeometry()

    def _add_view_list(self) -> None:
        """Fifteen views do not fit one row of tabs on a projector: a button at the row's end
        lists them all (and says which one is in front)."""
        button = QToolButton(self)
        button.setObjectName("insideViewList")
        button.setText(self.tr("All views ▾"))
        button.setAccessibleName(self.tr("All views inside the network"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for i in range(self.count()):
            action = menu.addAction(self.tabText(i))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, i=i: self.setCurrentIndex(i))
        menu.aboutToShow.connect(
            lambda: [a.setChecked(k == self.currentIndex()) for k, a in enumerate(menu.actions())]
        )
        button.setMenu(menu)
        self.setCornerWidget(button, Qt.Corner.TopRightCorner)
        self.view_list = button

    def catch_up(self) -> None:
        """The dock came to the front: the view in front redraws if it fell behind."""
        self.currentWidget().catch_up()

    def restyle(self) -> None:
        """Colours or sizes changed: every view draws again when it is seen."""
        for i in range(self.count()):
            view = self.widget(i)
            if hasattr(view, "invalidate"):
                view.invalidate()

    def _open_example(self, i: int) -> None:
        self.feature_maps.show_test_example(i)
        self.show_view(self.feature_maps)

    def show_view(self, view) -> None:
        self.setCurrentWidget(view)
