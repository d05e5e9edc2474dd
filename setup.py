"""The package layout and the optional compiled event loop (model/sim/_core.c); the rest is in pyproject.toml.

The repository's top-level folders (app, canvas, model, export, resources) are installed as the
subpackages of one namespace, `blueprint_studio`, so that nothing generic lands in site-packages.
The extension is optional: where no C compiler is found the install goes on and the simulator
uses its Python loop, with the same results, more slowly."""

import re
from pathlib import Path

from setuptools import Extension, find_packages, setup
from setuptools.command.build_ext import build_ext

NAMESPACE = "blueprint_studio"
LAYERS = ("app", "canvas", "model", "export", "resources")
# The folders of package data inside resources/ (no Python in them): named as packages, as
# setuptools asks of every folder it installs, so that it neither warns nor one day leaves them out.
DATA_FOLDERS = ("templates", "translations", "icons", "fonts")


class BuildExt(build_ext):
    """Strict floating point: no fused multiply-add, so results match Python's bit for bit."""

    def build_extensions(self) -> None:
        msvc = self.compiler.compiler_type == "msvc"
        flags = ["/O2", "/fp:precise"] if msvc else ["-O2", "-ffp-contract=off", "-fno-fast-math"]
        for extension in self.extensions:
            extension.extra_compile_args = flags
        super().build_extensions()


def version() -> str:
    """`__version__` of model/__init__.py, read as text: the package is not importable before install."""
    text = Path(__file__).with_name("model").joinpath("__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


setup(
    version=version(),
    packages=[
        f"{NAMESPACE}.{package}"
        for package in find_packages(include=[*LAYERS, *(f"{layer}.*" for layer in LAYERS)])
    ]
    + [f"{NAMESPACE}.resources.{folder}" for folder in DATA_FOLDERS],
    package_dir={f"{NAMESPACE}.{layer}": layer for layer in LAYERS},
    package_data={
        f"{NAMESPACE}.resources": [
            "templates/*.json",
            "translations/*",
            "icons/*",
            "fonts/*",
            "*.desktop",
            "*.xml",
        ]
    },
    # _layout.h: generated from model/sim/layout_spec.py, which it must match (checked at import)
    ext_modules=[
        Extension(
            f"{NAMESPACE}.model.sim._core",
            ["model/sim/_core.c"],
            depends=["model/sim/_layout.h"],
            optional=True,
        )
    ],
    cmdclass={"build_ext": BuildExt},
)
