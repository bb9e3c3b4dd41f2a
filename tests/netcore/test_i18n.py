"""netcore's translatable messages: a translation whose fields do not fit its template (a
translator's typo) gives the English sentence, never an exception in the analysis."""

from netcore import i18n
from netcore.network.analysis import analyze
from netcore.network.spec import NetworkSpec


def test_a_translation_with_a_wrong_field_falls_back_to_english():
    spec = NetworkSpec.from_dict(
        {
            "format": "layerlab-network",
            "version": 1,
            "input_shape": [4],
            "layers": [{"id": "d", "type": "Dense", "units": 1, "inputs": ["dens"]}],
        }
    )
    i18n.install(lambda context, text: text.replace("{name}", "{nom}"), None)
    try:
        problems = [str(p) for p in analyze(spec).problems]
    finally:
        i18n.install(None, None)
    assert any("unknown input 'dens'" in p for p in problems), problems
