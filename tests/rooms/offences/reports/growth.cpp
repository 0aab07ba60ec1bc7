#include "reports/growth.hpp"
#include "model/money.hpp"
#include <CLI/CLI.hpp>
#include <yaml-cpp/parser.h>
