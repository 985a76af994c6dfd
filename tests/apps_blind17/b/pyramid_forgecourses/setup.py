from setuptools import find_packages, setup

requires = [
    "pyramid>=2.0",
    "waitress",
    "pugsql>=0.2.4",
    "psycopg2-binary",
    "kombu>=5.3",
    "httplib2>=0.22",
]

setup(
    name="forgecourses",
    version="1.8.2",
    packages=find_packages(),
    install_requires=requires,
    extras_require={"testing": ["WebTest", "pytest"]},
    entry_points={
        "paste.app_factory": ["main = forge:main"],
        "console_scripts": [
            "forge-worker = forge.worker:main",
            "forge-export = scripts.export_students:main",
        ],
    },
)
