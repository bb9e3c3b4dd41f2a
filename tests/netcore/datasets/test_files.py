"""The user's own files: image folders and CSV tables, with problems reported, not guessed."""

import numpy as np
import pytest
from PIL import Image

from netcore.datasets import load_dataset
from netcore.datasets.errors import DatasetError
from netcore.datasets.files import load_csv, load_image_folder


def _digit_image(path, value, size=(40, 30), mode="L"):
    colour = value if mode == "L" else (value, 0, 255 - value)
    Image.new(mode, size, colour).save(path)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "shapes"
    for cls, value in (("circle", 40), ("square", 200)):
        (root / cls).mkdir(parents=True)
        for i in range(5):
            _digit_image(root / cls / f"{i}.png", value)
    return root


def test_image_folder_classes_sizes_and_values(folder):
    ds = load_image_folder(folder, size=(16, 16), test_fraction=0.2)
    assert ds.class_names == ["circle", "square"]
    assert ds.input_shape == (16, 16, 1)
    assert ds.sizes() == {"train": 8, "validation": 0, "test": 2}
    assert ds.class_counts("test") == [1, 1]
    circle = ds.x_train[ds.y_train == 0][0]
    assert circle.dtype == np.float32 and abs(float(circle.mean()) - 40 / 255) < 1e-3


def test_colour_images_are_loaded_as_rgb(folder):
    _digit_image(folder / "circle" / "colour.png", 100, mode="RGB")
    ds = load_image_folder(folder, size=(8, 8))
    assert ds.input_shape == (8, 8, 3)
    gray = load_image_folder(folder, size=(8, 8), color="grayscale")
    assert gray.input_shape == (8, 8, 1)


def test_broken_and_non_image_files_are_skipped_and_reported(folder):
    (folder / "circle" / "notes.txt").write_text("not a picture")
    (folder / "square" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    ds = load_image_folder(folder, size=(8, 8))
    assert len(ds.x_train) + len(ds.x_test) == 10
    (note,) = ds.notes
    assert note.startswith("skipped 2 file(s) that are not readable images:")
    assert "circle/notes.txt" in note and "square/broken.png" in note


def test_empty_class_is_an_error_that_names_it(folder):
    (folder / "triangle").mkdir()
    (folder / "triangle" / "readme.txt").write_text("todo")
    with pytest.raises(DatasetError, match="class folder 'triangle' has no readable images"):
        load_image_folder(folder)


def test_folder_without_classes(tmp_path):
    (tmp_path / "flat").mkdir()
    _digit_image(tmp_path / "flat" / "a.png", 3)
    with pytest.raises(DatasetError, match="no class folders"):
        load_image_folder(tmp_path / "flat")


def test_transparent_drawing_is_flattened_onto_white(tmp_path):
    root = tmp_path / "d"
    for cls in ("a", "b"):
        (root / cls).mkdir(parents=True)
        Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(root / cls / "x.png")
    ds = load_image_folder(root, size=(10, 10), test_fraction=0.5)
    assert float(ds.x_train.min()) == 1.0  # transparent → white, not black


def _write_csv(path, text):
    path.write_text(text)
    return path


def test_csv_classification_with_string_labels(tmp_path):
    path = _write_csv(
        tmp_path / "iris.csv",
        "length,width,species\n" + "".join(f"{i},{i % 3},{'ab'[i % 2]}\n" for i in range(20)),
    )
    ds = load_csv(path, test_fraction=0.25)
    assert ds.task == "classification" and ds.class_names == ["a", "b"]
    assert ds.input_shape == (2,) and ds.feature_names == ["length", "width"]
    assert ds.class_counts("test") == [2, 2]  # 25 % of each class of 10, rounded


def test_csv_regression_target_column_and_standardisation(tmp_path):
    rows = "".join(f"{i * 0.5};{i};{i * 1.1 + 0.3}\n" for i in range(30))
    path = _write_csv(tmp_path / "r.csv", "y;a;b\n" + rows)
    ds = load_csv(path, target="y", standardize_features=True)
    assert ds.task == "regression" and ds.feature_names == ["a", "b"]
    np.testing.assert_allclose(ds.x_train.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(ds.x_train.std(axis=0), 1, atol=1e-5)
    assert ds.normalization["kind"] == "standardize" and len(ds.normalization["mean"]) == 2


def test_csv_missing_values_and_text_columns_are_reported_by_column_and_row(tmp_path):
    path = _write_csv(
        tmp_path / "bad.csv",
        "age,colour,height,label\n30,red,1.8,a\n,blue,1.7,b\n41,red,,a\n25,green,NA,b\n",
    )
    with pytest.raises(DatasetError) as exc:
        load_csv(path)
    lines = str(exc.value).splitlines()
    assert lines == [
        f"{path}: column 'age' has missing values in row 3; fill them in or remove those rows",
        f"{path}: column 'colour' is not numeric (row 2: 'red', 4 such rows); encode it as numbers or remove the column",
        f"{path}: column 'height' has missing values in rows 4, 5; fill them in or remove those rows",
    ]


def test_csv_ragged_rows_and_unknown_target(tmp_path):
    path = _write_csv(tmp_path / "r.csv", "a,b\n1,2\n3\n4,5\n")
    with pytest.raises(DatasetError, match="row 3 has 1 values, the header has 2 columns"):
        load_csv(path)
    good = _write_csv(tmp_path / "g.csv", "a,b\n1,0\n3,1\n4,0\n")
    with pytest.raises(DatasetError, match="no column named 'c'; columns: a, b"):
        load_csv(good, target="c")


def test_paths_go_through_the_same_loaders(folder, tmp_path):
    assert load_dataset(str(folder), size=(8, 8)).class_names == ["circle", "square"]
    csv_path = _write_csv(
        tmp_path / "t.csv", "x,y\n" + "".join(f"{i},{i % 2}\n" for i in range(10))
    )
    assert load_dataset(str(csv_path)).class_names == ["0", "1"]
    (tmp_path / "model.bin").write_bytes(b"123")
    with pytest.raises(DatasetError, match="not a dataset LayerLab reads"):
        load_dataset(str(tmp_path / "model.bin"))
