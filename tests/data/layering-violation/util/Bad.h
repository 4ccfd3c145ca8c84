// Fixture for layering.checker_catches_gui_include: a core file that includes a Widgets header.
#pragma once
#include <QWidget>
