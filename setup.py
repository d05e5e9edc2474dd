"""The optional compiled event loop (model/sim/_core.c); everything else is in pyproject.toml.

The extension is optional: where no C compiler is found the install goes on and the simulator
uses its Python loop, with the same results, more slowly."""
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    """Strict floating point: no fused multiply-add, so results match Python's bit for bit."""

    def build_extensions(self) -> None:
        msvc = self.compiler.compiler_type == "msvc"
        flags = ["/O2", "/fp:precise"] if msvc else ["-O2", "-ffp-contract=off", "-fno-fast-math"]
        for extension in self.extensions:
            extension.extra_compile_args = flags
        super().build_extensions()


setup(ext_modules=[Extension("model.sim._core", ["model/sim/_core.c"], optional=True)],
      cmdclass={"build_ext": BuildExt})
