#pragma once
#include "reports/growth.hpp"
#include "model/money.hpp"
#include <vector>
